/**
 * The relay npm start gives the indexer while it seeds (scripts/indexer/rpc-gate.ts): requests wait
 * until it is opened, then reach the node unchanged; a request never waits past the hold limit;
 * only POSTs are relayed, and never a web page's (threat model §3.13).
 */
import { expect } from "chai";
import { createServer, type Server } from "node:http";
import { asksOnlyConstants, startRpcGate, type RpcGate } from "../../scripts/indexer/rpc-gate.js";

describe("rpc gate (the indexer's reads wait for the seed)", () => {
  let node: Server;
  let nodeUrl: string;
  const seen: string[] = [];
  const gates: RpcGate[] = [];

  before(async () => {
    node = createServer((req, res) => {
      let body = "";
      req.on("data", (c: Buffer) => (body += c.toString()));
      req.on("end", () => {
        seen.push(body);
        const { id } = JSON.parse(body) as { id: number };
        res.writeHead(200, { "content-type": "application/json" }).end(JSON.stringify({ jsonrpc: "2.0", id, result: "0x7a69" }));
      });
    });
    await new Promise<void>((resolve) => node.listen(0, "127.0.0.1", resolve));
    const address = node.address();
    nodeUrl = `http://127.0.0.1:${typeof address === "object" && address ? address.port : 0}`;
  });
  after(async () => {
    await Promise.all(gates.map((g) => g.close()));
    await new Promise<void>((resolve) => node.close(() => resolve()));
  });

  const call = (url: string, id: number, method = "eth_chainId") =>
    fetch(url, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ jsonrpc: "2.0", id, method, params: [] }) });

  it("holds a request until it is opened, then relays the node's answer unchanged", async () => {
    const gate = await startRpcGate(nodeUrl, { maxHoldMs: 60_000 });
    gates.push(gate);
    expect(gate.url).to.match(/^http:\/\/127\.0\.0\.1:\d+$/);
    const before = seen.length;
    let settled = false;
    const pending = call(gate.url, 7, "eth_blockNumber").then(async (r) => {
      settled = true;
      return r;
    });
    await new Promise((r) => setTimeout(r, 300));
    expect(settled, "held while closed").to.equal(false);
    expect(seen.length, "nothing reached the node").to.equal(before);
    gate.open();
    const answer = await pending;
    expect(answer.status).to.equal(200);
    expect(await answer.json()).to.deep.equal({ jsonrpc: "2.0", id: 7, result: "0x7a69" });
    expect(JSON.parse(seen[seen.length - 1] as string)).to.include({ id: 7, method: "eth_blockNumber" });
    // once open, requests pass at once
    const started = Date.now();
    expect((await (await call(gate.url, 8)).json()) as { id: number }).to.include({ id: 8 });
    expect(Date.now() - started).to.be.below(2_000);
  });

  it("lets constant facts (eth_chainId, net_version) through at once, so the indexer finishes starting up", async () => {
    const gate = await startRpcGate(nodeUrl, { maxHoldMs: 60_000 });
    gates.push(gate);
    const started = Date.now();
    expect((await (await call(gate.url, 10)).json()) as { id: number }).to.include({ id: 10, result: "0x7a69" });
    expect(Date.now() - started).to.be.below(2_000);
    expect(asksOnlyConstants(JSON.stringify([{ method: "eth_chainId" }, { method: "net_version" }]))).to.equal(true);
    expect(asksOnlyConstants(JSON.stringify([{ method: "eth_chainId" }, { method: "eth_blockNumber" }]))).to.equal(false);
    expect(asksOnlyConstants(JSON.stringify({ method: "eth_getLogs" }))).to.equal(false);
    expect(asksOnlyConstants("not json")).to.equal(false);
  });

  it("never holds a request past its limit, so the indexer is made to wait but never failed", async () => {
    const gate = await startRpcGate(nodeUrl, { maxHoldMs: 200 });
    gates.push(gate);
    const answer = await call(gate.url, 9, "eth_getLogs");
    expect(answer.status).to.equal(200);
    expect(await answer.json()).to.include({ id: 9 });
  });

  it("relays only JSON-RPC POSTs, and never a web page's: no page reaches the dev accounts through it", async () => {
    const gate = await startRpcGate(nodeUrl);
    gates.push(gate);
    gate.open();
    expect((await fetch(gate.url)).status).to.equal(405);
    const before = seen.length;
    const fromPage = await fetch(gate.url, {
      method: "POST",
      headers: { "content-type": "text/plain", origin: "http://foreign-page.invalid" },
      body: JSON.stringify({ jsonrpc: "2.0", id: 1, method: "eth_sendTransaction", params: [{}] }),
    });
    expect(fromPage.status).to.equal(403);
    expect(fromPage.headers.get("access-control-allow-origin")).to.equal(null);
    expect(seen.length, "nothing reached the node").to.equal(before);
  });
});
