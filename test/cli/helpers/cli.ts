/**
 * Running the terminal tasks in tests: a real `hardhat node` on a free port of
 * 127.0.0.1, tasks run in-process against it (fast) or as child processes
 * (exactly what a user types, for exit codes), and raw JSON-RPC to check that
 * a refusal sent nothing.
 */
import { spawn, type ChildProcess } from "node:child_process";
import { createServer } from "node:net";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { createHardhatRuntimeEnvironment } from "hardhat/hre";
import type { HardhatRuntimeEnvironment } from "hardhat/types/hre";

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../../..");
const HARDHAT_CLI = path.join(ROOT, "node_modules/hardhat/dist/src/cli.js");

export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const address = server.address();
      const port = typeof address === "object" && address ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}

export async function rpc<T = unknown>(url: string, method: string, params: unknown[] = []): Promise<T> {
  const response = await fetch(url, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ jsonrpc: "2.0", id: 1, method, params }),
  });
  const body = (await response.json()) as { result?: T; error?: { message: string } };
  if (body.error) throw new Error(`${method}: ${body.error.message}`);
  return body.result as T;
}

export interface LocalNode {
  url: string;
  chainId: number;
  stop(): Promise<void>;
}

/** `hardhat node` on 127.0.0.1 (never 0.0.0.0), a free port and the given chain id. */
export async function startNode(chainId: number): Promise<LocalNode> {
  const port = await freePort();
  const url = `http://127.0.0.1:${port}`;
  const child: ChildProcess = spawn(
    process.execPath,
    [HARDHAT_CLI, "node", "--hostname", "127.0.0.1", "--port", String(port), "--chain-id", String(chainId)],
    { cwd: ROOT, stdio: ["ignore", "ignore", "pipe"], env: { ...process.env } },
  );
  let stderr = "";
  child.stderr?.on("data", (d: Buffer) => (stderr += d.toString()));
  const stop = async () => {
    if (child.exitCode !== null || child.signalCode !== null) return;
    const exited = new Promise((resolve) => child.once("exit", resolve));
    child.kill("SIGTERM");
    await Promise.race([exited, new Promise((r) => setTimeout(r, 5000))]);
    if (child.exitCode === null && child.signalCode === null) child.kill("SIGKILL");
  };
  const deadline = Date.now() + 120_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`hardhat node exited early: ${stderr}`);
    try {
      const id = await rpc<string>(url, "eth_chainId");
      if (Number(id) !== chainId) {
        await stop();
        throw new Error(`node on ${url} answers chain ${Number(id)}, expected ${chainId}`);
      }
      return { url, chainId, stop };
    } catch (error) {
      if ((error as Error).message.startsWith("node on")) throw error;
      if (Date.now() > deadline) {
        await stop();
        throw new Error(`hardhat node did not start on ${url}: ${stderr}`);
      }
      await new Promise((r) => setTimeout(r, 300));
    }
  }
}

/** A Hardhat runtime for `network`, as `npx hardhat --network <network>` would create. */
export async function cliRuntime(network: string): Promise<HardhatRuntimeEnvironment> {
  const config = (await import("../../../hardhat.config.js")).default;
  return createHardhatRuntimeEnvironment(config, { network }, ROOT);
}

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
