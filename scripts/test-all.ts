/**
 * `npm test`: every check and test suite of the repository, with their own output streamed, then a
 * line `checks: N passed, N failed` and one closing line `N passed, N failed` totalling the tests of
 * every test suite (what CI reads); it exits non-zero when any check or test failed. Checks (no
 * countable tests: each passes when it exits 0): lint (solhint), format (prettier), eslint, the
 * contracts' build and the type checks. Test suites: the mocha tests
 * (contracts and fuzzing; terminal tasks, indexer, sample data, npm start), the contract tests again
 * on BSN Spartan-I's EVM (istanbul, chain 9090, legacy transactions), the dApp's Vitest tests and its
 * end-to-end tests in headless Chromium.
 *
 * Counts come from each runner's machine-readable report (scripts/test-report/reports.ts), written
 * into a temporary folder beside its usual output; a suite that wrote none counts one failure.
 *
 * lint, format, eslint and the contracts' build run first, side by side (the build is what every
 * later suite reads; the other three read only sources); then two lanes run side by side, one per
 * core, each running its suites one after another in SUITES' order. The lanes are balanced by the
 * suites' times under that load (clean-clone CI of this layout, 2 December 2026, rounded): first
 * ~40 s; mocha:integration ~150 s, e2e ~275 s, typecheck:frontend ~15 s; typecheck ~35 s,
 * mocha:contracts ~55 s, mocha:start ~75 s, mocha:spartan ~100 s, vitest ~85 s, e2e:scale ~80 s:
 *   lane a: mocha:integration, e2e, typecheck:frontend                                  ~440 s
 *   lane b: typecheck, mocha:contracts, mocha:start, mocha:spartan, vitest, e2e:scale   ~425 s
 * (before: mocha:integration with npm start's tests, then e2e, ~850 s, beside everything else). The
 * order keeps the starts that seed chains and boot indexers apart: e2e's (its first ~90 s) meets
 * mocha:spartan (in-process), e2e:scale's meets e2e's browser tests, mocha:start meets
 * mocha:integration once that suite's shared seeded chain and indexer are up (mocha:contracts first).
 * Each line of output carries its suite's name.
 *
 *   npm test                   everything
 *   npm test -- --serial       everything, one suite after another (unprefixed output)
 *   npm test -- --only e2e     one suite, after the build (lint | format | eslint | build | typecheck | typecheck:frontend | mocha:contracts | mocha:integration | mocha:start | mocha:spartan | vitest | e2e | e2e:scale)
 */
import { spawn } from "node:child_process";
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { reportWiring, type Counts, type ReportKind } from "./test-report/reports.js";

interface Suite {
  name: string;
  command: string;
  args: string[];
  /** A test suite: the runner whose report gives its counts. Without one, the suite is a check (passed when it exits 0). */
  report?: ReportKind;
  enabled?: () => boolean;
  /** When it runs: before the lanes (side by side), or in lane "a" or "b" (see the top of this file). */
  lane: "first" | "a" | "b";
}

const hasFrontend = () => existsSync("frontend/package.json");
const frontendScript = (name: string) => () => {
  if (!hasFrontend()) return false;
  return Boolean(JSON.parse(readFileSync("frontend/package.json", "utf8")).scripts?.[name]);
};
const rootScript = (name: string) => () => Boolean(JSON.parse(readFileSync("package.json", "utf8")).scripts?.[name]);

/**
 * The contract tests (contracts, and the sdk against them): the *.test.ts files of these folders,
 * not their subfolders (helpers/, fuzz/harness, fuzz/model). Not the terminal tool, indexer, npm start or e2e
 * tests, which start nodes and servers of their own; not test/sdk/generated-abis.test.ts, which
 * compares a generated file with the default build's ABIs (the same on every profile).
 */
const CONTRACT_TESTS = ["test/smoke.test.ts", "test/registry", "test/log", "test/lens", "test/sdk", "test/governance", "test/fuzz", "test/spartan"];
const contractTestFiles = () =>
  CONTRACT_TESTS.flatMap((entry) =>
    entry.endsWith(".ts")
      ? [entry]
      : readdirSync(entry)
          .filter((f) => f.endsWith(".test.ts"))
          .map((f) => `${entry}/${f}`),
  ).filter((file) => file !== "test/sdk/generated-abis.test.ts");

/** Every test file (`*.test.ts`) under `dir`, recursively; helpers/ and the fuzz harness hold no tests. */
const tsFilesUnder = (dir: string): string[] =>
  readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = `${dir}/${entry.name}`;
    return entry.isDirectory() ? tsFilesUnder(path) : entry.name.endsWith(".test.ts") ? [path] : [];
  });

