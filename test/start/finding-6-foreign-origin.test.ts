/**
 * Issue 9, finding 6 ("the local node signs for anyone on the web"), in headless Chromium against
 * the chain exactly as `npm start` runs it (scripts/start/local-chain.ts: the in-process Hardhat
 * chain behind the JSON-RPC guard). A page served from another loopback origin tries everything a
 * page can: fetch() POSTs as application/json (preflighted) and as the text/plain "simple request"
 * (not preflighted), `no-cors`, batches, a cross-site text/plain form, eth_sendTransaction as
 * account #0 (the programme office), eth_accounts, eth_sign, a WebSocket. Every one is refused by the guard and the chain does not
 * move; the dApp's own origin still reads, signs and sends.
 */
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { expect } from "chai";
import hre from "hardhat";
import type { Browser } from "playwright-core";
import { launchChromium } from "../../bench/scale/pages.js";
import type { GuardEvent } from "../../scripts/node-guard/guard-server.js";
import { startLocalChain, type LocalChain } from "../../scripts/start/local-chain.js";

const OFFICE = "0xf39Fd6e51aad88F6F4ce6aB8827279cffFb92266"; // dev account #0: the programme office
const OTHER = "0x70997970C51812dc3A010C7d01b50e0d17dc79C8"; // dev account #1

