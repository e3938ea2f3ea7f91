/**
 * A JSON-RPC relay on 127.0.0.1 that holds every request until it is opened, then passes each one
 * to the node unchanged. `npm start` gives it to the indexer while the sample is being seeded: Ponder
 * spends its first seconds starting up (loading, building its config, opening the database), and
 * its first chain read then waits here until the seed is on chain and final, so the indexer starts
 * up beside the seeding yet indexes the seed in bulk rather than block by block.
 *
 * Calls whose answer never changes (`eth_chainId`, `net_version`) pass at once, so that Ponder
 * finishes starting up meanwhile. Other requests wait at most `maxHoldMs` each (default 8 s, under
 * the 10 s timeout of Ponder's transport), then go through anyway: the indexer is never failed by
 * the gate, only made to wait.
 *
 * Like the node's guard (threat model §3.13), it never serves a web page: a request carrying an
 * `Origin` header (every browser sends one with a cross-origin POST) is refused, so no page can use
 * the relay to reach the dev accounts behind it. Only POSTs are relayed.
 */
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";

export interface RpcGate {
  /** http://127.0.0.1:<port> */
  url: string;
  /** Lets every held and later request through. */
  open(): void;
  close(): Promise<void>;
}

const HOST = "127.0.0.1";
/** Calls answered the same before and after seeding: never held. */
const CONSTANT_METHODS = new Set(["eth_chainId", "net_version", "web3_clientVersion"]);

/** Whether a JSON-RPC body (one call or a batch) asks only for constant facts. */
export function asksOnlyConstants(body: string): boolean {
  try {
    const parsed = JSON.parse(body) as unknown;
    const calls = Array.isArray(parsed) ? parsed : [parsed];
    return calls.length > 0 && calls.every((c) => typeof c === "object" && c !== null && CONSTANT_METHODS.has(String((c as { method?: unknown }).method)));
  } catch {
    return false;
  }
}

async function readBody(req: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString("utf8");
}

export async function startRpcGate(target: string, { maxHoldMs = 8_000 }: { maxHoldMs?: number } = {}): Promise<RpcGate> {
  let release!: () => void;
  const opened = new Promise<void>((resolve) => (release = resolve));
  let isOpen = false;

  const relay = async (req: IncomingMessage, res: ServerResponse) => {
    const body = await readBody(req);
    if (!isOpen && !asksOnlyConstants(body)) {
      let timer: NodeJS.Timeout | undefined;
      await Promise.race([opened, new Promise((r) => (timer = setTimeout(r, maxHoldMs)))]);
      clearTimeout(timer); // no timer outlives its request (it would keep a process alive)
    }
    try {
      const answer = await fetch(target, { method: "POST", headers: { "content-type": "application/json" }, body });
      res.writeHead(answer.status, { "content-type": answer.headers.get("content-type") ?? "application/json" });
      res.end(Buffer.from(await answer.arrayBuffer()));
    } catch (error) {
      res.writeHead(502, { "content-type": "text/plain" });
      res.end(`relay to ${target} failed: ${(error as Error).message}`);
    }
  };
  const server = createServer((req, res) => {
    if (req.headers.origin !== undefined) {
      res.writeHead(403, { "content-type": "text/plain" }).end("the indexer's relay answers no web page");
      return;
    }
    if (req.method !== "POST") {
      res.writeHead(405, { allow: "POST" }).end();
      return;
    }
    void relay(req, res);
  });
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(0, HOST, () => resolve());
  });
  const address = server.address();
  if (!address || typeof address !== "object") throw new Error("rpc gate: no port");
  return {
    url: `http://${HOST}:${address.port}`,
    open() {
      isOpen = true;
      release();
    },
    close: () =>
      new Promise<void>((resolve) => {
        release();
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
