/**
 * A local `hardhat node` as a child process: on 127.0.0.1 (never 0.0.0.0) and a free port unless
 * one is given, in its own process group (stopping it stops everything it spawned, and only that:
 * never by name), killed with this process if it dies first. Resolves once the node answers.
 * The one starter of the tests, the bench and the e2e harness (`npm start` serves its chain
 * in-process behind the guard instead: scripts/start/local-chain.ts).
 */
import { spawn, type ChildProcess } from "node:child_process";
import { openSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { freePort, LOOPBACK } from "./free-port.js";
import { isRpcUp, rpcCall } from "./rpc.js";

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");
const HARDHAT_CLI = path.join(ROOT, "node_modules", "hardhat", "dist", "src", "cli.js");

export interface LocalNodeOptions {
  /** The port (default: a free one). */
  port?: number;
  /** `--chain-id` (default: the config's, 31337); checked once the node answers. */
  chainId?: number;
  /** `--config` (default: the repository's hardhat.config.ts). */
  config?: string;
  /** Extra environment of the node process. */
  env?: NodeJS.ProcessEnv;
  /** Where the node's console output goes (default: discarded, its stderr kept for errors). */
  logFile?: string;
  /** How long to wait for its first answer (default 90 s). */
  timeoutMs?: number;
}

export interface LocalNode {
  /** http://127.0.0.1:<port> */
  url: string;
  port: number;
  pid: number;
  /** Resolves when the process has exited. */
  exited: Promise<void>;
  /** TERM to its group, KILL after `graceMs` (default 5 s); resolves once it is gone. */
  stop(graceMs?: number): Promise<void>;
}

const running = new Set<ChildProcess>();
let exitHook = false;

function signalGroup(child: ChildProcess, signal: NodeJS.Signals): void {
  if (child.pid === undefined || child.exitCode !== null || child.signalCode !== null) return;
  try {
    process.kill(-child.pid, signal);
  } catch {
    try {
      child.kill(signal);
    } catch {
      /* already gone */
    }
  }
}

/** Starts `hardhat node` on 127.0.0.1 and waits until it answers JSON-RPC. */
export async function startHardhatNode(options: LocalNodeOptions = {}): Promise<LocalNode> {
  const port = options.port && options.port > 0 ? options.port : await freePort();
  const url = `http://${LOOPBACK}:${port}`;
  const args = [HARDHAT_CLI, ...(options.config ? ["--config", options.config] : []), "node", "--hostname", LOOPBACK, "--port", String(port)];
  if (options.chainId !== undefined) args.push("--chain-id", String(options.chainId));
  const out = options.logFile ? openSync(options.logFile, "w") : "ignore";
  const child = spawn(process.execPath, args, {
    cwd: ROOT,
    env: { ...process.env, ...options.env },
    stdio: ["ignore", out, options.logFile ? out : "pipe"],
    detached: true,
  });
  running.add(child);
  if (!exitHook) {
    exitHook = true;
    process.on("exit", () => running.forEach((c) => signalGroup(c, "SIGKILL")));
  }
  let stderr = "";
  child.stderr?.on("data", (d: Buffer) => (stderr = (stderr + d.toString()).slice(-8_000)));
  const exited = new Promise<void>((resolve) => {
    child.once("exit", () => {
      running.delete(child);
      resolve();
    });
    child.once("error", () => resolve());
  });
  const gone = () => child.exitCode !== null || child.signalCode !== null;
  const stop = async (graceMs = 5_000) => {
    if (gone()) return;
    signalGroup(child, "SIGTERM");
    const timer = new Promise<"timeout">((r) => setTimeout(() => r("timeout"), graceMs).unref());
    if ((await Promise.race([exited, timer])) === "timeout") {
      signalGroup(child, "SIGKILL");
      await Promise.race([exited, new Promise((r) => setTimeout(r, 1_000).unref())]);
    }
  };
  const why = () => (options.logFile ? ` (see ${options.logFile})` : stderr ? `: ${stderr}` : "");
  const timeoutMs = options.timeoutMs ?? 90_000;
  for (const deadline = Date.now() + timeoutMs; ; await new Promise((r) => setTimeout(r, 150))) {
    if (gone()) throw new Error(`hardhat node exited with ${child.exitCode ?? child.signalCode}${why()}`);
    if (await isRpcUp(url, 500)) break;
    if (Date.now() > deadline) {
      await stop();
      throw new Error(`hardhat node on ${url} did not answer within ${timeoutMs / 1000} s${why()}`);
    }
  }
  if (options.chainId !== undefined) {
    const answered = Number(await rpcCall<string>(url, "eth_chainId"));
    if (answered !== options.chainId) {
      await stop();
      throw new Error(`node on ${url} answers chain ${answered}, expected ${options.chainId}`);
    }
  }
  return { url, port, pid: child.pid as number, exited, stop };
}
