/**
 * Branch coverage for `npm run coverage`, derived from Hardhat 3's statement hits.
 *
 * Hardhat 3's `--coverage` (EDR instrumentation) records statement hits only: its
 * coverage/lcov.info has DA/LH/LF (lines) and no BRDA/BRF/BRH ("EDR does not provide
 * branch coverage information" in hardhat's coverage-manager). This script derives the
 * branches of every `if` from the hit counts the run left in coverage/data/ (per statement,
 * summed over every execution, reverted ones and gas estimations included):
 *   - true branch taken  <=> the first statement of the `then` body was hit;
 *   - false branch taken <=> the first statement of the `else` body was hit, or, without an
 *     `else`, the `if` was hit more often than the first statement of its `then` body.
 * (Caveat: a condition that itself reverts would count as a false branch; no production
 * condition can revert: they read storage, compare, or call SignatureChecker, which does not revert.)
 * Ternary operators (`c ? a : b`) are not statements, so their arms cannot be derived from
 * statement hits: they are listed separately as "unmeasured" and left out of the figure.
 * Short-circuit operands of `&&` / `||` are not counted as branches (as in solidity-coverage).
 *
 * It appends BRDA/BRF/BRH records to coverage/lcov.info, prints a per-file table and exits
 * non-zero if a measured branch of a production contract was never taken.
 * Run after `hardhat test mocha --coverage` (npm run coverage does both).
 */
import { createRequire } from "node:module";
import { readdirSync, readFileSync, writeFileSync, existsSync } from "node:fs";
import path from "node:path";

const require = createRequire(import.meta.url);
const { addStatementCoverageInstrumentation, latestSupportedSolidityVersion } = require("@nomicfoundation/edr") as {
  addStatementCoverageInstrumentation: (
    source: string,
    sourceName: string,
    version: string,
  ) => { source: string; metadata: { tag: Uint8Array; kind: string; startUtf16: number; endUtf16: number }[] };
  latestSupportedSolidityVersion: () => string;
};
const solc = require("solc") as { compile: (input: string) => string };

const ROOT = process.cwd();
const COVERAGE = path.join(ROOT, "coverage");
const LCOV = path.join(COVERAGE, "lcov.info");
const DATA = path.join(COVERAGE, "data");
const EXCLUDED = /^contracts\/mocks\//;

interface AstNode {
  nodeType: string;
  src: string;
  [key: string]: unknown;
}

function listSol(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = path.join(dir, e.name);
    return e.isDirectory() ? listSol(p) : e.name.endsWith(".sol") ? [p] : [];
  });
}

function loadHits(): Map<string, number> {
  const hits = new Map<string, number>();
  if (!existsSync(DATA)) throw new Error("coverage/data not found: run `hardhat test mocha --coverage` first");
  for (const sub of readdirSync(DATA)) {
    for (const f of readdirSync(path.join(DATA, sub))) {
      const entries = JSON.parse(readFileSync(path.join(DATA, sub, f), "utf8")) as Record<string, number>;
      for (const [tag, n] of Object.entries(entries)) hits.set(tag, (hits.get(tag) ?? 0) + n);
    }
  }
  return hits;
}

/** Parses `source` (no import resolution needed) and returns its AST. */
function parse(relPath: string, source: string): AstNode {
  const out = JSON.parse(
    solc.compile(
      JSON.stringify({
        language: "Solidity",
        sources: { [relPath]: { content: source } },
        settings: { stopAfter: "parsing", outputSelection: { "*": { "": ["ast"] } } },
      }),
    ),
  ) as { sources?: Record<string, { ast: AstNode }>; errors?: { severity: string; formattedMessage: string }[] };
  const fatal = (out.errors ?? []).filter((e) => e.severity === "error");
  if (fatal.length) throw new Error(fatal.map((e) => e.formattedMessage).join("\n"));
  return out.sources![relPath].ast;
}

function walk(node: unknown, visit: (n: AstNode) => void): void {
  if (Array.isArray(node)) node.forEach((c) => walk(c, visit));
  else if (node && typeof node === "object") {
    const n = node as AstNode;
    if (typeof n.nodeType === "string") visit(n);
    for (const v of Object.values(n)) if (v && typeof v === "object") walk(v, visit);
  }
}

interface FileBranches {
  file: string;
  branches: { line: number; block: number; branch: number; taken: number }[];
  unmeasured: number[]; // lines of ternaries
}

