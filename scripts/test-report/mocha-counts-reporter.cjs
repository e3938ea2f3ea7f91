// @ts-check
/**
 * Mocha's spec reporter, which also writes the run's counts as JSON to the file named by
 * MOCHA_COUNTS_FILE: `{ "passed": N, "failed": N, "pending": N }` (the spec reporter's closing
 * "N passing" / "N failing" / "N pending"). `npm test` (scripts/test-all.ts) sets the variable and
 * reads the file instead of the coloured output; hardhat.config.ts selects this reporter only then.
 *
 * CommonJS because Mocha loads a reporter given by path with require().
 */
const { writeFileSync } = require("node:fs");
const Mocha = require("mocha");

class CountsReporter extends Mocha.reporters.Spec {
  /**
   * @param {import("mocha").Runner} runner
   * @param {import("mocha").MochaOptions} [options]
   */
  constructor(runner, options) {
    super(runner, options);
    const file = process.env.MOCHA_COUNTS_FILE;
    if (!file) return;
    // after the spec reporter's own "end" listener (its epilogue): the counts are final
    runner.once(Mocha.Runner.constants.EVENT_RUN_END, () => {
      const stats = this.stats;
      writeFileSync(file, JSON.stringify({ passed: stats.passes, failed: stats.failures, pending: stats.pending }) + "\n");
    });
  }
}

module.exports = CountsReporter;
