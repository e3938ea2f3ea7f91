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
 * How the run fills two cores. The build (what every suite but the static checks reads) starts
 * first, and the static checks beside it, one after another. Then a queue of suites runs in SLOTS
 * slots (two): the first takes its suite once the build is done, the other once the static checks
 * are; each slot then takes the next suite in SUITES' order as it frees. The order is the longest
 * first, by the suites' times in a clean-clone CI, so that no long suite starts last and leaves one
 * core idle at the end. The BATCH suites, which only compute (static checks, type checks, contract
 * tests, Vitest), run under `nice`, so that the suites that wait on nodes, indexers and browsers (with
 * timeouts) are not starved. Each line of output carries its suite's name, and the summary gives
 * each suite's time and when it ran.
 *
 * Side by side, the run is bound by the two cores, not by its longest suite: in the clean-clone CIs
 * of 2 December 2026 both cores were busy nearly all the way, and e2e, the longest, ended well
 * before the rest. So what shortens it is less work, and an order that leaves no core idle; more
 * suites at once do not: in clean-clone CIs twenty minutes apart, three at a time used 1,079
 * CPU-seconds for the whole CI, two at a time 835.
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
  /**
   * When it runs (see the top of this file): "build" first; "static" one after another beside the
   * build from the start; "queue" once the build is done, in SUITES' order, as a slot frees.
   */
  stage: "build" | "static" | "queue";
  /** Only computes (no node, server or browser of its own, no waits with timeouts): run under `nice` side by side. */
  batch?: boolean;
}

const hasFrontend = () => existsSync("frontend/package.json");
const frontendScript = (name: string) => () => {
  if (!hasFrontend()) return false;
  return Boolean(JSON.parse(readFileSync("frontend/package.json", "utf8")).scripts?.[name]);
};
const rootScript = (name: string) => () => Boolean(JSON.parse(readFileSync("package.json", "utf8")).scripts?.[name]);

/**
 * The contract tests: the *.test.ts files of these folders, not their subfolders (helpers/,
 * fuzz/harness, fuzz/model), and the sdk's own tests (test/sdk: pure functions, no chain). Not the
 * terminal tool, indexer, npm start or e2e tests, which start nodes and servers of their own.
 */
const CONTRACT_TESTS = ["test/smoke.test.ts", "test/registry", "test/log", "test/lens", "test/sdk", "test/governance", "test/fuzz", "test/spartan"];
/** The tests that need no chain: run once, not again on the Spartan profile. */
const CHAIN_FREE_TESTS = "test/sdk";
const contractTestFiles = () =>
  CONTRACT_TESTS.flatMap((entry) =>
    entry.endsWith(".ts")
      ? [entry]
      : readdirSync(entry)
          .filter((f) => f.endsWith(".test.ts"))
          .map((f) => `${entry}/${f}`),
  );
/** The contract tests that run on a chain: what the Spartan profile runs again. */
const chainTestFiles = () => contractTestFiles().filter((file) => !file.startsWith(`${CHAIN_FREE_TESTS}/`));

/** Every test file (`*.test.ts`) under `dir`, recursively; helpers/ and the fuzz harness hold no tests. */
const tsFilesUnder = (dir: string): string[] =>
  readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = `${dir}/${entry.name}`;
    return entry.isDirectory() ? tsFilesUnder(path) : entry.name.endsWith(".test.ts") ? [path] : [];
  });

/** npm start's tests (the whole flow, and the node guard against a foreign origin): a suite of their own, to balance the slots. */
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
  { name: "lint", command: "npm", args: ["run", "--silent", "lint:sol"], enabled: rootScript("lint:sol"), stage: "static", batch: true },
  { name: "format", command: "npm", args: ["run", "--silent", "format:check"], enabled: rootScript("format:check"), stage: "static", batch: true },
  { name: "eslint", command: "npm", args: ["run", "--silent", "lint:ts"], enabled: rootScript("lint:ts"), stage: "static", batch: true },
  // the contracts' build (default profile: artifacts/, types/), which every suite below reads
  { name: "build", command: "node_modules/.bin/hardhat", args: ["build", "--quiet"], stage: "build" },
  // The queue, in the order the slots take it: the longest first (clean-clone CI, see the top of this
  // file), so that no long suite starts last. The mocha tests are four suites, together
  // `hardhat test mocha`: the terminal tool's, indexer's and README's tests and npm start's, which
  // start nodes, indexers and servers; the contract tests (in-process, CPU-bound, one process); the
  // chain's ones again on the Spartan profile. The local binary, not `npx hardhat`: under README's
  // `npx -y -p node@22 -c '…'` route a nested npx fails (npm EUSAGE). The dApp's end-to-end tests are
  // two suites: the seeded sample (and the smoke test), and the programme at 20,000 attestations (its
  // own node, fill and indexer); together `npm run e2e` (root e2e/).
  { name: "mocha:integration", command: "node_modules/.bin/hardhat", args: ["test", "mocha", ...integrationTestFiles()], report: "mocha", stage: "queue" },
  { name: "e2e", command: "npm", args: ["run", "--silent", "e2e:app"], report: "node:test", enabled: rootScript("e2e:app"), stage: "queue" },
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
      ...chainTestFiles(),
    ],
    report: "mocha",
    stage: "queue",
    batch: true,
  },
  {
    name: "mocha:contracts",
    command: "node_modules/.bin/hardhat",
    args: ["test", "mocha", ...contractTestFiles()],
    report: "mocha",
    stage: "queue",
    batch: true,
  },
  { name: "mocha:start", command: "node_modules/.bin/hardhat", args: ["test", "mocha", ...startTestFiles()], report: "mocha", stage: "queue" },
  { name: "e2e:scale", command: "npm", args: ["run", "--silent", "e2e:scale"], report: "node:test", enabled: rootScript("e2e:scale"), stage: "queue" },
  // the TypeScript of scripts, tests, sdk, indexer and e2e against the build (`npm run typecheck` = build + this), and the dApp's
  { name: "typecheck", command: "npm", args: ["run", "--silent", "typecheck:ts"], enabled: rootScript("typecheck:ts"), stage: "queue", batch: true },
  {
    name: "typecheck:frontend",
    command: "npm",
    args: ["run", "--silent", "typecheck", "-w", "frontend"],
    enabled: frontendScript("typecheck"),
    stage: "queue",
    batch: true,
  },
  {
    name: "vitest",
    command: "npm",
    args: ["run", "--silent", "test", "-w", "frontend"],
    report: "vitest",
    enabled: frontendScript("test"),
    stage: "queue",
    batch: true,
  },
];

