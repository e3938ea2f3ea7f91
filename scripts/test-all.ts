/**
 * `npm test`: every suite of the repository, one after another, with their own
 * output streamed, then one closing line `N passed, N failed` totalling all of
 * them (what CI reads). Suites: static checks, the mocha suite (contracts,
 * terminal tasks, sample data, npm start, fuzzing), the contract tests again on
 * BSN Spartan-I's EVM (istanbul, chain 9090, legacy transactions), the dApp's
 * Vitest tests and its end-to-end tests in headless Chromium.
 *
 *   npm test                 everything
 *   npm test -- --only mocha one suite (lint | typecheck | typecheck:frontend | mocha | mocha:spartan | vitest | e2e)
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

const SUITES: Suite[] = [
  { name: "lint", command: "npm", args: ["run", "--silent", "lint"], parse: () => null, check: true, enabled: rootScript("lint") },
  { name: "typecheck", command: "npm", args: ["run", "--silent", "typecheck"], parse: () => null, check: true, enabled: rootScript("typecheck") },
  {
    name: "typecheck:frontend",
    command: "npm",
    args: ["run", "--silent", "typecheck", "-w", "frontend"],
    parse: () => null,
    check: true,
    enabled: frontendScript("typecheck"),
  },
  // the local binary, not `npx hardhat`: under README's `npx -y -p node@22 -c '…'` route a nested npx fails (npm EUSAGE)
  { name: "mocha", command: "node_modules/.bin/hardhat", args: ["test", "mocha"], parse: mochaCounts },
  // BSN Spartan-I (docs/networks.md#bsn-spartan-i): the contracts built for istanbul (build profile
  // `spartan`, output apart in artifacts-spartan/) and tested on an in-process istanbul chain with
  // chain id 9090, legacy transactions and a 16M block gas limit (network `spartanSimulated`)
  {
    name: "mocha:spartan",
    command: "node_modules/.bin/hardhat",
    args: ["--config", "hardhat.spartan.config.ts", "--build-profile", "spartan", "--network", "spartanSimulated", "--no-typechain", "test", "mocha", ...contractTestFiles()],
    parse: mochaCounts,
  },
  { name: "vitest", command: "npm", args: ["run", "--silent", "test", "-w", "frontend"], parse: vitestCounts, enabled: frontendScript("test") },
  { name: "e2e", command: "npm", args: ["run", "--silent", "e2e", "-w", "frontend"], parse: nodeTestCounts, enabled: frontendScript("e2e") },
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

function run(suite: Suite): Promise<{ code: number; output: string }> {
  return new Promise((resolve) => {
    const child = spawn(suite.command, suite.args, { stdio: ["ignore", "pipe", "pipe"], env: runnerEnv() });
    let output = "";
    const tee = (chunk: Buffer, to: NodeJS.WriteStream) => {
      output += chunk.toString();
      to.write(chunk);
    };
    child.stdout.on("data", (c: Buffer) => tee(c, process.stdout));
    child.stderr.on("data", (c: Buffer) => tee(c, process.stderr));
    child.on("close", (code) => resolve({ code: code ?? 1, output }));
  });
}

const only = process.argv.includes("--only") ? process.argv[process.argv.indexOf("--only") + 1] : undefined;
let passed = 0;
let failed = 0;
const summary: string[] = [];
for (const suite of SUITES) {
  if (only && suite.name !== only) continue;
  if (suite.enabled && !suite.enabled()) {
    summary.push(`${suite.name}: not present`);
    continue;
  }
  console.log(`\n=== ${suite.name}: ${suite.command} ${suite.args.join(" ")}`);
  const started = Date.now();
  const { code, output } = await run(suite);
  const counts = suite.check ? { passed: code === 0 ? 1 : 0, failed: code === 0 ? 0 : 1 } : suite.parse(plain(output));
  // a runner that crashed before counting, or exited non-zero with no failure counted, is one failure
  const c = counts ?? { passed: 0, failed: 1 };
  if (code !== 0 && c.failed === 0) c.failed = 1;
  passed += c.passed;
  failed += c.failed;
  summary.push(`${suite.name}: ${c.passed} passed, ${c.failed} failed (${((Date.now() - started) / 1000).toFixed(1)} s)`);
}
console.log(`\n=== summary\n${summary.join("\n")}`);
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed === 0 && passed > 0 ? 0 : 1);
