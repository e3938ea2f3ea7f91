/**
 * Model-based stateful fuzzing of the whole suite (issue 5 §1 and §2).
 *
 * Random sequences of calls (every external write function, random actors including accounts
 * with no role, random and boundary arguments) run against the deployed contracts and against the
 * reference model in ./model; after every step both must agree on success or the exact custom error
 * (name and arguments), on the events, and on the whole observable state, and every invariant in
 * ./harness/invariants.ts must hold.
 *
 * Default size keeps `npm test` fast. Long run: `npm run fuzz -- --runs 5000 [--seed N]`.
 * Replay a counterexample: FUZZ_SEED=<seed> FUZZ_PATH=<path> [FUZZ_REPLAY_PATH=<replayPath>]
 *   npx hardhat test mocha test/fuzz/model-based.test.ts   (or npm run fuzz -- --seed S --path P)
 */
import fc from "fast-check";
import { network } from "hardhat";
import { allCommands } from "./harness/commands.js";
import { fuzzConfig } from "./harness/config.js";
import { INVARIANTS, checkedCount } from "./harness/invariants.js";
import { type Seed, seedWorld } from "./harness/setup.js";
import { type World, statsReport } from "./harness/world.js";

const connection = await network.create();
const config = fuzzConfig();

describe("fuzz: model-based, stateful (contracts vs reference model)", function () {
  this.timeout(0);
  let seed: Seed;

  before(async () => {
    seed = await seedWorld(connection);
  });

  it(`agrees with the model and keeps every invariant over ${config.runs} random runs of up to ${config.maxCommands} calls`, async () => {
    const started = Date.now();
    let steps = 0;
    const property = fc.asyncProperty(
      fc.commands(allCommands(), { maxCommands: config.maxCommands, size: "max", replayPath: config.replayPath }),
      async (cmds) => {
        await seed.restore();
        const world = seed.world();
        await fc.asyncModelRun(() => ({ model: world, real: world }), cmds);
        steps += world.trace.length;
      },
    );
    const params: fc.Parameters<[Iterable<fc.AsyncCommand<World, World>>]> = {
      numRuns: config.runs,
      verbose: config.verbose ? fc.VerbosityLevel.Verbose : fc.VerbosityLevel.None,
      ...(config.seed !== undefined ? { seed: config.seed } : {}),
      ...(config.path !== undefined ? { path: config.path } : {}),
    };
    const details = await fc.check(property, params);
    const seconds = ((Date.now() - started) / 1000).toFixed(1);
    if (details.failed) {
      const shown = details.counterexample ? String(details.counterexample[0]) : "";
      const replayPath = /replayPath="([^"]*)"/.exec(shown)?.[1];
      const replay = `FUZZ_SEED=${details.seed} FUZZ_PATH="${details.counterexamplePath}"${replayPath ? ` FUZZ_REPLAY_PATH="${replayPath}"` : ""}`;
      console.error(
        `\nfuzz counterexample after ${details.numRuns} runs (${seconds} s). Replay with:\n  ${replay} npx hardhat test mocha test/fuzz/model-based.test.ts\n  (or: npm run fuzz -- --seed ${details.seed} --path "${details.counterexamplePath}")`,
      );
      console.error(`commands: ${shown}`);
      throw details.errorInstance instanceof Error ? details.errorInstance : new Error(String(details.errorInstance));
    }
    console.log(
      `      fuzz: ${details.numRuns} runs, ${steps} steps in ${seconds} s (seed ${details.seed}); invariants checked: ${INVARIANTS.map((n) => `${n} x${checkedCount.get(n) ?? 0}`).join(", ")}`,
    );
    if (config.verbose || process.env.FUZZ_STATS === "1") console.log(statsReport());
  });
});
