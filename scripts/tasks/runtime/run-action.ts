/**
 * The frame of every task's action: its body run, any failure turned into one `error: …` line
 * and a failed Hardhat `Result` (cli-error.ts), and the network connections the body opened
 * (context.ts) closed either way. Apart from cli-error.ts so that neither it nor context.ts
 * imports the other's importer.
 */
import { fail, type ActionResult } from "./cli-error.js";
import { closeConnections } from "./context.js";

/** Runs an action body; prints `error: …` and returns a failed Result on any error. */
export async function runAction<T>(body: () => Promise<T>): Promise<ActionResult<T>> {
  try {
    return { success: true, value: await body() };
  } catch (error) {
    return fail(error);
  } finally {
    await closeConnections();
  }
}
