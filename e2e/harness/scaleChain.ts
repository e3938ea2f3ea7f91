/**
 * A programme at scale for the CI scale test: runs bench/scale/serve.ts (tsx)
 * as a child process in its own process group. That script starts a Hardhat
 * node on a free 127.0.0.1 port, deploys and seeds the sample as `npm start`
 * does, fills it with realistic attestations (scripts/fill) and starts the
 * indexer (scripts/indexer). This harness reads its two status lines:
 * `chain` resolves once the suite is deployed (build the dApp meanwhile),
 * `filled` once the fill is done, `ready` once the indexer has caught up.
 */
import { spawn, type ChildProcess } from "node:child_process";
import { join } from "node:path";
import { REPO_ROOT } from "./appServer.ts";

export interface ScaleChainInfo {
  readonly chainId: number;
  readonly rpcUrl: string;
  readonly programme: string;
  readonly reader: string;
  readonly deploymentBlock: number;
  /** Where the indexer will answer (null with `indexer: false`). */
  readonly indexerUrl: string | null;
  readonly landmarks: {
    readonly projectId: number;
    readonly projectTitle: string;
    readonly projectAttestations: number;
    readonly entityId: number;
    readonly entityName: string;
    readonly zoneId: number;
    readonly zoneName: string;
    readonly documentHash: string;
    readonly documentAttestations: number;
  };
}

export interface ScaleReadyInfo {
  readonly attestations: number;
  readonly seconds: { readonly seed: number; readonly fill: number; readonly indexer: number; readonly total: number };
  readonly fill: {
    readonly attestations: number;
    readonly revocations: number;
    readonly acceptances: number;
    readonly transactions: number;
    readonly blocks: number;
    readonly perSecond: number;
  };
  readonly nodeRssMB: number;
  /** PilotProgramme.totals() once filled. */
  readonly onChain: { readonly zones: number; readonly entities: number; readonly projects: number; readonly attestations: number };
  readonly indexer: { readonly catchUpSeconds: number; readonly peakRssMB: number } | null;
}

export interface ScaleChain {
  readonly chain: Promise<ScaleChainInfo>;
  /** The fill is done; the indexer is still catching up. */
  readonly filled: Promise<void>;
  readonly ready: Promise<ScaleReadyInfo>;
  stop(): Promise<void>;
}

const TSX = join(REPO_ROOT, "node_modules", ".bin", "tsx");
const SERVE = join(REPO_ROOT, "bench", "scale", "serve.ts");

export function startScaleChain(options: { attestations: number; indexer?: boolean; log?: (line: string) => void }): ScaleChain {
  const args = [SERVE, "--attestations", String(options.attestations), ...(options.indexer === false ? ["--no-indexer"] : [])];
  const child: ChildProcess = spawn(TSX, args, { cwd: REPO_ROOT, detached: true, stdio: ["pipe", "pipe", "pipe"] });
  const exited = new Promise<number | null>((resolve) => child.once("exit", (code) => resolve(code)));
  let stderr = "";
  child.stderr?.on("data", (d: Buffer) => {
    const text = d.toString();
    stderr = (stderr + text).slice(-8_000);
    for (const line of text.split("\n")) if (line.trim()) options.log?.(line);
  });

  const chain = deferred<ScaleChainInfo>();
  const filled = deferred<void>();
  const ready = deferred<ScaleReadyInfo>();
  const rejectAll = (error: Error) => {
    for (const d of [chain, filled, ready]) d.reject(error);
  };

  let buffer = "";
  child.stdout?.on("data", (d: Buffer) => {
    buffer += d.toString();
    let nl: number;
    while ((nl = buffer.indexOf("\n")) >= 0) {
      const line = buffer.slice(0, nl);
      buffer = buffer.slice(nl + 1);
      const space = line.indexOf(" ");
      const tag = space > 0 ? line.slice(0, space) : line;
      const body = space > 0 ? line.slice(space + 1) : "";
      if (tag === "SCALE_CHAIN") chain.resolve(JSON.parse(body) as ScaleChainInfo);
      else if (tag === "SCALE_FILLED") filled.resolve();
      else if (tag === "SCALE_READY") ready.resolve(JSON.parse(body) as ScaleReadyInfo);
      else if (tag === "SCALE_FAILED") rejectAll(new Error(`bench/scale/serve.ts failed: ${JSON.parse(body) as string}`));
    }
  });
  void exited.then((code) => rejectAll(new Error(`bench/scale/serve.ts exited (${code}) before it was ready:\n${stderr}`)));

  return {
    chain: chain.promise,
    filled: filled.promise,
    ready: ready.promise,
    stop: async () => {
      if (child.exitCode !== null || child.signalCode !== null || child.pid === undefined) return;
      child.stdin?.end();
      try {
        process.kill(-child.pid, "SIGTERM");
      } catch {
        /* already gone */
      }
      const timer = new Promise<"timeout">((r) => setTimeout(() => r("timeout"), 20_000).unref());
      if ((await Promise.race([exited, timer])) === "timeout") {
        try {
          process.kill(-child.pid, "SIGKILL");
        } catch {
          /* already gone */
        }
      }
    },
  };
}

interface Deferred<T> {
  readonly promise: Promise<T>;
  resolve(value: T): void;
  reject(error: Error): void;
}

/** A promise settled from outside; settling twice is ignored; a rejection nobody awaits yet does not crash the runner. */
function deferred<T>(): Deferred<T> {
  let resolve: (value: T) => void = () => {};
  let reject: (error: Error) => void = () => {};
  const promise = new Promise<T>((ok, fail) => {
    resolve = ok;
    reject = fail;
  });
  promise.catch(() => undefined);
  return { promise, resolve, reject };
}
