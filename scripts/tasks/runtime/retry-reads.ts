/**
 * Reads that survive a dropped connection: a node under load (or an idle
 * keep-alive socket it closes just as a new request goes out) fails a request
 * with "other side closed", "socket hang up" or "cannot connect" although the
 * node is fine. Read-only JSON-RPC methods are tried again, a few times with a
 * short pause; writes never are (a retried send could send twice).
 */
import { inspect } from "node:util";
import { errorMessages } from "@pilot/sdk/readPaging";

const READ_METHODS = new Set([
  "eth_call",
  "eth_getLogs",
  "eth_getBlockByNumber",
  "eth_getBlockByHash",
  "eth_blockNumber",
  "eth_chainId",
  "net_version",
  "eth_getCode",
  "eth_getTransactionCount",
  "eth_getTransactionReceipt",
  "eth_getBalance",
  "eth_accounts",
  "eth_estimateGas",
]);

const DROPPED = /other side closed|socket hang up|ECONNRESET|UND_ERR_SOCKET|Cannot connect to the network|ECONNREFUSED|UND_ERR_CONNECT_TIMEOUT/i;

export function isDroppedConnection(error: unknown): boolean {
  return errorMessages(error).some((m) => DROPPED.test(m)) || DROPPED.test(inspect(error, { depth: 4 }));
}

interface Eip1193 {
  request(args: { method: string; params?: unknown[] | object }): Promise<unknown>;
}

/** Makes `provider.request` retry read-only methods on a dropped connection (`attempts` tries in all). */
export function retryReads(provider: Eip1193, attempts = 4, pauseMs = 250): void {
  const request = provider.request.bind(provider);
  provider.request = async (args) => {
    if (!READ_METHODS.has(args.method)) return request(args);
    for (let i = 1; ; i++) {
      try {
        return await request(args);
      } catch (error) {
        if (i >= attempts || !isDroppedConnection(error)) throw error;
        await new Promise((r) => setTimeout(r, pauseMs * i));
      }
    }
  };
}