/**
 * The batch suites' niceness when suites run side by side (see the top of this file): they yield the
 * CPU to the build and to the suites that wait on nodes, servers and browsers with timeouts. `nice` is
 * coreutils'; without it every suite runs at normal priority.
 */
const BATCH_NICENESS = 10;
/**
 * How many suites of the queue run at once: two, one per core of CI's machine (three were slower
 * there, see above); PILOT_TEST_SLOTS sets another number (a bigger machine).
 */
const SLOTS = Math.max(1, Number.parseInt(process.env["PILOT_TEST_SLOTS"] ?? "", 10) || 2);
const NICE = ["/usr/bin/nice", "/bin/nice"].find((path) => existsSync(path));

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
 * Runs a suite, streaming its output; with `prefix`, each complete line is written with it (the
 * suites share the terminal), and a trailing partial line waits for its end. `niceness` > 0: under `nice`.
 */
function run(command: string, args: string[], env: NodeJS.ProcessEnv, prefix?: string, niceness = 0): Promise<number> {
  return new Promise((resolve) => {
    const [file, argv] = niceness > 0 && NICE ? [NICE, ["-n", String(niceness), command, ...args]] : [command, args];
    const child = spawn(file, argv, { stdio: ["ignore", "pipe", "pipe"], env: { ...runnerEnv(), ...env } });
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
const started = Date.now();

async function runSuite(suite: Suite, side: boolean): Promise<void> {
  if (suite.enabled && !suite.enabled()) {
    results.set(suite.name, `${suite.name}: not present`);
    return;
  }
  // side by side: each line tagged with its suite, and a batch suite niced
  const prefix = side ? `[${suite.name}] ` : undefined;
  const niceness = side && NICE && suite.batch ? BATCH_NICENESS : 0;
  const report = suite.report && reportWiring(suite.report, join(reportDir, `${suite.name.replace(/[^a-z0-9]+/gi, "-")}.json`));
  const args = [...suite.args, ...(report?.args ?? [])];
  console.log(`\n${prefix ?? ""}=== ${suite.name}: ${niceness ? `nice -n ${niceness} ` : ""}${suite.command} ${args.join(" ")}`);
  const began = Date.now();
  const code = await run(suite.command, args, report?.env ?? {}, prefix, niceness);
  // its time, and (side by side) when it ran within the whole run: what the queue's order is tuned from
  const at = (ms: number) => ((ms - started) / 1000).toFixed(0);
  const seconds = `(${((Date.now() - began) / 1000).toFixed(1)} s${side ? `, ${at(began)}–${at(Date.now())} s` : ""})`;
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
if (serial) {
  for (const suite of chosen) await runSuite(suite, false);
} else {
  const inStage = (stage: Suite["stage"]) => chosen.filter((suite) => suite.stage === stage);
  const runAll = async (suites: readonly Suite[]) => {
    for (const suite of suites) await runSuite(suite, true);
  };
  // The build first, and beside it the static checks (they read only sources); then the queue, in
  // SLOTS slots, each taking the next suite as it frees (the static checks' slot is one of them, once done).
  const built = runAll(inStage("build"));
  const queue = inStage("queue");
  const slot = async () => {
    await built;
    for (let next = queue.shift(); next; next = queue.shift()) await runSuite(next, true);
  };
  await Promise.all([built, runAll(inStage("static")).then(slot), ...Array.from({ length: SLOTS - 1 }, slot)]);
}
const summary = chosen.map((suite) => results.get(suite.name)).filter(Boolean);
console.log(`\n=== summary (${((Date.now() - started) / 1000).toFixed(1)} s${serial ? "" : `, ${SLOTS} side by side`})\n${summary.join("\n")}`);
rmSync(reportDir, { recursive: true, force: true });
console.log(`checks: ${checks.passed} passed, ${checks.failed} failed`);
console.log(`${tests.passed} passed, ${tests.failed} failed`);
// a failed check or test fails the run, and so does a run of test suites that passed no test
const ranTests = chosen.some((suite) => suite.report && (!suite.enabled || suite.enabled()));
process.exit(checks.failed === 0 && tests.failed === 0 && (tests.passed > 0 || !ranTests) ? 0 : 1);
