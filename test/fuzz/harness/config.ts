/**
 * Run parameters, from the environment (set by `npm run fuzz -- --runs N --seed S --path P`,
 * see scripts/fuzz.ts, or directly: FUZZ_RUNS=.. FUZZ_SEED=.. npx hardhat test mocha test/fuzz/model-based.test.ts).
 */
export interface FuzzConfig {
  runs: number;
  maxCommands: number;
  seed?: number;
  path?: string;
  replayPath?: string;
  verbose: boolean;
}

function int(name: string): number | undefined {
  const v = process.env[name];
  if (v === undefined || v === "") return undefined;
  const n = Number(v);
  if (!Number.isInteger(n)) throw new Error(`${name} must be an integer, got ${v}`);
  return n;
}

export function fuzzConfig(): FuzzConfig {
  return {
    runs: int("FUZZ_RUNS") ?? 40,
    maxCommands: int("FUZZ_MAX_COMMANDS") ?? 24,
    seed: int("FUZZ_SEED"),
    path: process.env.FUZZ_PATH || undefined,
    replayPath: process.env.FUZZ_REPLAY_PATH || undefined,
    verbose: process.env.FUZZ_VERBOSE === "1",
  };
}
