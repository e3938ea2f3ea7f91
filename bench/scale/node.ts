/**
 * The bench's Hardhat node: `hardhat node` as a child process of its own
 * (its RSS is the node's alone) on a free 127.0.0.1 port (scripts/node/hardhat-node.ts), started at a date in
 * the past (node.config.ts) so that the fill's years of blocks end about now.
 * Its per-request console logging is switched off (hardhat_setLoggingEnabled):
 * a fill sends tens of thousands of transactions.
 */
import path from "node:path";
import { fileURLToPath } from "node:url";
import { startHardhatNode } from "../../scripts/node/hardhat-node.js";
import { Rpc } from "../../scripts/node/rpc.js";
import { processMemory, type ProcessMemory } from "./processes.js";

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");
const CONFIG = path.join(ROOT, "bench", "scale", "node.config.ts");

export interface BenchNode {
  url: string;
  pid: number;
  memory(): ProcessMemory;
  stop(): Promise<void>;
}

export interface BenchNodeOptions {
  /** Genesis time (default: now). */
  initialDate?: Date;
  /** Where the node's console output goes (default: discarded). */
  logFile?: string;
}

export async function startBenchNode(options: BenchNodeOptions = {}): Promise<BenchNode> {
  const node = await startHardhatNode({
    config: CONFIG,
    env: options.initialDate ? { PILOT_BENCH_INITIAL_DATE: options.initialDate.toISOString() } : {},
    ...(options.logFile ? { logFile: options.logFile } : {}),
  });
  await new Rpc(node.url).call("hardhat_setLoggingEnabled", [false]);
  return { url: node.url, pid: node.pid, memory: () => processMemory(node.pid), stop: () => node.stop() };
}
