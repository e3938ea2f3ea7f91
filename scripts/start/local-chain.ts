/**
 * `npm start`'s local chain: Hardhat's simulated network (EDR, the engine `hardhat node` runs),
 * created in this process from the `node` network of hardhat.config.ts, and served only through
 * the JSON-RPC guard (scripts/node-guard/) on 127.0.0.1. There is no `hardhat node` listener, so no
 * browser can reach the chain except through the guard, which answers the dApp's origin and
 * non-browser clients (scripts, CLI, indexer) and refuses every other page (threat model §3.13).
 */
import type { HardhatRuntimeEnvironment } from "hardhat/types/hre";
import { startGuardServer, type GuardEvent, type GuardServer } from "../node-guard/guard-server.js";
import { originOf } from "../node-guard/request-policy.js";

export interface LocalChain {
  /** http://127.0.0.1:<port>: the guard's URL, the only way in. */
  url: string;
  guard: GuardServer;
  /** Lets the dApp at `appUrl` (and the same port on localhost) call everything, plus `extra` origins. */
  allowDapp(appUrl: string, extra?: readonly string[]): void;
  close(): Promise<void>;
}

export interface LocalChainOptions {
  hre: HardhatRuntimeEnvironment;
  /** 0: a free port. */
  port: number;
  /** Origins allowed from the start (e.g. --allow-origin). */
  dappOrigins?: readonly string[];
  onEvent?: (event: GuardEvent) => void;
}

/** The dApp's origin as the browser may write it: 127.0.0.1 and localhost on the dev server's port. */
export function dappOriginsOf(appUrl: string): string[] {
  const origin = originOf(appUrl);
  if (!origin) throw new Error(`not a URL: ${appUrl}`);
  const url = new URL(origin);
  if (url.hostname !== "127.0.0.1" && url.hostname !== "localhost") return [origin];
  const port = url.port ? `:${url.port}` : "";
  return [`${url.protocol}//127.0.0.1${port}`, `${url.protocol}//localhost${port}`];
}

export async function startLocalChain({ hre, port, dappOrigins = [], onEvent }: LocalChainOptions): Promise<LocalChain> {
  const connection = await hre.network.create({ network: "node" });
  let guard: GuardServer;
  try {
    guard = await startGuardServer({ provider: connection.provider, port, dappOrigins, ...(onEvent ? { onEvent } : {}) });
  } catch (error) {
    await connection.close();
    throw error;
  }
  return {
    url: guard.url,
    guard,
    allowDapp: (appUrl, extra = []) => guard.setDappOrigins([...new Set([...dappOrigins, ...extra, ...dappOriginsOf(appUrl)])]),
    close: async () => {
      await guard.close();
      await connection.close();
    },
  };
}

/**
 * Whether the node at `url` answers a page of another origin (a plain `hardhat node` does, with
 * `Access-Control-Allow-Origin: *`); npm start warns when it reuses such a node.
 */
export async function answersForeignPages(url: string): Promise<boolean> {
  try {
    const response = await fetch(url, {
      method: "POST",
      headers: { "content-type": "text/plain", origin: "http://foreign-page.invalid" },
      body: JSON.stringify({ jsonrpc: "2.0", id: 1, method: "eth_chainId", params: [] }),
      signal: AbortSignal.timeout(2000),
    });
    return response.ok;
  } catch {
    return false;
  }
}