/** A loopback server with one page running `script` (plain browser JavaScript): an origin of its own. */
async function pageServer(title: string, script: () => string): Promise<{ server: Server; url: string }> {
  const server = createServer((_req, res) => {
    res.setHeader("content-type", "text/html");
    res.end(`<!doctype html><title>${title}</title><p>${title}</p><script type="module">${script()}</script>`);
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  return { server, url: `http://127.0.0.1:${(server.address() as AddressInfo).port}` };
}

/** The other site's script: every way a page can try to reach the node; `window.outcomes` when done. */
const ATTACK = (rpcUrl: string) => `
  const out = {};
  const office = ${JSON.stringify(OFFICE)}, other = ${JSON.stringify(OTHER)}, rpcUrl = ${JSON.stringify(rpcUrl)};
  const body = (method, params) => JSON.stringify({ jsonrpc: "2.0", id: 1, method, params });
  const tx = [{ from: office, to: other, value: "0x1" }];
  const attempt = async (name, init) => {
    try {
      const response = await fetch(rpcUrl, { method: "POST", ...init });
      out[name] = "status " + response.status + " " + response.type + " " + (await response.text().catch(() => ""));
    } catch (error) {
      out[name] = "error " + error.message;
    }
  };
  const json = { "content-type": "application/json" };
  const text = { "content-type": "text/plain" };
  await attempt("eth_sendTransaction as application/json", { headers: json, body: body("eth_sendTransaction", tx) });
  await attempt("eth_sendTransaction as text/plain", { headers: text, body: body("eth_sendTransaction", tx) });
  await attempt("eth_sendTransaction, no-cors", { mode: "no-cors", headers: text, body: body("eth_sendTransaction", tx) });
  await attempt("batch: eth_sendTransaction + evm_mine as text/plain", {
    headers: text,
    body: JSON.stringify([JSON.parse(body("eth_sendTransaction", tx)), { jsonrpc: "2.0", id: 2, method: "evm_mine", params: [] }]),
  });
  await attempt("eth_accounts as application/json", { headers: json, body: body("eth_accounts", []) });
  await attempt("eth_accounts as text/plain", { headers: text, body: body("eth_accounts", []) });
  await attempt("eth_sign as text/plain", { headers: text, body: body("eth_sign", [office, "0xdeadbeef"]) });
  await attempt("eth_blockNumber as text/plain", { headers: text, body: body("eth_blockNumber", []) });
  out["WebSocket"] = await new Promise((resolve) => {
    const ws = new WebSocket(rpcUrl.replace("http://", "ws://"));
    ws.onopen = () => {
      ws.send(body("eth_sendTransaction", tx));
      resolve("open");
    };
    ws.onerror = () => resolve("error");
  });
  // the classic cross-site form: a text/plain POST whose "name=value" body is JSON, into a hidden frame
  out["form POST (text/plain)"] = await new Promise((resolve) => {
    const frame = document.createElement("iframe");
    frame.name = "sink";
    document.body.append(frame);
    const form = document.createElement("form");
    Object.assign(form, { method: "POST", action: rpcUrl, enctype: "text/plain", target: "sink" });
    const input = document.createElement("input");
    input.type = "hidden";
    input.name = body("eth_sendTransaction", tx).slice(0, -1) + ',"pad":"';
    input.value = '"}';
    form.append(input);
    document.body.append(form);
    frame.onload = () => resolve("submitted");
    setTimeout(() => resolve("submitted (no load event)"), 3000);
    form.submit();
  });
  window.outcomes = out;
`;

/** The dApp's script: reads, signs and sends through the node's dev account #0. */
const DAPP = (rpcUrl: string) => `
  const call = async (method, params) => {
    const response = await fetch(${JSON.stringify(rpcUrl)}, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ jsonrpc: "2.0", id: 1, method, params }) });
    return (await response.json()).result;
  };
  const office = ${JSON.stringify(OFFICE)}, other = ${JSON.stringify(OTHER)};
  const result = { chainId: await call("eth_chainId", []), accounts: (await call("eth_accounts", [])).length };
  result.signature = await call("eth_sign", [office, "0xdeadbeef"]);
  result.hash = await call("eth_sendTransaction", [{ from: office, to: other, value: "0x1" }]);
  window.outcomes = result;
`;

/** Opens `url` in a fresh context and returns what its script left in `window.outcomes`. */
async function runPage<T>(browser: Browser, url: string): Promise<T> {
  const context = await browser.newContext();
  try {
    const page = await context.newPage();
    await page.goto(url);
    await page.waitForFunction("window.outcomes !== undefined", undefined, { timeout: 20_000 });
    return (await page.evaluate("window.outcomes")) as T;
  } finally {
    await context.close();
  }
}

/** What the page's attempts came to: "error …" (the browser got no readable answer) or "status …". */
type Outcomes = Record<string, string>;

describe("finding 6: the local node answers only the dApp (Chromium)", function () {
  this.timeout(60_000);

  let chain: LocalChain;
  let browser: Browser;
  let dapp: { server: Server; url: string };
  let foreign: { server: Server; url: string };
  const events: GuardEvent[] = [];

  /** JSON-RPC from this test process: no Origin, as scripts and the indexer send. */
  const rpc = async <T>(method: string, params: unknown[] = []): Promise<T> => {
    const response = await fetch(chain.url, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ jsonrpc: "2.0", id: 1, method, params }),
    });
    const body = (await response.json()) as { result?: T; error?: { message: string } };
    if (body.error) throw new Error(body.error.message);
    return body.result as T;
  };
  const chainState = async () => ({
    block: await rpc<string>("eth_blockNumber"),
    officeNonce: await rpc<string>("eth_getTransactionCount", [OFFICE, "pending"]),
    otherBalance: await rpc<string>("eth_getBalance", [OTHER, "latest"]),
  });

  before(async () => {
    chain = await startLocalChain({ hre, port: 0, onEvent: (e) => events.push(e) });
    [dapp, foreign] = await Promise.all([pageServer("the dApp", () => DAPP(chain.url)), pageServer("another site", () => ATTACK(chain.url))]);
    // as npm start does once the dev server has printed its URL
    chain.allowDapp(`${dapp.url}/`);
    browser = await launchChromium();
  });

  after(async () => {
    await browser?.close();
    await chain?.close();
    for (const s of [dapp, foreign]) if (s) await new Promise((r) => s.server.close(r));
  });

  it("finding 6: a page on another origin cannot make the local node sign or send", async () => {
    const before = await chainState();
    const outcomes = await runPage<Outcomes>(browser, foreign.url);

    // the page never got an answer it could read: a CORS failure, or an opaque no-cors response
    for (const [name, outcome] of Object.entries(outcomes)) {
      if (name === "WebSocket") expect(outcome, name).to.equal("error");
      else if (name.startsWith("form")) expect(outcome, name).to.match(/^submitted/);
      else if (name.includes("no-cors")) expect(outcome, name).to.match(/^status 0 opaque $/);
      else expect(outcome, name).to.match(/^error /);
    }
    // and every request of that origin that reached the guard was refused there, none passed
    const fromPage = events.filter((e) => e.origin === foreign.url);
    expect(fromPage.length).to.be.greaterThan(0);
    expect(fromPage.filter((e) => e.decision.action !== "refuse" && e.decision.action !== "refuse-upgrade")).to.deep.equal([]);
    // the simple requests (text/plain, no preflight) did arrive, as POSTs, and were refused with 403
    const posts = fromPage.filter((e) => e.httpMethod === "POST");
    expect(posts.flatMap((e) => e.rpcMethods)).to.include.members(["eth_sendTransaction", "evm_mine", "eth_accounts", "eth_sign"]);
    for (const e of posts) expect(e.decision).to.include({ action: "refuse", status: 403, refusal: "foreign-origin" });
    // text/plain fetch, no-cors fetch and the form each carried eth_sendTransaction alone
    expect(posts.filter((e) => e.rpcMethods.join() === "eth_sendTransaction").length).to.be.at.least(3);
    // the application/json ones stopped at their refused preflight
    expect(fromPage.some((e) => e.httpMethod === "OPTIONS")).to.equal(true);
    expect(fromPage.some((e) => e.httpMethod === "UPGRADE")).to.equal(true);

    // nothing happened on chain: no block, no transaction from the office, no value moved
    expect(await chainState()).to.deep.equal(before);
  });

  it("finding 6: the dApp's own origin still reads, signs and sends", async () => {
    const before = await chainState();
    const result = await runPage<{ chainId: string; accounts: number; signature: string; hash: string }>(browser, dapp.url);
    expect(result.chainId).to.equal("0x7a69");
    expect(result.accounts).to.be.greaterThan(200);
    expect(result.signature).to.match(/^0x[0-9a-f]{130}$/);
    expect(result.hash).to.match(/^0x[0-9a-f]{64}$/);
    const after = await chainState();
    expect(BigInt(after.block)).to.equal(BigInt(before.block) + 1n);
    expect(BigInt(after.officeNonce)).to.equal(BigInt(before.officeNonce) + 1n);
    expect(BigInt(after.otherBalance)).to.equal(BigInt(before.otherBalance) + 1n);
  });
});
