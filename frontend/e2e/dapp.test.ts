/**
 * The dApp end to end, in headless Chromium, against a REAL Hardhat node this
 * test starts on a free 127.0.0.1 port, deploys and seeds with the full sample
 * (15 zones, 164 entities, ~300 projects, ~2,000 attestations). The wallet is
 * the injected EIP-1193 provider announced via EIP-6963 (harness), forwarding
 * to the node's unlocked accounts. Each scenario saves a screenshot under
 * <repo>/test-results/. The entities page's JSON-RPC request count and render
 * time go to bench/results/dapp.json (a benchmark figure, not a timed test).
 *
 * Run: npm run e2e -w frontend
 */
import { after, before, describe, test } from "node:test";
import assert from "node:assert/strict";
import { createHash } from "node:crypto";
import { mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import type { Browser, Page } from "playwright-core";
import { createPublicClient, http, type Hex } from "viem";
import { pilotProgrammeAbi } from "../../sdk/generated/abis.ts";
import {
  REPO_ROOT,
  VIEWPORTS,
  buildApp,
  countRpcRequests,
  deployAndSeed,
  installE2EWallet,
  launchBrowser,
  newPage,
  planSeed,
  screenshot,
  serveApp,
  startHardhatNode,
  walletRejectNext,
  walletLog,
  walletSetAccounts,
  walletSetChain,
  type HardhatNode,
  type RunningApp,
  type SeedPlan,
} from "./harness/index.ts";

let node: HardhatNode;
let plan: SeedPlan;
let app: RunningApp;
let outDir: string;
let browser: Browser;
const t0 = Date.now();

/** Two documents: A gets attested (then revoked); B never is. */
const DOC_A = Buffer.from(`E2E progress report ${t0}\nAll milestones met.\n`);
const DOC_B = Buffer.from(`E2E unrelated memo ${t0}\n`);
const DOC_C = Buffer.from(`E2E delegated milestone ${t0}\n`);
const DOC_D = Buffer.from(`E2E signed then voided ${t0}\n`);
const sha = (b: Buffer): Hex => `0x${createHash("sha256").update(b).digest("hex")}`;

async function totals(): Promise<readonly [number, number, number, bigint]> {
  const client = createPublicClient({ transport: http(node.url) });
  return client.readContract({ address: plan.programme, abi: pilotProgrammeAbi, functionName: "totals" });
}

async function connect(page: Page): Promise<void> {
  await page.getByRole("button", { name: "Connect wallet" }).click();
  await page.getByRole("button", { name: "E2E Wallet" }).click();
  await page.getByTestId("wallet-connected").waitFor();
}

/** A page with the injected wallet holding `account`, connected, at `path`. */
async function walletPage(account: string, path: string, viewport: { width: number; height: number } = VIEWPORTS.desktop) {
  const ctx = await newPage(browser, viewport);
  await installE2EWallet(ctx.page, { rpcUrl: node.url, chainId: plan.chainId, accounts: [account] });
  await ctx.page.goto(`${app.url}${path}`);
  await connect(ctx.page);
  return ctx;
}

async function pickFile(page: Page, name: string, buffer: Buffer): Promise<void> {
  await page.getByLabel("choose a file").setInputFiles({ name, mimeType: "text/plain", buffer });
  await page.getByTestId("hash-result").filter({ hasText: sha(buffer) }).waitFor();
}

describe("dApp end to end (real Hardhat node, full sample)", { timeout: 240_000 }, () => {
  before(async () => {
    node = await startHardhatNode();
    plan = await planSeed(node.url);
    const deployment = {
      chainId: plan.chainId,
      name: "Hardhat local",
      rpcUrl: node.url,
      programme: plan.programme,
      reader: plan.reader,
      deploymentBlock: plan.deploymentBlock,
      accountLabels: plan.accountLabels,
    };
    // Build the app while the node is being seeded (the addresses are known in advance).
    const [dir, seeded] = await Promise.all([buildApp({ rpcUrl: node.url, chainId: plan.chainId, deployment }), deployAndSeed(node.url)]);
    outDir = dir;
    assert.equal(seeded.counts.failed, 0, "every sample transaction was accepted");
    console.log(`# seeded ${seeded.counts.entities} entities, ${seeded.counts.projects} projects, ${seeded.counts.attestations} attestations in ${seeded.seedMs} ms`);
    app = await serveApp(outDir);
    browser = await launchBrowser();
  });

  after(async () => {
    await browser?.close();
    await app?.stop();
    await node?.stop();
    if (outDir) rmSync(outDir, { recursive: true, force: true });
    console.log(`# e2e wall time ${((Date.now() - t0) / 1000).toFixed(1)} s`);
  });

  test("browse and filter the registry (and count the entities page's JSON-RPC requests)", async () => {
    // Benchmark: a cold entities page with the full sample.
    {
      const { context, page, errors } = await newPage(browser);
      const rpc = countRpcRequests(page, node.url);
      const start = Date.now();
      await page.goto(`${app.url}/entities`);
      await page.getByText("1–15 of 164").waitFor({ timeout: 30_000 });
      const renderMs = Date.now() - start;
      const requests = rpc.count();
      mkdirSync(join(REPO_ROOT, "bench", "results"), { recursive: true });
      const result = { requests, renderMs, entities: 164, methods: rpc.methods(), batches: rpc.batches(), measuredAt: new Date().toISOString(), note: "cold load of /entities (no wallet) against a local Hardhat node with the full sample; renderMs from navigation start to the first table page" };
      writeFileSync(join(REPO_ROOT, "bench", "results", "dapp.json"), JSON.stringify(result, null, 2) + "\n");
      console.log(`# entities page: ${requests} JSON-RPC HTTP requests (${rpc.methods().length} calls), rendered in ${renderMs} ms`);
      assert.ok(requests <= 5, `at most 5 JSON-RPC HTTP requests, got ${requests}: ${rpc.methods().join(", ")}`);
      assert.deepEqual(errors, []);

      // Filters: zone, type, field, status, then search.
      await page.getByLabel("Zone").selectOption(plan.entity.zone);
      await page.getByLabel("Type").selectOption("Hospital");
      const table = page.getByTestId("entities-table");
      await table.getByRole("link", { name: plan.entity.name }).waitFor();
      const counter = await page.locator(".pager .muted").first().textContent();
      assert.match(counter ?? "", /of \d+$/);
      await page.getByRole("searchbox", { name: "Search" }).fill(plan.entity.name.split(" ").slice(-2).join(" "));
      await table.getByRole("link", { name: plan.entity.name }).waitFor();
      assert.match(page.url(), /zone=/, "filters are kept in the URL");
      await screenshot(page, "e2e-entities-filtered");

      // Entity page: signers, projects, attestations.
      await table.getByRole("link", { name: plan.entity.name }).click();
      await page.getByRole("heading", { name: plan.entity.name, level: 1 }).waitFor();
      await page.getByTestId("entity-signers").getByText(plan.actors.signer.slice(0, 6)).waitFor();
      await page.getByRole("link", { name: plan.project.title }).first().waitFor();
      await page.locator('[data-testid="attestation"]').first().waitFor();
      await screenshot(page, "e2e-entity");
      await context.close();
    }
    // Overview on desktop and phone.
    for (const [name, viewport] of Object.entries(VIEWPORTS)) {
      const { context, page, errors } = await newPage(browser, viewport);
      await page.goto(app.url);
      await page.getByTestId("latest-attestations").waitFor({ timeout: 30_000 });
      const count = await page.getByTestId("attestation-count").textContent();
      assert.match(count ?? "", /^1,9\d\d$/, `about 2,000 attestations, saw ${count}`);
      if (name === "phone") {
        await page.getByRole("button", { name: "Menu" }).click();
        await page.getByRole("link", { name: "Zones", exact: true }).waitFor();
        await page.getByRole("button", { name: "Close" }).click();
      }
      await screenshot(page, `e2e-overview-${name}`);
      assert.deepEqual(errors, []);
      await context.close();
    }
    // Zones and a zone page with its administrators.
    const { context, page } = await newPage(browser);
    await page.goto(`${app.url}/zones`);
    await page.getByRole("link", { name: plan.entity.zone }).click();
    await page.getByTestId("zone-admins").getByText(plan.actors.zoneAdmin.slice(0, 6)).waitFor();
    await screenshot(page, "e2e-zone");
    await context.close();
  });

  test("attest a file as an entity and see it appear, live, on the project page", async () => {
    const before = await totals();
    // A reader keeps the project page open (no wallet) ...
    const watcher = await newPage(browser);
    await watcher.page.goto(`${app.url}/projects/${plan.project.id}`);
    await watcher.page.locator('[data-testid="attestation"]').first().waitFor({ timeout: 30_000 });

    // ... while the entity's signer attests.
    const { context, page, errors } = await walletPage(plan.actors.signer, `/attest?project=${plan.project.id}`);
    await page.getByTestId("attest-project").waitFor();
    assert.equal(await page.getByTestId("attest-project").inputValue(), String(plan.project.id));
    const kinds = await page.getByTestId("attest-kind").locator("option").allTextContents();
    assert.deepEqual(kinds, ["Progress report", "Milestone"], "an entity signer may issue progress reports and milestones only");
    await pickFile(page, "progress-report.txt", DOC_A);
    await page.getByLabel("Where the document can be found (optional, public)").fill("https://example.org/reports/e2e.pdf");
    await page.getByTestId("attest-send").click();
    await page.getByTestId("toast-confirmed").filter({ hasText: "Attest" }).waitFor({ timeout: 30_000 });
    await page.getByTestId("attest-done").waitFor();
    await screenshot(page, "e2e-attest-done");
    assert.equal((await totals())[3], before[3] + 1n);
    assert.deepEqual(errors, []);

    // The open project page shows it without a reload, with its link.
    const item = watcher.page.locator('[data-testid="attestation"]', { has: watcher.page.locator(`code[title="${sha(DOC_A)}"]`) });
    await item.waitFor({ timeout: 20_000 });
    await item.getByRole("link", { name: "https://example.org/reports/e2e.pdf" }).waitFor();
    await screenshot(watcher.page, "e2e-project-live");
    await watcher.context.close();
    await context.close();
  });

  test("sign an attestation (EIP-712), relay it from another account, see it", async () => {
    const { context, page } = await walletPage(plan.actors.signer, `/attest?project=${plan.project.id}`);
    await page.getByTestId("attest-kind").selectOption({ label: "Milestone" });
    await pickFile(page, "milestone.txt", DOC_C);
    await page.getByTestId("attest-sign").click();
    await page.getByTestId("signed-attestation").waitFor({ timeout: 20_000 });
    const [download] = await Promise.all([page.waitForEvent("download"), page.getByTestId("signed-download").click()]);
    const file = join(outDir, download.suggestedFilename());
    await download.saveAs(file);
    const signed = JSON.parse(readFileSync(file, "utf8")) as { format: string; attester: string; request: { contentHash: string } };
    assert.equal(signed.format, "pilot-programme/signed-attestation@1");
    assert.equal(signed.request.contentHash, sha(DOC_C));
    assert.ok((await walletLog(page)).includes("eth_signTypedData_v4"));

    // Another account (the relayer) uploads and relays it.
    await walletSetAccounts(page, [plan.actors.relayer]);
    await page.getByTestId("wallet-connected").filter({ hasText: plan.actors.relayer.slice(0, 6) }).waitFor();
    await page.getByRole("link", { name: "Relay", exact: true }).click();
    await page.getByTestId("relay-file").setInputFiles(file);
    await page.getByTestId("relay-summary").getByText("Milestone").waitFor();
    await page.getByTestId("relay-checks").waitFor();
    assert.equal(await page.locator(".check--bad").count(), 0, "chain, contract, deadline, nonce and signature all pass");
    await page.getByTestId("relay-submit").click();
    await page.getByTestId("relay-done").waitFor({ timeout: 30_000 });
    await screenshot(page, "e2e-relay");

    // The project timeline shows it, marked as signed and relayed, attested by the signer (not the relayer).
    await page.getByTestId("relay-done").getByRole("link").click();
    const item = page.locator('[data-testid="attestation"]', { has: page.locator(`code[title="${sha(DOC_C)}"]`) });
    await item.getByText("signed · relayed").waitFor({ timeout: 20_000 });
    assert.match((await item.textContent()) ?? "", new RegExp(plan.entity.name));
    await context.close();
  });

  test("void an unsent signed attestation: the relay is refused with a readable message", async () => {
    const { context, page } = await walletPage(plan.actors.signer, `/attest?project=${plan.project.id}`);
    await pickFile(page, "voided.txt", DOC_D);
    await page.getByTestId("attest-sign").click();
    await page.getByTestId("signed-attestation").waitFor({ timeout: 20_000 });
    const [download] = await Promise.all([page.waitForEvent("download"), page.getByTestId("signed-download").click()]);
    const file = join(outDir, download.suggestedFilename());
    await download.saveAs(file);
    const nonce = BigInt((JSON.parse(readFileSync(file, "utf8")) as { nonce: string }).nonce);
    const card = page.getByTestId("void-signatures");
    await card.getByTestId("signer-nonce").filter({ hasText: String(nonce) }).waitFor();
    // Two steps: the action, then an explicit confirmation.
    await card.getByTestId("void-start").click();
    await card.getByTestId("void-confirm").getByText(`from ${nonce} to ${nonce + 1n}`).waitFor();
    await card.getByTestId("void-confirm-button").click();
    await page.getByTestId("toast-confirmed").filter({ hasText: "Void" }).waitFor({ timeout: 30_000 });
    await card.getByTestId("signer-nonce").filter({ hasText: String(nonce + 1n) }).waitFor();
    assert.equal(await page.getByTestId("signed-attestation").count(), 0, "the voided signature is no longer offered");

    // The relayer uploads the voided file: the nonce check says why, and the chain refuses it before the wallet.
    await walletSetAccounts(page, [plan.actors.relayer]);
    await page.getByTestId("wallet-connected").filter({ hasText: plan.actors.relayer.slice(0, 6) }).waitFor();
    await page.getByRole("link", { name: "Relay", exact: true }).click();
    await page.getByTestId("relay-file").setInputFiles(file);
    await page.getByTestId("relay-checks").getByText("voided by the signer").waitFor({ timeout: 20_000 });
    const before = await walletLog(page);
    await page.getByTestId("relay-submit").click();
    const message = page.getByTestId("write-error");
    await message.waitFor({ timeout: 20_000 });
    const text = (await message.textContent()) ?? "";
    assert.match(text, /nonce/i, text);
    assert.doesNotMatch(text, /execution reverted|0x[0-9a-f]{64}|InvalidNonce/i, "plain words, not a hex blob");
    assert.ok(!(await walletLog(page)).slice(before.length).includes("eth_sendTransaction"), "refused before the wallet was asked to send");
    await screenshot(page, "e2e-void-relay-refused");
    await context.close();
  });

  test("verify the attested file and another, unattested one (no wallet)", async () => {
    const { context, page, errors } = await newPage(browser);
    await page.goto(`${app.url}/verify`);
    await pickFile(page, "progress-report.txt", DOC_A);
    const result = page.getByTestId("verify-result");
    await result.and(page.locator('[data-verdict="attested"]')).waitFor({ timeout: 20_000 });
    await result.getByRole("link", { name: plan.project.title }).waitFor();
    await result.getByRole("link", { name: plan.entity.name }).first().waitFor();
    await screenshot(page, "e2e-verify-attested");
    await pickFile(page, "memo.txt", DOC_B);
    await page.locator('[data-testid="verify-result"][data-verdict="none"]').waitFor({ timeout: 20_000 });
    await screenshot(page, "e2e-verify-not-attested");
    assert.deepEqual(errors, []);
    await context.close();
  });

  test("revoke an attestation and see the mark with its reason", async () => {
    const { context, page } = await walletPage(plan.actors.signer, `/projects/${plan.project.id}`);
    const item = page.locator('[data-testid="attestation"]', { has: page.locator(`code[title="${sha(DOC_A)}"]`) });
    await item.getByRole("button", { name: "Revoke…" }).click();
    await item.getByLabel("Reason for revoking (public, permanent)").fill("wrong quarter: superseded by the corrected report");
    await item.getByRole("button", { name: "Revoke attestation" }).click();
    await page.getByTestId("toast-confirmed").filter({ hasText: "Revoke" }).waitFor({ timeout: 30_000 });
    await item.getByTestId("revoked-mark").waitFor({ timeout: 20_000 });
    await item.getByText("wrong quarter: superseded by the corrected report").waitFor();
    await item.scrollIntoViewIfNeeded();
    await screenshot(page, "e2e-revoked");

    // Verify now says so.
    await page.getByRole("link", { name: "Verify", exact: true }).click();
    await pickFile(page, "progress-report.txt", DOC_A);
    await page.locator('[data-testid="verify-result"][data-verdict="revoked"]').waitFor({ timeout: 20_000 });
    await page.getByTestId("revocation-reason").getByText("wrong quarter").waitFor();
    await context.close();
  });

  test("an account without the role is refused with a readable message", async () => {
    const { context, page } = await walletPage(plan.actors.nobody, "/attest");
    await page.getByText("Nothing this account may attest about").waitFor({ timeout: 20_000 });
    await page.getByRole("link", { name: "Admin", exact: true }).click();
    await page.getByTestId("my-roles").getByText("holds no role").waitFor();
    const form = page.locator("section.card", { has: page.getByTestId("register-name") });
    await page.getByTestId("register-name").fill("Fictional Unauthorised Clinic");
    await form.getByLabel("Health").check();
    const before = await walletLog(page);
    await form.getByRole("button", { name: "Register entity" }).click();
    const message = page.getByTestId("write-error");
    await message.waitFor({ timeout: 20_000 });
    const text = (await message.textContent()) ?? "";
    assert.match(text, new RegExp(`is not an administrator of zone ${plan.entity.zone.replace(/[()]/g, "\\$&")}`), text);
    assert.doesNotMatch(text, /execution reverted|0x[0-9a-f]{64}|NotZoneAdmin/i, "plain words, not a hex blob");
    await page.getByTestId("toast-failed").waitFor();
    const sent = (await walletLog(page)).slice(before.length);
    assert.ok(!sent.includes("eth_sendTransaction"), "refused before the wallet was asked to send");
    await message.scrollIntoViewIfNeeded();
    await screenshot(page, "e2e-refused");
    await context.close();
  });

  test("wrong chain: a banner, and one click switches back", async () => {
    const { context, page } = await walletPage(plan.actors.signer, "/");
    await walletSetChain(page, 1);
    const banner = page.getByTestId("wrong-chain");
    await banner.waitFor();
    await screenshot(page, "e2e-wrong-chain");
    await banner.getByRole("button", { name: /Switch to/ }).click();
    await banner.waitFor({ state: "detached" });
    assert.ok((await walletLog(page)).includes("wallet_switchEthereumChain"));
    await context.close();
  });

  test("a rejected signature (4001) leaves nothing half-done", async () => {
    const before = await totals();
    const { context, page } = await walletPage(plan.actors.signer, `/attest?project=${plan.project.id}`, VIEWPORTS.phone);
    await pickFile(page, "memo.txt", DOC_B);
    await walletRejectNext(page, "eth_signTypedData_v4");
    await page.getByTestId("attest-sign").click();
    await page.getByTestId("toast-failed").filter({ hasText: "rejected" }).waitFor({ timeout: 20_000 });
    assert.equal(await page.getByTestId("signed-attestation").count(), 0, "no signed file offered");
    assert.equal(await page.getByTestId("signed-download").count(), 0);
    // The same for a rejected transaction.
    await walletRejectNext(page, "eth_sendTransaction");
    await page.getByTestId("attest-send").click();
    await page.getByTestId("write-error").filter({ hasText: "rejected" }).waitFor({ timeout: 20_000 });
    assert.equal(await page.getByTestId("attest-done").count(), 0);
    assert.deepEqual(await totals(), before, "nothing reached the chain");
    // The form is intact: the user can simply try again.
    assert.equal(await page.getByTestId("attest-send").isEnabled(), true);
    await screenshot(page, "e2e-rejected-signature");
    await context.close();
  });
});
