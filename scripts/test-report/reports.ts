/**
 * The machine-readable reports `npm test` (scripts/test-all.ts) asks each test runner for, beside
 * its usual streamed output, and how their counts are read back: no scraping of coloured text.
 *
 *   mocha      the spec reporter plus a counts file (mocha-counts-reporter.cjs, chosen by
 *              hardhat.config.ts when MOCHA_COUNTS_FILE is set)
 *   vitest     its default reporter plus its json reporter (`--outputFile.json`)
 *   node:test  its tap reporter on stdout (node's default when stdout is not a terminal) plus
 *              node-test-counts-reporter.mjs into a file, through NODE_OPTIONS (npm scripts put the
 *              test files last, and node reads no option after them)
 */
import { existsSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";

export interface Counts {
  passed: number;
  failed: number;
}

export type ReportKind = "mocha" | "vitest" | "node:test";

/** What a runner needs to write its report to `file`, and how to read the counts from it. */
export interface ReportWiring {
  /** Appended to the suite's command line. */
  args: string[];
  /** Added to the suite's environment. */
  env: NodeJS.ProcessEnv;
  /** The counts, or null when the runner wrote no (readable) report. */
  read: () => Counts | null;
}

const MOCHA_REPORTER_FILE = "MOCHA_COUNTS_FILE";
const NODE_TEST_REPORTER = fileURLToPath(new URL("./node-test-counts-reporter.mjs", import.meta.url));

/** The report's JSON, or null when it is missing or unreadable (a runner that died while writing it). */
function readJson(file: string): unknown {
  if (!existsSync(file)) return null;
  try {
    return JSON.parse(readFileSync(file, "utf8"));
  } catch {
    return null;
  }
}

const count = (value: unknown): number | null => (typeof value === "number" && Number.isInteger(value) && value >= 0 ? value : null);

/** `{ passed, failed }` from the report's two fields of those names, when both are counts. */
function countsOf(report: unknown, passedKey: string, failedKey: string): Counts | null {
  if (typeof report !== "object" || report === null) return null;
  const fields = report as Record<string, unknown>;
  const passed = count(fields[passedKey]);
  const failed = count(fields[failedKey]);
  return passed === null || failed === null ? null : { passed, failed };
}

/** Quoted for NODE_OPTIONS, which splits on spaces. */
const nodeOption = (name: string, value: string) => `${name}="${value.replace(/(["\\])/g, "\\$1")}"`;

export function reportWiring(kind: ReportKind, file: string, env: NodeJS.ProcessEnv = process.env): ReportWiring {
  switch (kind) {
    case "mocha":
      return { args: [], env: { [MOCHA_REPORTER_FILE]: file }, read: () => countsOf(readJson(file), "passed", "failed") };
    case "vitest":
      return {
        args: ["--", "--reporter=default", "--reporter=json", `--outputFile.json=${file}`],
        env: {},
        read: () => countsOf(readJson(file), "numPassedTests", "numFailedTests"),
      };
    case "node:test": {
      const options = [
        "--test-reporter=tap",
        "--test-reporter-destination=stdout",
        nodeOption("--test-reporter", NODE_TEST_REPORTER),
        nodeOption("--test-reporter-destination", file),
      ];
      return {
        args: [],
        env: { NODE_OPTIONS: [env.NODE_OPTIONS, ...options].filter(Boolean).join(" ") },
        // the reporter writes one line per run summary: the last one is the run's
        read: () => {
          if (!existsSync(file)) return null;
          const lines = readFileSync(file, "utf8").trim().split("\n");
          try {
            return countsOf(JSON.parse(lines[lines.length - 1] ?? ""), "passed", "failed");
          } catch {
            return null;
          }
        },
      };
    }
  }
}
