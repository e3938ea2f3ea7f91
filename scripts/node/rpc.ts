/**
 * A minimal JSON-RPC client over HTTP with batch requests: seeding sends
 * hundreds of transactions per HTTP round trip instead of one each. The one
 * client of the scripts, tests, bench and e2e harness for a node's JSON-RPC
 * (the dev methods a local node adds are in dev-methods.ts).
 */
import { request as httpRequest } from "node:http";
import { request as httpsRequest } from "node:https";

export interface RpcRequest {
  method: string;
  params: unknown[];
}

export class RpcError extends Error {
  readonly code?: number;
  readonly data?: unknown;

  constructor(message: string, code?: number, data?: unknown) {
    super(message);
    this.name = "RpcError";
    // fields set by hand, not as parameter properties: the e2e harness runs this file with erasable TypeScript only
    if (code !== undefined) this.code = code;
    if (data !== undefined) this.data = data;
  }
}

interface RpcResponse {
  id: number;
  result?: unknown;
  error?: { code: number; message: string; data?: unknown };
}

export class Rpc {
  #id = 0;
  readonly url: string;

  constructor(url: string) {
    this.url = url;
  }

  async call<T = unknown>(method: string, params: unknown[] = []): Promise<T> {
    const [result] = await this.batch([{ method, params }]);
    return result as T;
  }

  /** Sends `requests` in batches of `chunk`; results in request order. Throws on the first error. */
  async batch(requests: readonly RpcRequest[], chunk = 200): Promise<unknown[]> {
    const settled = await this.batchSettled(requests, chunk);
    return settled.map((r) => {
      if (r instanceof RpcError) throw r;
      return r;
    });
  }

  /** Like {@link batch}, but an error answers its own slot instead of throwing. */
  async batchSettled(requests: readonly RpcRequest[], chunk = 200): Promise<(unknown | RpcError)[]> {
    const out: (unknown | RpcError)[] = [];
    for (let i = 0; i < requests.length; i += chunk) {
      const slice = requests.slice(i, i + chunk);
      const body = slice.map((r) => ({ jsonrpc: "2.0", id: ++this.#id, method: r.method, params: r.params }));
      const answers = JSON.parse(await post(this.url, JSON.stringify(body))) as RpcResponse[] | RpcResponse;
      const list = Array.isArray(answers) ? answers : [answers];
      const byId = new Map(list.map((a) => [a.id, a]));
      for (const req of body) {
        const a = byId.get(req.id);
        if (!a) out.push(new RpcError(`${req.method}: no answer`));
        else if (a.error) out.push(new RpcError(`${req.method}: ${a.error.message}`, a.error.code, a.error.data));
        else out.push(a.result);
      }
    }
    return out;
  }
}

/**
 * One POST on a fresh connection (no keep-alive): a reused socket that the node's
 * HTTP server has just closed would fail a non-idempotent eth_sendTransaction batch.
 */
function post(url: string, body: string): Promise<string> {
  const target = new URL(url);
  const send = target.protocol === "https:" ? httpsRequest : httpRequest;
  return new Promise((resolve, reject) => {
    const req = send(
      target,
      { method: "POST", agent: false, headers: { "content-type": "application/json", "content-length": Buffer.byteLength(body) } },
      (res) => {
        const chunks: Buffer[] = [];
        res.on("data", (c: Buffer) => chunks.push(c));
        res.on("end", () => {
          const text = Buffer.concat(chunks).toString("utf8");
          if (res.statusCode !== undefined && res.statusCode >= 400 && !text.startsWith("[") && !text.startsWith("{")) {
            reject(new RpcError(`${url}: HTTP ${res.statusCode}`));
          } else resolve(text);
        });
        res.on("error", reject);
      },
    );
    req.on("error", (error) => reject(new RpcError(`${url}: ${error.message}`)));
    req.end(body);
  });
}

/** True when a JSON-RPC node answers at `url` (eth_chainId) within `timeoutMs`. */
export async function isRpcUp(url: string, timeoutMs = 1000): Promise<boolean> {
  try {
    const response = await fetch(url, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ jsonrpc: "2.0", id: 1, method: "eth_chainId", params: [] }),
      signal: AbortSignal.timeout(timeoutMs),
    });
    if (!response.ok) return false;
    const body = (await response.json()) as RpcResponse;
    return typeof body.result === "string";
  } catch {
    return false;
  }
}

/** One call to the node at `url` on a fresh connection: its result, or an {@link RpcError} `<method>: <message>`. */
export function rpcCall<T = unknown>(url: string, method: string, params: readonly unknown[] = []): Promise<T> {
  return new Rpc(url).call<T>(method, [...params]);
}
