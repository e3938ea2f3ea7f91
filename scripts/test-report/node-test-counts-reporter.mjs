// @ts-check
/**
 * A node:test reporter that writes one line of JSON: the run's counts from its closing summary,
 * `{ "passed": N, "failed": N, "cancelled": N, "skipped": N, "todo": N, "tests": N }` (what the tap
 * and spec reporters print as "# pass N", "# fail N", …). `npm test` (scripts/test-all.ts) adds it,
 * beside the usual tap output, with --test-reporter=<this file> --test-reporter-destination=<file>.
 *
 * Plain JavaScript because node loads a reporter before any TypeScript support is in place.
 *
 * @param {AsyncIterable<{ type: string; data: { file?: string; counts?: Record<string, number> } }>} source
 */
export default async function* nodeTestCounts(source) {
  for await (const event of source) {
    // one summary per test file, then the run's own (the one without a file)
    if (event.type !== "test:summary" || event.data.file !== undefined || !event.data.counts) continue;
    const { passed, failed, cancelled, skipped, todo, tests } = event.data.counts;
    yield JSON.stringify({ passed, failed, cancelled, skipped, todo, tests }) + "\n";
  }
}
