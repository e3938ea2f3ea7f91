/** Builds the app (vite build) for a given RPC URL and serves it with vite preview on 127.0.0.1. */
import { spawn, type ChildProcess } from "node:child_process";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import type { Deployment } from "@pilot/sdk/deployment";
import { freePort } from "../../scripts/node/free-port.ts";

export const REPO_ROOT = resolve(import.meta.dirname, "..", "..");
export const FRONTEND_DIR = join(REPO_ROOT, "frontend");
const VITE_BIN = join(REPO_ROOT, "node_modules", "vite", "bin", "vite.js");

function run(args: readonly string[], env: NodeJS.ProcessEnv): Promise<void> {
  return new Promise((ok, fail) => {
    const child = spawn(process.execPath, [VITE_BIN, ...args], { cwd: FRONTEND_DIR, env, stdio: ["ignore", "pipe", "pipe"] });
    let output = "";
    child.stdout.on("data", (d: Buffer) => (output += d.toString()));
    child.stderr.on("data", (d: Buffer) => (output += d.toString()));
    child.on("exit", (code) => (code === 0 ? ok() : fail(new Error(`vite ${args.join(" ")} failed (${code}):\n${output}`))));
  });
}

export interface ChainEnv {
  readonly rpcUrl: string;
  readonly chainId?: number;
  readonly chainName?: string;
  /** A whole deployment (the sdk's Deployment: chain, programme, reader, deploymentBlock, accountLabels, indexerUrl), baked in as VITE_DEPLOYMENT. */
  readonly deployment?: Deployment;
  /** Other VITE_* settings (e.g. VITE_LOG_MAX_BLOCK_RANGE for the limited mode). */
  readonly env?: Readonly<Record<string, string>>;
}

/** vite build into a temporary folder, with the chain description baked in via VITE_* env. */
export async function buildApp(chain: ChainEnv): Promise<string> {
  const outDir = mkdtempSync(join(tmpdir(), "pilot-e2e-dist-"));
  await run(["build", "--outDir", outDir, "--emptyOutDir", "--logLevel", "warn"], {
    ...process.env,
    VITE_RPC_URL: chain.rpcUrl,
    ...(chain.chainId ? { VITE_CHAIN_ID: String(chain.chainId) } : {}),
    ...(chain.chainName ? { VITE_CHAIN_NAME: chain.chainName } : {}),
    // Hermetic: without a deployment given, ignore any generated file left by `npm start`.
    VITE_DEPLOYMENT: chain.deployment ? JSON.stringify(chain.deployment) : "none",
    // Hermetic: an indexer only when the deployment given names one.
    VITE_INDEXER_URL: "",
    ...chain.env,
  });
  return outDir;
}

export interface RunningApp {
  readonly url: string;
  stop(): Promise<void>;
}

/** vite preview of a built folder on 127.0.0.1:<free port>; resolves once it answers. */
export async function serveApp(outDir: string): Promise<RunningApp> {
  const port = await freePort();
  const child: ChildProcess = spawn(
    process.execPath,
    [VITE_BIN, "preview", "--outDir", outDir, "--host", "127.0.0.1", "--port", String(port), "--strictPort"],
    { cwd: FRONTEND_DIR, stdio: "ignore" },
  );
  const url = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 20_000;
  for (;;) {
    try {
      const res = await fetch(url);
      if (res.ok) break;
    } catch {
      /* not up yet */
    }
    if (child.exitCode !== null) throw new Error(`vite preview exited with ${child.exitCode}`);
    if (Date.now() > deadline) {
      child.kill();
      throw new Error("vite preview did not start within 20 s");
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  return {
    url,
    stop: () =>
      new Promise<void>((ok) => {
        if (child.exitCode !== null) return ok();
        child.once("exit", () => ok());
        child.kill("SIGTERM");
      }),
  };
}
