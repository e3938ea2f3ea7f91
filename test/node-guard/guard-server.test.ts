/**
 * The JSON-RPC guard's HTTP server (scripts/node-guard/guard-server.ts) around a recording fake
 * provider: what reaches the chain, what is answered, with which headers.
 */
import { request } from "node:http";
import { expect } from "chai";
import { REFUSED_CODE, startGuardServer, toJsonRpcError, type GuardEvent, type GuardServer } from "../../scripts/node-guard/guard-server.js";

const DAPP = "http://127.0.0.1:5173";

class RevertError extends Error {
  code = 3;
  data = "0x08c379a0";
}

describe("node guard: HTTP server", () => {
  let guard: GuardServer;
  const calls: string[] = [];
  const events: GuardEvent[] = [];
  const provider = {
    async request({ method, params }: { method: string; params?: unknown[] | object }) {
      calls.push(method);
      if (method === "eth_call") throw new RevertError("execution reverted");
      if (method === "boom") throw new Error("internal");
      return { method, params };
    },
  };

  before(async () => {
    guard = await startGuardServer({ provider, port: 0, dappOrigins: [DAPP], onEvent: (e) => events.push(e) });
  });
  after(() => guard.close());
  beforeEach(() => {
    calls.length = 0;
    events.length = 0;
  });

  const send = async (body: string, headers: Record<string, string> = {}, method = "POST") => {
    const response = await fetch(guard.url, { method, headers: { "content-type": "application/json", ...headers }, ...(method === "POST" ? { body } : {}) });
    const text = await response.text();
    return { status: response.status, headers: response.headers, json: text ? (JSON.parse(text) as unknown) : undefined };
  };
  const call = (method: string, id: number = 1) => ({ jsonrpc: "2.0", id, method, params: [] });

  it("listens on 127.0.0.1 only, and refuses to listen elsewhere", async () => {
    expect(guard.url).to.match(/^http:\/\/127\.0\.0\.1:\d+$/);
    let error: Error | undefined;
    await startGuardServer({ provider, port: 0, host: "0.0.0.0" }).catch((e: Error) => (error = e));
    expect(error?.message).to.equal("the JSON-RPC guard listens on a loopback address only, not 0.0.0.0");
  });

  it("passes a request without Origin to the chain unchanged, answers without CORS headers", async () => {
    const r = await send(JSON.stringify(call("eth_sendTransaction", 7)));
    expect(r.status).to.equal(200);
    expect(r.json).to.deep.equal({ jsonrpc: "2.0", id: 7, result: { method: "eth_sendTransaction", params: [] } });
    expect(r.headers.get("access-control-allow-origin")).to.equal(null);
    expect(calls).to.deep.equal(["eth_sendTransaction"]);
  });

  it("answers errors as hardhat node does: a revert's data raw (code 3), others wrapped", async () => {
    const r = await send(JSON.stringify([call("eth_call", 1), call("boom", 2)]));
    expect(r.json).to.deep.equal([
      { jsonrpc: "2.0", id: 1, error: { code: 3, message: "execution reverted", data: "0x08c379a0" } },
      { jsonrpc: "2.0", id: 2, error: { code: -32603, message: "internal", data: { message: "internal" } } },
    ]);
    expect(toJsonRpcError({ code: -32000, message: "m", data: { data: "0x12", transactionHash: "0xab", reason: "r" } })).to.deep.equal({
      code: -32000,
      message: "m",
      data: { message: "m", txHash: "0xab", data: "0x12", reason: "r" },
    });
  });

  it("answers a batch in order, one answer per call; invalid calls get -32600, a non-JSON body -32700", async () => {
    const r = await send(JSON.stringify([call("a", 1), { id: 2, method: "no-jsonrpc-field" }, call("b", 3)]));
    expect((r.json as { id: number }[]).map((x) => x.id)).to.deep.equal([1, 2, 3]);
    expect((r.json as { error?: { code: number } }[])[1]?.error?.code).to.equal(-32600);
    expect(calls).to.deep.equal(["a", "b"]);
    const bad = await send("{not json");
    expect(bad.json).to.deep.include({ error: { code: -32700, message: "Parse error: the body is not JSON" } });
  });

  it("gives the dApp's origin CORS for itself, and its preflight", async () => {
    const r = await send(JSON.stringify(call("eth_accounts")), { origin: DAPP });
    expect(r.status).to.equal(200);
    expect(r.headers.get("access-control-allow-origin")).to.equal(DAPP);
    expect(r.headers.get("vary")).to.equal("Origin");
    const pre = await send("", { origin: DAPP, "access-control-request-method": "POST", "access-control-request-headers": "content-type" }, "OPTIONS");
    expect(pre.status).to.equal(204);
    expect(pre.headers.get("access-control-allow-origin")).to.equal(DAPP);
    expect(pre.headers.get("access-control-allow-methods")).to.equal("POST, OPTIONS");
    expect(pre.headers.get("access-control-allow-headers")).to.equal("content-type");
  });

  it("refuses another origin with 403, no CORS allowance, and nothing reaches the chain", async () => {
    for (const contentType of ["application/json", "text/plain"]) {
      const r = await send(JSON.stringify(call("eth_sendTransaction")), { origin: "http://evil.example", "content-type": contentType });
      expect(r.status).to.equal(403);
      expect(r.headers.get("access-control-allow-origin")).to.equal(null);
      expect(r.json).to.deep.equal({
        jsonrpc: "2.0",
        id: null,
        error: { code: REFUSED_CODE, message: "refused: this local node answers only the dApp started by npm start, not other web pages" },
      });
    }
    const pre = await send("", { origin: "http://evil.example", "access-control-request-method": "POST" }, "OPTIONS");
    expect(pre.status).to.equal(403);
    expect(pre.headers.get("access-control-allow-origin")).to.equal(null);
    expect(calls).to.deep.equal([]);
    expect(events.map((e) => e.decision.action)).to.deep.equal(["refuse", "refuse", "refuse"]);
  });

  it("refuses a wallet extension's batch as a whole when one call uses the node's keys", async () => {
    const wallet = "chrome-extension://nkbihfbeogaeaoehlefnkodbefgpgknn";
    const r = await send(JSON.stringify([call("eth_chainId", 1), call("eth_sendTransaction", 2)]), { origin: wallet });
    expect(r.status).to.equal(403);
    expect(calls).to.deep.equal([]);
    const ok = await send(JSON.stringify([call("eth_chainId", 1), call("eth_sendRawTransaction", 2)]), { origin: wallet });
    expect(ok.status).to.equal(200);
    expect(ok.headers.get("access-control-allow-origin")).to.equal(wallet);
    expect(calls).to.deep.equal(["eth_chainId", "eth_sendRawTransaction"]);
  });

  it("takes the dApp's origin once it is known (setDappOrigins)", async () => {
    const later = "http://127.0.0.1:5174";
    expect((await send(JSON.stringify(call("eth_chainId")), { origin: later })).status).to.equal(403);
    guard.setDappOrigins([DAPP, later]);
    expect((await send(JSON.stringify(call("eth_chainId")), { origin: later })).status).to.equal(200);
    guard.setDappOrigins([DAPP]);
  });

  it("serves POST and OPTIONS only (GET: 405)", async () => {
    const r = await send("", { origin: DAPP }, "GET");
    expect(r.status).to.equal(405);
  });

  it("refuses a Host that is not loopback (DNS rebinding)", async () => {
    const status = await new Promise<number | undefined>((resolve, reject) => {
      const req = request(guard.url, { method: "POST", headers: { host: "evil.example:8545", "content-type": "application/json" } }, (res) => {
        res.resume();
        resolve(res.statusCode);
      });
      req.on("error", reject);
      req.end(JSON.stringify(call("eth_chainId")));
    });
    expect(status).to.equal(403);
    expect(calls).to.deep.equal([]);
  });

  it("serves no WebSocket (browsers apply no CORS to it): the upgrade is refused for everyone", async () => {
    const status = await new Promise<string>((resolve, reject) => {
      const req = request(guard.url, {
        headers: { connection: "Upgrade", upgrade: "websocket", "sec-websocket-version": "13", "sec-websocket-key": "dGhlIHNhbXBsZSBub25jZQ==" },
      });
      req.on("upgrade", () => resolve("upgraded"));
      req.on("response", (res) => resolve(String(res.statusCode)));
      req.on("error", reject);
      req.end();
    });
    expect(status).to.equal("403");
    expect(events.map((e) => e.decision.action)).to.deep.equal(["refuse-upgrade"]);
  });

  it("refuses a body over its limit with 413, before it reaches the chain", async () => {
    const small = await startGuardServer({ provider, port: 0, maxBodyBytes: 100 });
    try {
      const r = await fetch(small.url, { method: "POST", body: JSON.stringify([call("a"), call("b"), call("c"), call("d")]) });
      expect(r.status).to.equal(413);
      expect(calls).to.deep.equal([]);
    } finally {
      await small.close();
    }
  });
});