/** npm start's tests (the whole flow, and the node guard against a foreign origin): a suite of their own, to balance the lanes. */
const START_TESTS = "test/start";
const startTestFiles = () => tsFilesUnder(START_TESTS);

/**
 * The other mocha tests: terminal tasks, the indexer, the seeder and sample, README's commands.
 * They start nodes, indexers, servers and browsers of their own.
 */
const integrationTestFiles = () =>
  tsFilesUnder("test").filter((file) => !CONTRACT_TESTS.some((entry) => file === entry || file.startsWith(`${entry}/`)) && !file.startsWith(`${START_TESTS}/`));

const SUITES: Suite[] = [
  // the static checks, which read only sources: solhint, prettier (Solidity and TypeScript), ESLint
  { name: "lint", command: "npm", args: ["run", "--silent", "lint:sol"], enabled: rootScript("lint:sol"), lane: "first" },
  { name: "format", command: "npm", args: ["run", "--silent", "format:check"], enabled: rootScript("format:check"), lane: "first" },
  { name: "eslint", command: "npm", args: ["run", "--silent", "lint:ts"], enabled: rootScript("lint:ts"), lane: "first" },
  // the contracts' build (default profile: artifacts/, types/), which mocha, e2e and the type checks read: before the lanes
  { name: "build", command: "node_modules/.bin/hardhat", args: ["build", "--quiet"], lane: "first" },
  // the TypeScript of scripts, tests, sdk and indexer against that build (`npm run typecheck` = build + this)
  { name: "typecheck", command: "npm", args: ["run", "--silent", "typecheck:ts"], enabled: rootScript("typecheck:ts"), lane: "b" },
  // The mocha tests in three suites: the contract tests run in-process (CPU-bound, one process), the
  // others (and npm start's, apart) start nodes, indexers and servers. Together they are `hardhat test mocha`.
  // The local binary, not `npx hardhat`: under README's `npx -y -p node@22 -c '…'` route a nested
  // npx fails (npm EUSAGE).
  {
    name: "mocha:contracts",
    command: "node_modules/.bin/hardhat",
    args: ["test", "mocha", ...contractTestFiles(), "test/sdk/generated-abis.test.ts"],
    report: "mocha",
    lane: "b",
  },
  { name: "mocha:integration", command: "node_modules/.bin/hardhat", args: ["test", "mocha", ...integrationTestFiles()], report: "mocha", lane: "a" },
  { name: "mocha:start", command: "node_modules/.bin/hardhat", args: ["test", "mocha", ...startTestFiles()], report: "mocha", lane: "b" },
  // BSN Spartan-I (docs/networks.md#bsn-spartan-i): the contracts built for istanbul (build profile
  // `spartan`, output apart in artifacts-spartan/) and tested on an in-process istanbul chain with
  // chain id 9090, legacy transactions and a 16M block gas limit (network `spartanSimulated`)
  {
    name: "mocha:spartan",
    command: "node_modules/.bin/hardhat",
    args: [
      "--config",
      "hardhat.spartan.config.ts",
      "--build-profile",
      "spartan",
      "--network",
      "spartanSimulated",
      "--no-typechain",
      "test",
      "mocha",
      ...contractTestFiles(),
    ],
    report: "mocha",
    lane: "b",
  },
  // the dApp's end-to-end tests in two suites, one per lane: the seeded sample (and the smoke test), and
  // the programme at 20,000 attestations (its own node, fill and indexer); together `npm run e2e` (root e2e/)
  { name: "e2e", command: "npm", args: ["run", "--silent", "e2e:app"], report: "node:test", enabled: rootScript("e2e:app"), lane: "a" },
  { name: "vitest", command: "npm", args: ["run", "--silent", "test", "-w", "frontend"], report: "vitest", enabled: frontendScript("test"), lane: "b" },
  { name: "typecheck:frontend", command: "npm", args: ["run", "--silent", "typecheck", "-w", "frontend"], enabled: frontendScript("typecheck"), lane: "a" },
  {
    name: "e2e:scale",
    command: "npm",
    args: ["run", "--silent", "e2e:scale"],
    report: "node:test",
    enabled: rootScript("e2e:scale"),
    lane: "b",
  },
];

/**
 * The runners' environment: ours, minus what an outer `npx -p … -c '…'` leaves behind
 * (`npm_config_call`, `npm_config_package`), which would turn any npx or npm exec below into
 * that outer call and fail with npm EUSAGE.
 */
function runnerEnv(env: NodeJS.ProcessEnv = process.env): NodeJS.ProcessEnv {
  const out: NodeJS.ProcessEnv = { ...env };
  for (const key of Object.keys(out)) if (/^npm_config_(call|package)$/i.test(key)) delete out[key];
  return out;
}

