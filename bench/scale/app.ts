/**
 * The dApp as the bench serves it: `vite build` into a temporary folder with the
 * bench's chain baked in through VITE_* variables (VITE_DEPLOYMENT: chain,
 * addresses, deployment block, indexer URL; VITE_INDEXER_URL=none for the
 * limited mode), never touching frontend/src/generated/deployment.ts; then a
 * tiny static server on 127.0.0.1 (single-page fallback to index.html).
 *
 * Shared by the bench (tsx) and the CI scale test (node --test): erasable
 * TypeScript, node built-ins only.
 */
import { spawn } from "node:child_process";
import { createReadStream } from "node:fs";
import { mkdtemp, stat } from "node:fs/promises";
import { createServer, type Server } from "node:http";
import { tmpdir } from "node:os";
import { extname, join, normalize, resolve, sep } from "node:path";
import { deployment } from "@pilot/sdk/deployment";
import type { Hex } from "@pilot/sdk/eip712";

const REPO_ROOT = resolve(import.meta.dirname, "..", "..");
const FRONTEND_DIR = join(REPO_ROOT, "frontend");
const VITE_BIN = join(REPO_ROOT, "node_modules", "vite", "bin", "vite.js");

export interface DappChain {
  chainId: number;
  rpcUrl: string;
  programme: string;
  reader: string;
  deploymentBlock: number;
  /** Lower-cased address -> role label. */
  accountLabels?: Record<string, string>;
}

/** Builds the dApp for `chain`, reading through `indexerUrl`, or in the limited mode when it is null. Returns the folder. */
export async function buildDapp(chain: DappChain, indexerUrl: string | null): Promise<string> {
  const outDir = await mkdtemp(join(tmpdir(), "pilot-scale-dist-"));
  const given = deployment({
    chainId: chain.chainId,
    name: "Hardhat local (scale bench)",
    rpcUrl: chain.rpcUrl,
    programme: chain.programme as Hex,
    reader: chain.reader as Hex,
    deploymentBlock: chain.deploymentBlock,
    accountLabels: chain.accountLabels,
    indexerUrl: indexerUrl ?? undefined,
  });
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    VITE_RPC_URL: chain.rpcUrl,
    VITE_CHAIN_ID: String(chain.chainId),
    VITE_DEPLOYMENT: JSON.stringify(given),
    VITE_INDEXER_URL: indexerUrl ?? "none",
    NO_COLOR: "1",
    FORCE_COLOR: "0",
  };
  await new Promise<void>((ok, fail) => {
    const child = spawn(process.execPath, [VITE_BIN, "build", "--outDir", outDir, "--emptyOutDir", "--logLevel", "warn"], {
      cwd: FRONTEND_DIR,
      env,
      stdio: ["ignore", "pipe", "pipe"],
    });
    let output = "";
    child.stdout.on("data", (d: Buffer) => (output += d.toString()));
    child.stderr.on("data", (d: Buffer) => (output += d.toString()));
    child.on("error", fail);
    child.on("exit", (code) => (code === 0 ? ok() : fail(new Error(`vite build failed (${code}):\n${output.slice(-4000)}`))));
  });
  return outDir;
}

const TYPES: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".json": "application/json",
  ".svg": "image/svg+xml",
  ".png": "image/png",
  ".ico": "image/x-icon",
  ".woff2": "font/woff2",
  ".map": "application/json",
};

export interface StaticSite {
  url: string;
  stop(): Promise<void>;
}

/** Serves `dir` on 127.0.0.1:<free port>; unknown paths get index.html (client-side routes). */
export async function serveStatic(dir: string): Promise<StaticSite> {
  const root = resolve(dir);
  const server: Server = createServer((req, res) => {
    void (async () => {
      const path = decodeURIComponent(new URL(req.url ?? "/", "http://x").pathname);
      let file = normalize(join(root, path));
      if (file !== root && !file.startsWith(root + sep)) {
        res.writeHead(403).end();
        return;
      }
      const info = await stat(file).catch(() => null);
      if (!info || info.isDirectory()) file = join(root, "index.html");
      const type = TYPES[extname(file)] ?? "application/octet-stream";
      res.writeHead(200, { "content-type": type, "cache-control": "no-cache" });
      createReadStream(file)
        .on("error", () => res.destroy())
        .pipe(res);
    })();
  });
  await new Promise<void>((ok, fail) => {
    server.once("error", fail);
    server.listen(0, "127.0.0.1", () => ok());
  });
  const address = server.address();
  const port = typeof address === "object" && address ? address.port : 0;
  return {
    url: `http://127.0.0.1:${port}`,
    stop: () =>
      new Promise<void>((ok) => {
        server.closeAllConnections();
        server.close(() => ok());
      }),
  };
}
