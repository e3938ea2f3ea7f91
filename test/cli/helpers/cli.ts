/**
 * Running the terminal tasks in tests (against a real `hardhat node` on a free port of 127.0.0.1:
 * scripts/node/hardhat-node.ts, raw JSON-RPC through scripts/node/rpc.ts to check that a refusal
 * sent nothing): tasks run in-process (fast) or as child processes (exactly what a user types, for
 * exit codes).
 */
import { spawn } from "node:child_process";
import path from "node:path";
import { fileURLToPath } from "node:url";
import type { HardhatRuntimeEnvironment } from "hardhat/types/hre";
import { localRuntime } from "../../../scripts/deploy/local-runtime.js";

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../../..");
const HARDHAT_CLI = path.join(ROOT, "node_modules/hardhat/dist/src/cli.js");

/** A Hardhat runtime for `network`, as `npx hardhat --network <network>` would create. */
export const cliRuntime = (network: string): Promise<HardhatRuntimeEnvironment> => localRuntime(network);

export interface Run {
  code: number;
  stdout: string;
  stderr: string;
  value?: unknown;
}

/** Runs `body`, capturing what it writes to stdout and stderr. */
export async function captureOutput<T>(body: () => T | Promise<T>): Promise<{ result: T; stdout: string; stderr: string }> {
  let stdout = "";
  let stderr = "";
  const out = process.stdout.write.bind(process.stdout);
  const err = process.stderr.write.bind(process.stderr);
  process.stdout.write = ((chunk: string | Uint8Array) => ((stdout += chunk.toString()), true)) as typeof process.stdout.write;
  process.stderr.write = ((chunk: string | Uint8Array) => ((stderr += chunk.toString()), true)) as typeof process.stderr.write;
  try {
    const result = await body();
    return { result, stdout, stderr };
  } finally {
    process.stdout.write = out;
    process.stderr.write = err;
  }
}

/** Runs a task in-process, capturing what it prints; `code` is what the CLI would exit with. */
export async function runTask(hre: HardhatRuntimeEnvironment, id: string, args: Record<string, unknown> = {}): Promise<Run> {
  const { result, stdout, stderr } = await captureOutput(async () => (await hre.tasks.getTask(id).run(args)) as { success: boolean; value?: unknown });
  return { code: result.success ? 0 : 1, stdout, stderr, value: result.success ? result.value : undefined };
}

/** Runs `hardhat <argv…>` as a child process, as a user does. */
export async function runCli(argv: string[], env: Record<string, string> = {}): Promise<Run> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [HARDHAT_CLI, ...argv], {
      cwd: ROOT,
      env: { ...process.env, ...env, FORCE_COLOR: "0", NO_COLOR: "1" },
      stdio: ["ignore", "pipe", "pipe"],
    });
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (d: Buffer) => (stdout += d.toString()));
    child.stderr.on("data", (d: Buffer) => (stderr += d.toString()));
    child.once("error", reject);
    child.once("exit", (code) => resolve({ code: code ?? 1, stdout, stderr }));
  });
}

/** The `uid 0x…` line a successful attest or relay prints. */
export function uidFrom(run: Run): string {
  const match = /^uid (0x[0-9a-f]{64})$/m.exec(run.stdout);
  if (!match) throw new Error(`no uid in output:\n${run.stdout}\n${run.stderr}`);
  return match[1];
}
