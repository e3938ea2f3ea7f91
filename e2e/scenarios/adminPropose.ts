/**
 * Issue 10, point 6: on a governed deployment (the programme office is the bodies' timelock), the Admin
 * page's office forms propose instead of executing. A seat holder proposes "create zone Quanzhou in
 * Fujian" from the Admin page, leaving the description to its default; the proposal appears on the
 * Governance page with its action decoded. An account without a seat is told what it needs; axe finds
 * nothing on the page in its proposing form. Uses the governed programme of governance.ts (deployed
 * once on the e2e's node).
 */
import assert from "node:assert/strict";
import type { Browser } from "playwright-core";
import { installE2EWallet, newPage, screenshot, walletSetAccounts } from "../harness/index.ts";
import { axeFindings, describeFindings } from "./accessibility.ts";
import { DEV_DEPLOYMENT_KEY, governedDeployment, governedOverride } from "./governance.ts";

export interface AdminProposeContext {
  readonly browser: Browser;
  readonly nodeUrl: string;
  readonly appUrl: string;
  readonly chainId: number;
}

export async function adminProposeScenario({ browser, nodeUrl, appUrl, chainId }: AdminProposeContext): Promise<void> {
  const setup = await governedDeployment(nodeUrl);
  const override = governedOverride(setup);
  const proposer = setup.holders[1] as string; // the Ministry of Industry and Information Technology's seat (not the guardian)
  const { context, page, errors } = await newPage(browser);
  await page.addInitScript(([key, value]) => window.localStorage.setItem(key, value), [DEV_DEPLOYMENT_KEY, JSON.stringify(override)] as const);
  await installE2EWallet(page, { rpcUrl: nodeUrl, chainId, accounts: [proposer] });
  await page.goto(`${appUrl}/admin`);
  await page.getByRole("button", { name: "Connect wallet" }).click();
  await page.getByRole("button", { name: "E2E Wallet" }).click();
  await page.getByTestId("wallet-connected").waitFor();

  // The office section says it proposes; every office form is a proposing one.
  await page.getByTestId("office-proposes").filter({ hasText: "the sixteen bodies' timelock" }).waitFor({ timeout: 30_000 });
  const form = page.getByTestId("create-zone-form");
  assert.equal(await form.getAttribute("data-mode"), "propose");
  assert.equal(await page.locator('form[data-mode="direct"]').count(), 0, "no office form sends directly");
  await form.getByTestId("create-zone-name").fill("Quanzhou");
  await form.getByTestId("create-zone-region").fill("Fujian");
  await form.getByTestId("propose-default").filter({ hasText: "Create zone Quanzhou in Fujian" }).waitFor();
  const findings = await axeFindings(page);
  assert.deepEqual(findings, [], describeFindings("admin, proposing office forms (en)", findings));

  await form.getByRole("button", { name: "Propose", exact: true }).click();
  const done = form.getByTestId("office-proposed");
  await done.waitFor({ timeout: 30_000 });
  assert.match((await done.textContent()) ?? "", /Proposed as [0-9a-f]{8}/);
  await screenshot(page, "e2e-admin-propose");

  // The proposal on the Governance page, its action decoded.
  await done.getByRole("link", { name: "See it on the Governance page" }).click();
  const proposal = page.getByTestId("proposal").filter({ hasText: "Create zone Quanzhou in Fujian" });
  await proposal.getByTestId("proposal-action").filter({ hasText: "Create zone Quanzhou in Fujian" }).waitFor({ timeout: 30_000 });
  assert.match((await proposal.getAttribute("data-state")) ?? "", /^(Pending|Active)$/);

  // An account without a seat is told what it needs, and offered no office form.
  const other = setup.accounts[5] as string;
  await walletSetAccounts(page, [other]);
  await page
    .getByTestId("wallet-connected")
    .filter({ hasText: other.slice(0, 6) })
    .waitFor();
  await page.getByRole("link", { name: "Admin", exact: true }).click();
  await page
    .getByTestId("needs-office")
    .filter({ hasText: "Only a seat holder can propose; the office is the sixteen bodies' timelock." })
    .waitFor({ timeout: 30_000 });
  assert.equal(await page.getByTestId("create-zone-form").count(), 0);
  assert.deepEqual(errors, [], "no uncaught page errors");
  await context.close();
}
