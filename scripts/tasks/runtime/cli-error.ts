/**
 * How a task fails: one line on stderr, `error: <sentence>`, and a non-zero
 * exit. Actions throw `CliError` for refusals they foresee; `fail` (through
 * run-action.ts's `runAction`) turns any failure into that one line and into a
 * failed Hardhat `Result`, which the Hardhat CLI maps to exit code 1
 * (in-process callers get the Result back).
 */
import { inspect } from "node:util";
import { printError } from "./format.js";

export class CliError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "CliError";
  }
}

export type ActionResult<T = unknown> = { success: true; value: T } | { success: false; error: string };

/** First line of an unexpected error's message, without ethers' long JSON tail. */
function oneLine(error: unknown): string {
  if (error instanceof CliError) return error.message;
  const e = error as { shortMessage?: unknown; message?: unknown; code?: unknown };
  const text = typeof e?.shortMessage === "string" ? e.shortMessage : typeof e?.message === "string" ? e.message : String(error);
  if (e?.code === "ECONNREFUSED" || /ECONNREFUSED|fetch failed|Cannot connect to the network/i.test(text)) {
    return `cannot reach the network's JSON-RPC endpoint (${text.split("\n")[0]})`;
  }
  return text.split("\n")[0].replace(/\s*\(action=.*$/, "");
}

export function fail(error: unknown): ActionResult<never> {
  const message = oneLine(error);
  printError(`error: ${message}`);
  if (process.env.PILOT_DEBUG) process.stderr.write(`${inspect(error, { depth: 6 })}\n`);
  return { success: false, error: message };
}
