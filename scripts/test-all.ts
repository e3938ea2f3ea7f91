/**
 * `npm test`: every suite of the repository, with their own output streamed, then one closing line
 * `N passed, N failed` totalling all of them (what CI reads). Suites: static checks, the mocha tests
 * (contracts and fuzzing; terminal tasks, indexer, sample data, npm start), the contract tests again
 * on BSN Spartan-I's EVM (istanbul, chain 9090, legacy transactions), the dApp's Vitest tests and its
 * end-to-end tests in headless Chromium.
 *
 * lint and the contracts' build run first, side by side (the build is what every later suite reads;
 * lint reads only sources); then two lanes run side by side, one per core, each running its suites
 * one after another in SUITES' order. The lanes are balanced by the suites' times under that load
 * (clean-clone CI, 2 December 2026, figures rounded): mocha:integration ~320 s (without npm start's
 * tests), e2e ~375 s, typecheck:frontend ~30 s; typecheck ~35 s, mocha:contracts ~90 s, mocha:start
 * ~150 s, mocha:spartan ~120 s, vitest ~160 s, e2e:scale ~160 s:
 *   lane a: mocha:integration, e2e, typecheck:frontend                                  ~725 s
 *   lane b: typecheck, mocha:contracts, mocha:start, mocha:spartan, vitest, e2e:scale   ~715 s
 * (before: mocha:integration with npm start's tests, then e2e, ~850 s, beside everything else). The
 * order keeps the starts that seed chains and boot indexers apart: e2e's (its first ~90 s) meets
 * mocha:spartan (in-process), e2e:scale's meets e2e's browser tests, mocha:start meets
 * mocha:integration once that suite's shared seeded chain and indexer are up (mocha:contracts first).
 * Each line of output carries its suite's name.
 *
 *   npm test                   everything
 *   npm test -- --serial       everything, one suite after another (unprefixed output)
 *   npm test -- --only e2e     one suite, after the build (lint | build | typecheck | typecheck:frontend | mocha:contracts | mocha:integration | mocha:start | mocha:spartan | vitest | e2e | e2e:scale)
 */
import { spawn } from "node:child_process";
import { existsSync, readdirSync, readFileSync } from "node:fs";

interface Suite {
  name: string;
  command: string;
  args: string[];
  /** Reads passed/failed counts from the suite's output; null when it printed none. */
  parse: (output: string) => { passed: number; failed: number } | null;
  /** A check without countable tests counts as one test: passed when it exits 0. */
  check?: boolean;
  enabled?: () => boolean;
  /** When it runs: before the lanes (side by side), or in lane "a" or "b" (see the top of this file). */
  lane: "first" | "a" | "b";
}

