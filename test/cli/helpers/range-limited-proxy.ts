/**
 * A JSON-RPC proxy on 127.0.0.1 in front of a node that refuses eth_getLogs over
 * more than `maxRange` blocks, as public providers do (without saying how many
 * it takes, so the client has to find out by halving). Everything else, and
 * every range it accepts, goes through to the node; single and batched requests.
 */
import { createServer, type IncomingMessage } from "node:http";
import type { AddressInfo } from "node:net";

interface RpcRequest {
  jsonrpc: "2.0";
  id: number | string | null;
  method: string;
  params?: unknown[];
}

export interface ProxyStats {
  /** eth_getLogs refused for their range */
  refused: number;
  /** eth_getLogs passed to the node */
  served: number;
  /** widest range (blocks) passed to the node */
  widest: number;
}

export interface RangeLimitedProxy {
  url: string;
  stats: ProxyStats;
  stop(): Promise<void>;
}

async function body(req: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString("utf8");
}

export async function startRangeLimitedProxy(target: string, maxRange: number): Promise<RangeLimitedProxy> {
  const stats: ProxyStats = { refused: 0, served: 0, widest: 0 };
  const forward = async (payload: unknown): Promise<unknown> => {
    const response = await fetch(target, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify(payload) });
    return response.json();
  };
  const head = async () => Number(((await forward({ jsonrpc: "2.0", id: 0, method: "eth_blockNumber" })) as { result: string }).result);
  const blockOf = async (tag: unknown): Promise<number> => (typeof tag === "string" && tag.startsWith("0x") ? Number(tag) : head());

  /** The refusal for `request`, or undefined to pass it on. */
  const check = async (request: RpcRequest): Promise<unknown> => {
    if (request.method !== "eth_getLogs") return undefined;
    const filter = (request.params?.[0] ?? {}) as { fromBlock?: string; toBlock?: string; blockHash?: string };
    if (filter.blockHash) return undefined;
    const span = (await blockOf(filter.toBlock ?? "latest")) - (await blockOf(filter.fromBlock ?? "latest")) + 1;
    if (span > maxRange) {
      stats.refused++;
      return { jsonrpc: "2.0", id: request.id, error: { code: -32005, message: "block range too large for this endpoint" } };
    }
    stats.served++;
    stats.widest = Math.max(stats.widest, span);
    return undefined;
  };

  const server = createServer((req, res) => {
    void (async () => {
      try {
        const parsed = JSON.parse(await body(req)) as RpcRequest | RpcRequest[];
        const list = Array.isArray(parsed) ? parsed : [parsed];
        const refusals = await Promise.all(list.map(check));
        const pass = list.filter((_, i) => refusals[i] === undefined);
        const answers = pass.length ? ((await forward(pass)) as { id: unknown }[]) : [];
        const byId = new Map(answers.map((a) => [a.id, a]));
        const replies = list.map((r, i) => refusals[i] ?? byId.get(r.id));
        res.writeHead(200, { "content-type": "application/json" });
        res.end(JSON.stringify(Array.isArray(parsed) ? replies : replies[0]));
      } catch (error) {
        res.writeHead(500, { "content-type": "text/plain" });
        res.end(String(error));
      }
    })();
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    stats,
    stop: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
