/**
 * Issue 10 follow-ups in the browser. (1) With the bodies' timelock as office, a seat holder's zone forms
 * propose: entity status and key removal are proposing forms; registering an entity and adding a key are
 * not offered, one line says why; axe finds nothing there. (2) An office's term is judged by the chain's
 * clock: an administrator appointed until two days after the chain's "now" shows "until"; once the chain's
 * clock has moved past it, the Zone page marks it lapsed and its holder's Attest page says when it lapsed.
 * Moves the chain's clock forward by three days: run it last.
 */
import assert from "node:assert/strict";
import type { Browser } from "playwright-core";
import { encodeFunctionData, type Address } from "viem";
import { pilotProgrammeAbi } from "@pilot/sdk/generated/abis";
import { increaseTime, installE2EWallet, newPage, rpc } from "../harness/index.ts";
import { axeFindings, describeFindings } from "./accessibility.ts";
import { DEV_DEPLOYMENT_KEY, governedDeployment, governedOverride } from "./governance.ts";

export interface OfficeTermsContext {
  readonly browser: Browser;
  readonly nodeUrl: string;
  readonly appUrl: string;
  readonly chainId: number;
  /** The seeded programme, its office (one account) and a zone of it. */
  readonly programme: Address;
  readonly office: Address;
  /** An account with no role, appointed by the scenario. */
  readonly official: Address;
  readonly zoneId: number;
}

const DAY = 86_400;

async function connect(page: import("playwright-core").Page): Promise<void> {
  await page.getByRole("button", { name: "Connect wallet" }).click();
  await page.getByRole("button", { name: "E2E Wallet" }).click();
  await page.getByTestId("wallet-connected").waitFor();
}

export async function seatHolderZoneForms({ browser, nodeUrl, appUrl, chainId }: OfficeTermsContext): Promise<void> {
  const setup = await governedDeployment(nodeUrl);
  const seat = setup.holders[2] as string;
  const { context, page, errors } = await newPage(browser);
  await page.addInitScript(([key, value]) => window.localStorage.setItem(key, value), [DEV_DEPLOYMENT_KEY, JSON.stringify(governedOverride(setup))] as const);
  await installE2EWallet(page, { rpcUrl: nodeUrl, chainId, accounts: [seat] });
  await page.goto(`${appUrl}/admin`);
  await connect(page);
  await page.getByTestId("zone-proposes").waitFor({ timeout: 30_000 });
  assert.equal(await page.getByTestId("entity-status-form").getAttribute("data-mode"), "propose");
  assert.equal(await page.getByTestId("remove-signer-form").getAttribute("data-mode"), "propose");
  for (const id of ["register-not-proposable", "add-signer-not-proposable"]) {
    await page.getByTestId(id).filter({ hasText: "The programme office cannot propose this from the dApp" }).waitFor();
  }
  assert.equal(await page.getByTestId("register-name").count(), 0, "no register form the office could not use");
  const findings = await axeFindings(page);
  assert.deepEqual(findings, [], describeFindings("admin, a seat holder's zone forms (en)", findings));
  assert.deepEqual(errors, [], "no uncaught page errors");
  await context.close();
}

export async function officeTermByChainClock({ browser, nodeUrl, appUrl, chainId, programme, office, official, zoneId }: OfficeTermsContext): Promise<void> {
  const latest = (await rpc(nodeUrl, "eth_getBlockByNumber", ["latest", false])) as { timestamp: string };
  const expiry = (Math.floor(Number(latest.timestamp) / DAY) + 2) * DAY;
  const data = encodeFunctionData({ abi: pilotProgrammeAbi, functionName: "appointZoneAdmin", args: [zoneId, official, expiry] });
  const hash = (await rpc(nodeUrl, "eth_sendTransaction", [{ from: office, to: programme, data }])) as string;
  const receipt = (await rpc(nodeUrl, "eth_getTransactionReceipt", [hash])) as { status: string } | null;
  assert.equal(receipt?.status, "0x1", "the office appointed the administrator");

  const { context, page, errors } = await newPage(browser);
  const mark = () =>
    page
      .getByTestId("zone-admins")
      .getByRole("listitem")
      .filter({ hasText: new RegExp(official.slice(2, 6), "i") })
      .getByTestId("office-expiry");
  await page.goto(`${appUrl}/zones/${zoneId}`);
  await mark().waitFor({ timeout: 30_000 });
  assert.equal(await mark().getAttribute("data-lapsed"), null, "in its term by the chain's clock");

  await increaseTime(nodeUrl, 3 * DAY);
  await page.reload();
  await mark().and(page.locator('[data-lapsed="true"]')).waitFor({ timeout: 30_000 });

  await installE2EWallet(page, { rpcUrl: nodeUrl, chainId, accounts: [official] });
  await page.goto(`${appUrl}/attest`);
  await connect(page);
  const note = page.getByTestId("attest-office-lapsed");
  await note.waitFor({ timeout: 30_000 });
  assert.match(
    (await note.textContent()) ?? "",
    /^Your office \(Administrator of zone .+\) lapsed on .+: you can no longer attest with it until it is renewed/,
  );
  // the Attest page with its empty state and the lapse note: no WCAG finding (its state title is an h2 under the page's h1)
  const findings = await axeFindings(page);
  assert.deepEqual(findings, [], describeFindings("attest, office lapsed (en)", findings));
  assert.deepEqual(errors, [], "no uncaught page errors");
  await context.close();
}