/** Runners colour their output; counts are read from the plain text. */
const plain = (output: string) => output.replace(/\x1b\[[0-9;]*m/g, "");

const lastNumber = (output: string, pattern: RegExp): number | null => {
  const matches = [...output.matchAll(pattern)];
  return matches.length ? Number(matches[matches.length - 1][1]) : null;
};

const mochaCounts = (output: string) => {
  const passed = lastNumber(output, /(\d+) passing/g);
  const failed = lastNumber(output, /(\d+) failing/g) ?? 0;
  return passed === null && failed === 0 ? null : { passed: passed ?? 0, failed };
};

const vitestCounts = (output: string) => {
  const line = output.split("\n").reverse().find((l) => /^\s*Tests\s/.test(l));
  if (!line) return null;
  return { passed: Number(/(\d+) passed/.exec(line)?.[1] ?? 0), failed: Number(/(\d+) failed/.exec(line)?.[1] ?? 0) };
};

const nodeTestCounts = (output: string) => {
  const passed = lastNumber(output, /^# pass (\d+)/gm) ?? lastNumber(output, /^ℹ pass (\d+)/gm);
  const failed = lastNumber(output, /^# fail (\d+)/gm) ?? lastNumber(output, /^ℹ fail (\d+)/gm);
  return passed === null ? null : { passed, failed: failed ?? 0 };
};

const hasFrontend = () => existsSync("frontend/package.json");
const frontendScript = (name: string) => () => {
  if (!hasFrontend()) return false;
  return Boolean(JSON.parse(readFileSync("frontend/package.json", "utf8")).scripts?.[name]);
};
const rootScript = (name: string) => () => Boolean(JSON.parse(readFileSync("package.json", "utf8")).scripts?.[name]);

/**
 * The contract tests (contracts, and the sdk against them): the .ts files of these folders, not
 * their subfolders (fuzz/harness, fuzz/model). Not the terminal tool, indexer, npm start or e2e
 * tests, which start nodes and servers of their own; not test/sdk/generated-abis.test.ts, which
 * compares a generated file with the default build's ABIs (the same on every profile).
 */
const CONTRACT_TESTS = ["test/smoke.ts", "test/registry", "test/log", "test/lens", "test/sdk", "test/governance", "test/fuzz", "test/spartan"];
const contractTestFiles = () =>
  CONTRACT_TESTS.flatMap((entry) =>
    entry.endsWith(".ts") ? [entry] : readdirSync(entry).filter((f) => f.endsWith(".ts")).map((f) => `${entry}/${f}`),
  ).filter((file) => file !== "test/sdk/generated-abis.test.ts");

/** Every .ts file under `dir`, recursively (hardhat-mocha's default collection of test/). */
const tsFilesUnder = (dir: string): string[] =>
  readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = `${dir}/${entry.name}`;
    return entry.isDirectory() ? tsFilesUnder(path) : entry.name.endsWith(".ts") ? [path] : [];
  });

/** npm start's tests (the whole flow, and the node guard against a foreign origin): a suite of their own, to balance the lanes. */
const START_TESTS = "test/start";
const startTestFiles = () => tsFilesUnder(START_TESTS);

/**
 * The other mocha tests: terminal tasks, the indexer, the seeder and sample, README's commands.
 * They start nodes, indexers, servers and browsers of their own.
 */
const integrationTestFiles = () =>
  tsFilesUnder("test").filter(
    (file) => !CONTRACT_TESTS.some((entry) => file === entry || file.startsWith(`${entry}/`)) && !file.startsWith(`${START_TESTS}/`),
  );

const SUITES: Suite[] = [
  { name: "lint", command: "npm", args: ["run", "--silent", "lint"], parse: () => null, check: true, enabled: rootScript("lint"), lane: "first" },
  // the contracts' build (default profile: artifacts/, types/), which mocha, e2e and the type checks read: before the lanes
  { name: "build", command: "node_modules/.bin/hardhat", args: ["build", "--quiet"], parse: () => null, check: true, lane: "first" },
  // the TypeScript of scripts, tests, sdk and indexer against that build (`npm run typecheck` = build + this)
  { name: "typecheck", command: "npm", args: ["run", "--silent", "typecheck:ts"], parse: () => null, check: true, enabled: rootScript("typecheck:ts"), lane: "b" },
  // The mocha tests in three suites: the contract tests run in-process (CPU-bound, one process), the
  // others (and npm start's, apart) start nodes, indexers and servers. Together they are `hardhat test mocha`.
  // The local binary, not `npx hardhat`: under README's `npx -y -p node@22 -c '…'` route a nested
  // npx fails (npm EUSAGE).
  {
    name: "mocha:contracts",
    command: "node_modules/.bin/hardhat",
    args: ["test", "mocha", ...contractTestFiles(), "test/sdk/generated-abis.test.ts"],
    parse: mochaCounts,
    lane: "b",
  },
  { name: "mocha:integration", command: "node_modules/.bin/hardhat", args: ["test", "mocha", ...integrationTestFiles()], parse: mochaCounts, lane: "a" },
  { name: "mocha:start", command: "node_modules/.bin/hardhat", args: ["test", "mocha", ...startTestFiles()], parse: mochaCounts, lane: "b" },
  // BSN Spartan-I (docs/networks.md#bsn-spartan-i): the contracts built for istanbul (build profile
  // `spartan`, output apart in artifacts-spartan/) and tested on an in-process istanbul chain with
  // chain id 9090, legacy transactions and a 16M block gas limit (network `spartanSimulated`)
  {
    name: "mocha:spartan",
    command: "node_modules/.bin/hardhat",
    args: ["--config", "hardhat.spartan.config.ts", "--build-profile", "spartan", "--network", "spartanSimulated", "--no-typechain", "test", "mocha", ...contractTestFiles()],
    parse: mochaCounts,
    lane: "b",
  },
  // the dApp's end-to-end tests in two suites, one per lane: the seeded sample (and the smoke test), and
  // the programme at 20,000 attestations (its own node, fill and indexer); together `npm run e2e -w frontend`
  { name: "e2e", command: "npm", args: ["run", "--silent", "e2e:app", "-w", "frontend"], parse: nodeTestCounts, enabled: frontendScript("e2e:app"), lane: "a" },
  { name: "vitest", command: "npm", args: ["run", "--silent", "test", "-w", "frontend"], parse: vitestCounts, enabled: frontendScript("test"), lane: "b" },
  {
    name: "typecheck:frontend",
    command: "npm",
    args: ["run", "--silent", "typecheck", "-w", "frontend"],
    parse: () => null,
    check: true,
    enabled: frontendScript("typecheck"),
    lane: "a",
  },
  { name: "e2e:scale", command: "npm", args: ["run", "--silent", "e2e:scale", "-w", "frontend"], parse: nodeTestCounts, enabled: frontendScript("e2e:scale"), lane: "b" },
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
function run(suite: Suite, prefix?: string): Promise<{ code: number; output: string }> {
  return new Promise((resolve) => {
    const child = spawn(suite.command, suite.args, { stdio: ["ignore", "pipe", "pipe"], env: runnerEnv() });
    let output = "";
    const pending = new Map<NodeJS.WriteStream, string>();
    const tee = (chunk: Buffer, to: NodeJS.WriteStream) => {
      const text = chunk.toString();
      output += text;
      if (!prefix) return void to.write(chunk);
      const lines = ((pending.get(to) ?? "") + text).split("\n");
      pending.set(to, lines.pop() ?? "");
      if (lines.length) to.write(lines.map((line) => `${prefix}${line}\n`).join(""));
    };
    child.stdout.on("data", (c: Buffer) => tee(c, process.stdout));
    child.stderr.on("data", (c: Buffer) => tee(c, process.stderr));
    child.on("close", (code) => {
      for (const [to, rest] of pending) if (rest) to.write(`${prefix}${rest}\n`);
      resolve({ code: code ?? 1, output });
    });
  });
}

const only = process.argv.includes("--only") ? process.argv[process.argv.indexOf("--only") + 1] : undefined;
const serial = process.argv.includes("--serial") || only !== undefined;
let passed = 0;
let failed = 0;
const results = new Map<string, string>();

async function runSuite(suite: Suite, prefixed: boolean): Promise<void> {
  if (suite.enabled && !suite.enabled()) {
    results.set(suite.name, `${suite.name}: not present`);
    return;
  }
  const prefix = prefixed ? `[${suite.name}] ` : undefined;
  console.log(`\n${prefix ?? ""}=== ${suite.name}: ${suite.command} ${suite.args.join(" ")}`);
  const started = Date.now();
  const { code, output } = await run(suite, prefix);
  const counts = suite.check ? { passed: code === 0 ? 1 : 0, failed: code === 0 ? 0 : 1 } : suite.parse(plain(output));
  // a runner that crashed before counting, or exited non-zero with no failure counted, is one failure
  const c = counts ?? { passed: 0, failed: 1 };
  if (code !== 0 && c.failed === 0) c.failed = 1;
  passed += c.passed;
  failed += c.failed;
  results.set(suite.name, `${suite.name}: ${c.passed} passed, ${c.failed} failed (${((Date.now() - started) / 1000).toFixed(1)} s)`);
}

// `--only <suite>` still builds the contracts first (every suite but lint reads the build)
const chosen = SUITES.filter((suite) => !only || suite.name === only || (suite.name === "build" && only !== "lint"));
const started = Date.now();
if (serial) {
  for (const suite of chosen) await runSuite(suite, false);
} else {
  // lint and the build side by side (neither reads what the other writes), then the two lanes
  await Promise.all(chosen.filter((s) => s.lane === "first").map((suite) => runSuite(suite, true)));
  const lane = async (name: Suite["lane"]) => {
    for (const suite of chosen.filter((s) => s.lane === name)) await runSuite(suite, true);
  };
  await Promise.all([lane("a"), lane("b")]);
}
const summary = chosen.map((suite) => results.get(suite.name)).filter(Boolean);
console.log(`\n=== summary (${((Date.now() - started) / 1000).toFixed(1)} s${serial ? "" : ", two lanes side by side"})\n${summary.join("\n")}`);
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed === 0 && passed > 0 ? 0 : 1);
