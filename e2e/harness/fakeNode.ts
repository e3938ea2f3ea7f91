/**
 * A tiny JSON-RPC node for UI tests that need a reachable RPC without Hardhat:
 * eth_chainId, net_version, eth_blockNumber, eth_accounts, eth_signTypedData_v4 (dummy signature).
 * Answers batches and CORS preflights. Loopback only.
 */
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";

export interface FakeNode {
  readonly url: string;
  readonly accounts: readonly string[];
  /** HTTP requests received (a batch counts once). */
  readonly requests: () => number;
  stop(): Promise<void>;
}

export const FAKE_ACCOUNTS = ["0xf39fd6e51aad88f6f4ce6ab8827279cfffb92266", "0x70997970c51812dc3a010c7d01b50e0d17dc79c8"] as const;

interface Call {
  readonly id?: unknown;
  readonly method?: unknown;
}

export async function startFakeNode(port: number, chainId = 31337): Promise<FakeNode> {
  let block = 100;
  let requests = 0;
  const answer = (call: Call) => {
    const base = { jsonrpc: "2.0", id: call.id ?? null };
    switch (call.method) {
      case "eth_chainId":
        return { ...base, result: `0x${chainId.toString(16)}` };
      case "net_version":
        return { ...base, result: String(chainId) };
      case "eth_blockNumber":
        return { ...base, result: `0x${(block++).toString(16)}` };
      case "eth_accounts":
        return { ...base, result: FAKE_ACCOUNTS };
      case "eth_signTypedData_v4":
        return { ...base, result: `0x${"ab".repeat(64)}1b` };
      default:
        return { ...base, error: { code: -32601, message: `method ${String(call.method)} not served by the fake node` } };
    }
  };
  const server = createServer((req: IncomingMessage, res: ServerResponse) => {
    res.setHeader("access-control-allow-origin", "*");
    res.setHeader("access-control-allow-headers", "content-type");
    res.setHeader("access-control-allow-methods", "POST, OPTIONS");
    if (req.method === "OPTIONS") return void res.writeHead(204).end();
    requests++;
    let body = "";
    req.on("data", (d: Buffer) => (body += d.toString()));
    req.on("end", () => {
      let out: unknown;
      try {
        const parsed: unknown = JSON.parse(body);
        out = Array.isArray(parsed) ? parsed.map((c: Call) => answer(c)) : answer(parsed as Call);
      } catch {
        out = { jsonrpc: "2.0", id: null, error: { code: -32700, message: "parse error" } };
      }
      res.writeHead(200, { "content-type": "application/json" }).end(JSON.stringify(out));
    });
  });
  await new Promise<void>((ok) => server.listen(port, "127.0.0.1", ok));
  return {
    url: `http://127.0.0.1:${port}`,
    accounts: FAKE_ACCOUNTS,
    requests: () => requests,
    stop: () => new Promise<void>((ok) => server.close(() => ok())),
  };
}
