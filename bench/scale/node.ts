/**
 * The bench's Hardhat node: `hardhat node` as a child process of its own
 * (its RSS is the node's alone) on a free 127.0.0.1 port, started at a date in
 * the past (node.config.ts) so that the fill's years of blocks end about now.
 * Its per-request console logging is switched off (hardhat_setLoggingEnabled):
 * a fill sends tens of thousands of transactions.
 */
import { spawn, type ChildProcess } from "node:child_process";
import { openSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { isRpcUp, Rpc } from "../../scripts/seed/rpc.js";
import { freePort, processMemory, type ProcessMemory } from "./processes.js";

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");
const HARDHAT_CLI = path.join(ROOT, "node_modules", "hardhat", "dist", "src", "cli.js");
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
  const port = await freePort();
  const url = `http://127.0.0.1:${port}`;
  const out = options.logFile ? openSync(options.logFile, "w") : "ignore";
  const child: ChildProcess = spawn(process.execPath, [HARDHAT_CLI, "--config", CONFIG, "node", "--hostname", "127.0.0.1", "--port", String(port)], {
    cwd: ROOT,
    env: { ...process.env, ...(options.initialDate ? { PILOT_BENCH_INITIAL_DATE: options.initialDate.toISOString() } : {}) },
    stdio: ["ignore", out, out],
    detached: true,
  });
  const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()));
  const stop = async () => {
    if (child.exitCode !== null || child.signalCode !== null || child.pid === undefined) return;
    try {
      process.kill(-child.pid, "SIGTERM");
    } catch {
      /* already gone */
    }
    const timer = new Promise<"timeout">((r) => setTimeout(() => r("timeout"), 5_000).unref());
    if ((await Promise.race([exited, timer])) === "timeout") {
      try {
        process.kill(-child.pid, "SIGKILL");
      } catch {
        /* already gone */
      }
      await exited;
    }
  };
  for (const deadline = Date.now() + 90_000; ; await new Promise((r) => setTimeout(r, 150))) {
    if (child.exitCode !== null) throw new Error(`hardhat node exited with ${child.exitCode}${options.logFile ? ` (see ${options.logFile})` : ""}`);
    if (await isRpcUp(url, 500)) break;
    if (Date.now() > deadline) {
      await stop();
      throw new Error(`hardhat node on ${url} did not answer within 90 s`);
    }
  }
  await new Rpc(url).call("hardhat_setLoggingEnabled", [false]);
  const pid = child.pid as number;
  return { url, pid, memory: () => processMemory(pid), stop };
}