function analyse(file: string, hits: Map<string, number>): FileBranches {
  const source = readFileSync(path.join(ROOT, file), "utf8");
  const buf = Buffer.from(source, "utf8");
  const toUtf16 = (byteOffset: number) => buf.subarray(0, byteOffset).toString("utf8").length;
  const lineOf = (utf16: number) => source.slice(0, utf16).split("\n").length;
  const range = (n: AstNode) => {
    const [s, l] = n.src.split(":").map(Number);
    return { start: toUtf16(s), end: toUtf16(s + l) };
  };

  // Same source name and a supported version as Hardhat's own instrumentation, so the tags match.
  const { metadata } = addStatementCoverageInstrumentation(source, `project/${file}`, latestSupportedSolidityVersion());
  // EDR's statement ranges run from the end of the previous statement (leading whitespace and
  // comments included) to the end of the line; the AST's exclude both. A statement is the entry
  // whose trimmed end is the node's end and which starts closest before the node.
  // Ends compared without trailing whitespace and `;` (the AST leaves the `;` out of some statements).
  const endOf = (start: number, end: number) => start + source.slice(start, end).trimEnd().replace(/;$/, "").length;
  const entries = metadata
    .filter((m) => m.kind === "statement")
    .map((m) => ({ start: m.startUtf16, end: endOf(m.startUtf16, m.endUtf16), tag: Buffer.from(m.tag).toString("hex") }));
  const count = (n: AstNode): number => {
    const r = range(n);
    const end = endOf(r.start, r.end);
    const match = entries.filter((e) => e.end === end && e.start <= r.start).sort((a, b) => b.start - a.start)[0];
    if (match === undefined) throw new Error(`${file}:${lineOf(r.start)}: no coverage tag for ${n.nodeType}`);
    return hits.get(match.tag) ?? 0;
  };
  const firstStatement = (n: AstNode): AstNode => {
    if (n.nodeType === "Block" || n.nodeType === "UncheckedBlock") {
      const stmts = n.statements as AstNode[];
      if (stmts.length === 0) throw new Error(`${file}: empty block at ${n.src}`);
      return firstStatement(stmts[0]);
    }
    return n;
  };

  const result: FileBranches = { file, branches: [], unmeasured: [] };
  let block = 0;
  walk(parse(file, source), (n) => {
    if (n.nodeType === "IfStatement") {
      const line = lineOf(range(n).start);
      const ifHits = count(n);
      const thenHits = count(firstStatement(n.trueBody as AstNode));
      const falseHits = n.falseBody ? count(firstStatement(n.falseBody as AstNode)) : ifHits - thenHits;
      result.branches.push({ line, block, branch: 0, taken: thenHits }, { line, block, branch: 1, taken: Math.max(falseHits, 0) });
      block++;
    } else if (n.nodeType === "Conditional") {
      result.unmeasured.push(lineOf(range(n).start));
    }
  });
  return result;
}

const hits = loadHits();
const files = listSol(path.join(ROOT, "contracts"))
  .map((p) => path.relative(ROOT, p).split(path.sep).join("/"))
  .filter((f) => !EXCLUDED.test(f))
  .sort();
const results = files.map((f) => analyse(f, hits));

// lcov: add the branch records to each file's section (files without statements have none).
let lcov = readFileSync(LCOV, "utf8").replace(/^(BRDA|BRF|BRH):.*\n/gm, "");
for (const r of results) {
  const brda = r.branches.map((b) => `BRDA:${b.line},${b.block},${b.branch},${b.taken === 0 ? "-" : b.taken}`).join("\n");
  const brf = r.branches.length;
  const brh = r.branches.filter((b) => b.taken > 0).length;
  const section = new RegExp(`(SF:${r.file.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}\\n(?:(?!end_of_record).*\\n)*?)(end_of_record)`);
  if (section.test(lcov) && brf > 0) lcov = lcov.replace(section, `$1${brda}\nBRF:${brf}\nBRH:${brh}\n$2`);
}
writeFileSync(LCOV, lcov);

let found = 0;
let hit = 0;
const rows = results.map((r) => {
  const f = r.branches.length;
  const h = r.branches.filter((b) => b.taken > 0).length;
  found += f;
  hit += h;
  const missed = r.branches.filter((b) => b.taken === 0).map((b) => `${b.line}${b.branch === 0 ? "T" : "F"}`);
  return {
    file: r.file,
    branches: `${h}/${f}`,
    "branch %": f ? ((100 * h) / f).toFixed(2) : "-",
    "not taken": missed.join(" ") || "-",
    "ternaries (unmeasured), lines": r.unmeasured.join(" ") || "-",
  };
});
console.log("Branch coverage of `if` statements, derived from statement hits (see scripts/coverage-branches.ts):");
console.table(rows);
console.log(`Total: ${hit}/${found} branches (${found ? ((100 * hit) / found).toFixed(2) : "100.00"}%). BRDA/BRF/BRH written to ${path.relative(ROOT, LCOV)}.`);
if (hit < found) process.exitCode = 1;
