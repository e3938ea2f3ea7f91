/**
 * `npm run fuzz -- [--runs N] [--seed S] [--path P] [--replay-path R] [--max-commands M] [--workers W]`
 *
 * The long run of the model-based fuzzing (test/fuzz/model-based.test.ts). Runs are split over
 * `--workers` processes (default: 2 when there are 200 runs or more, else 1), worker i using seed
 * S + i; each worker prints its seed, and a counterexample's seed and path, which replay with
 * `npm run fuzz -- --seed S --path P` (one worker). Exits non-zero on any counterexample.
 */
import { spawn } from "node:child_process";
import { availableParallelism } from "node:os";

function arg(name: string): string | undefined {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? process.argv[i + 1] : undefined;
}

const runs = Number(arg("runs") ?? 1000);
const path = arg("path");
const replayPath = arg("replay-path");
const maxCommands = arg("max-commands");
const seedArg = arg("seed");
const baseSeed = seedArg !== undefined ? Number(seedArg) : Math.floor(Math.random() * 2 ** 31);
const workers = path ? 1 : Number(arg("workers") ?? (runs >= 200 ? Math.min(2, availableParallelism()) : 1));
if (!Number.isInteger(runs) || runs < 1 || !Number.isInteger(baseSeed) || !Number.isInteger(workers) || workers < 1) {
  console.error("usage: npm run fuzz -- [--runs N] [--seed S] [--path P] [--replay-path R] [--max-commands M] [--workers W]");
  process.exit(2);
}

function worker(i: number, n: number): Promise<number> {
  const env: NodeJS.ProcessEnv = { ...process.env, FUZZ_RUNS: String(n), FUZZ_SEED: String(baseSeed + i) };
  if (path) env.FUZZ_PATH = path;
  if (replayPath) env.FUZZ_REPLAY_PATH = replayPath;
  if (maxCommands) env.FUZZ_MAX_COMMANDS = maxCommands;
  console.log(`fuzz worker ${i}: ${n} runs, seed ${baseSeed + i}`);
  return new Promise((resolve) => {
    // the local binary, not `npx hardhat`: under README's `npx -y -p node@22 -c '…'` route a nested npx fails (npm EUSAGE)
    const child = spawn("node_modules/.bin/hardhat", ["test", "mocha", "test/fuzz/model-based.test.ts"], { env, stdio: "inherit" });
    child.on("close", (code) => resolve(code ?? 1));
  });
}

const started = Date.now();
const share = Math.ceil(runs / workers);
const codes = await Promise.all(Array.from({ length: workers }, (_, i) => worker(i, Math.min(share, runs - i * share))));
const seconds = ((Date.now() - started) / 1000).toFixed(1);
const failed = codes.filter((c) => c !== 0).length;
console.log(
  `\nfuzz: ${runs} runs over ${workers} worker(s), base seed ${baseSeed}: ${failed ? `${failed} worker(s) FAILED` : "no counterexample"} in ${seconds} s`,
);
process.exit(failed ? 1 : 0);