/**
 * Runs a suite, streaming its output; with `prefix`, each complete line is written with it (two
 * lanes share the terminal), and a trailing partial line waits for its end.
 */
function run(command: string, args: string[], env: NodeJS.ProcessEnv, prefix?: string): Promise<number> {
  return new Promise((resolve) => {
    const child = spawn(command, args, { stdio: ["ignore", "pipe", "pipe"], env: { ...runnerEnv(), ...env } });
    const pending = new Map<NodeJS.WriteStream, string>();
    const tee = (chunk: Buffer, to: NodeJS.WriteStream) => {
      if (!prefix) return void to.write(chunk);
      const text = chunk.toString();
      const lines = ((pending.get(to) ?? "") + text).split("\n");
      pending.set(to, lines.pop() ?? "");
      if (lines.length) to.write(lines.map((line) => `${prefix}${line}\n`).join(""));
    };
    child.stdout.on("data", (c: Buffer) => tee(c, process.stdout));
    child.stderr.on("data", (c: Buffer) => tee(c, process.stderr));
    child.on("close", (code) => {
      for (const [to, rest] of pending) if (rest) to.write(`${prefix}${rest}\n`);
      resolve(code ?? 1);
    });
  });
}

const only = process.argv.includes("--only") ? process.argv[process.argv.indexOf("--only") + 1] : undefined;
const serial = process.argv.includes("--serial") || only !== undefined;
/** The tests of every test suite (the closing line), and the checks apart. */
const tests: Counts = { passed: 0, failed: 0 };
const checks: Counts = { passed: 0, failed: 0 };
const results = new Map<string, string>();
/** The runners' reports, one file per test suite; removed at the end. */
const reportDir = mkdtempSync(join(tmpdir(), "npm-test-reports-"));

async function runSuite(suite: Suite, prefixed: boolean): Promise<void> {
  if (suite.enabled && !suite.enabled()) {
    results.set(suite.name, `${suite.name}: not present`);
    return;
  }
  const prefix = prefixed ? `[${suite.name}] ` : undefined;
  const report = suite.report && reportWiring(suite.report, join(reportDir, `${suite.name.replace(/[^a-z0-9]+/gi, "-")}.json`));
  const args = [...suite.args, ...(report?.args ?? [])];
  console.log(`\n${prefix ?? ""}=== ${suite.name}: ${suite.command} ${args.join(" ")}`);
  const started = Date.now();
  const code = await run(suite.command, args, report?.env ?? {}, prefix);
  const seconds = `(${((Date.now() - started) / 1000).toFixed(1)} s)`;
  if (!report) {
    const ok = code === 0;
    checks[ok ? "passed" : "failed"] += 1;
    results.set(suite.name, `${suite.name}: check ${ok ? "passed" : `failed (exit ${code})`} ${seconds}`);
    return;
  }
  // a runner that wrote no report (it crashed before counting), or exited non-zero with no failure counted, is one failure
  const c = report.read() ?? { passed: 0, failed: 1 };
  if (code !== 0 && c.failed === 0) c.failed = 1;
  tests.passed += c.passed;
  tests.failed += c.failed;
  results.set(suite.name, `${suite.name}: ${c.passed} passed, ${c.failed} failed ${seconds}`);
}

// `--only <suite>` still builds the contracts first (every suite but the static checks reads the build)
const STATIC = ["lint", "format", "eslint"];
const chosen = SUITES.filter((suite) => !only || suite.name === only || (suite.name === "build" && !STATIC.includes(only)));
const started = Date.now();
if (serial) {
  for (const suite of chosen) await runSuite(suite, false);
} else {
  // the static checks and the build side by side (none reads what another writes), then the two lanes
  await Promise.all(chosen.filter((s) => s.lane === "first").map((suite) => runSuite(suite, true)));
  const lane = async (name: Suite["lane"]) => {
    for (const suite of chosen.filter((s) => s.lane === name)) await runSuite(suite, true);
  };
  await Promise.all([lane("a"), lane("b")]);
}
const summary = chosen.map((suite) => results.get(suite.name)).filter(Boolean);
console.log(`\n=== summary (${((Date.now() - started) / 1000).toFixed(1)} s${serial ? "" : ", two lanes side by side"})\n${summary.join("\n")}`);
rmSync(reportDir, { recursive: true, force: true });
console.log(`checks: ${checks.passed} passed, ${checks.failed} failed`);
console.log(`${tests.passed} passed, ${tests.failed} failed`);
// a failed check or test fails the run, and so does a run of test suites that passed no test
const ranTests = chosen.some((suite) => suite.report && (!suite.enabled || suite.enabled()));
process.exit(checks.failed === 0 && tests.failed === 0 && (tests.passed > 0 || !ranTests) ? 0 : 1);
