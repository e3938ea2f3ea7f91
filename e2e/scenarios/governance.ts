/**
 * Issue 10: a proposal carried through the dApp. On the e2e's node, a GovernedProgramme is deployed
 * with its Ignition module (short delays) whose sixteen seats are node accounts; the build made for
 * the seeded programme opens it as a local dev chain's other deployment (localStorage, see
 * frontend/src/lib/deployment.ts). A script proposes "create zone Xiamen in Fujian"; nine seats vote
 * for it in the browser (the injected wallet switches account between votes); the page queues it;
 * the chain's clock is moved past the timelock (evm_increaseTime); the page executes it; the zone
 * exists on chain, and the page says so, in English and in Chinese.
 */
import assert from "node:assert/strict";
import { spawn } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Browser, Page } from "playwright-core";
import { createPublicClient, encodeFunctionData, getAddress, http, zeroHash, type Address, type Hex } from "viem";
import { deploymentSuite } from "@pilot/sdk/deployment";
import { pilotProgrammeAbi, programmeGovernorAbi } from "@pilot/sdk/generated/abis";
import { GOVERNING_BODIES } from "@pilot/sdk/governance";
import { FIRST_SEAT_ACCOUNT, REPO_ROOT, blockNumber, increaseTime, installE2EWallet, newPage, rpc, screenshot, walletSetAccounts } from "../harness/index.ts";
import { axeFindings, describeFindings } from "./accessibility.ts";

/** Short delays (seconds): voting opens 1 s after the proposal and lasts 10 minutes (moved past by evm_increaseTime), the timelock holds 60 s. */
const SETTINGS = { votingDelay: 1, votingPeriod: 600, timelockDelay: 60, quorumPercent: 50 } as const;
const HARDHAT_CLI = join(REPO_ROOT, "node_modules", "hardhat", "dist", "src", "cli.js");
const DEV_DEPLOYMENT_KEY = "pilot.devDeployment"; // frontend/src/lib/deployment.ts

export interface GovernanceContext {
  readonly browser: Browser;
  readonly nodeUrl: string;
  readonly appUrl: string;
  readonly chainId: number;
}

interface Governed {
  readonly programme: Address;
  readonly reader: Address;
  readonly governor: Address;
  readonly timelock: Address;
  readonly seats: Address;
  readonly deploymentBlock: number;
}

/**
 * `hardhat ignition deploy ignition/modules/GovernedProgramme.ts` against the e2e's node (network "rpc"
 * at PILOT_RPC_URL). With the default build profile: Ignition would otherwise build the "production"
 * profile (isolated builds: minutes of solc-js, and build infos the node then fails to load).
 */
async function deployGoverned(nodeUrl: string, holders: readonly Address[]): Promise<Governed> {
  const dir = mkdtempSync(join(tmpdir(), "pilot-e2e-governance-"));
  const deploymentId = `e2e-governance-${process.pid}-${Date.now()}`;
  const ignitionDir = join(REPO_ROOT, "ignition", "deployments", deploymentId);
  const parameters = join(dir, "parameters.json");
  writeFileSync(parameters, JSON.stringify({ ProgrammeOffice: { seatHolders: holders, ...SETTINGS }, GovernedProgramme: { guardian: holders[0] } }));
  const before = Number(await blockNumber(nodeUrl));
  try {
    await new Promise<void>((ok, fail) => {
      const child = spawn(
        process.execPath,
        [
          HARDHAT_CLI,
          "--build-profile",
          "default",
          "ignition",
          "deploy",
          "ignition/modules/GovernedProgramme.ts",
          "--network",
          "rpc",
          "--parameters",
          parameters,
          "--deployment-id",
          deploymentId,
        ],
        {
          cwd: REPO_ROOT,
          env: { ...process.env, PILOT_RPC_URL: nodeUrl },
          stdio: ["ignore", "pipe", "pipe"],
        },
      );
      let output = "";
      child.stdout.on("data", (d: Buffer) => (output += d.toString()));
      child.stderr.on("data", (d: Buffer) => (output += d.toString()));
      child.on("exit", (code) => (code === 0 ? ok() : fail(new Error(`ignition deploy failed (${code}):\n${output}`))));
    });
    const addresses = JSON.parse(readFileSync(join(ignitionDir, "deployed_addresses.json"), "utf8")) as Record<string, Address>;
    const at = (key: string): Address => {
      const a = addresses[key];
      assert.ok(a, `Ignition deployed ${key}`);
      return getAddress(a);
    };
    return {
      programme: at("GovernedProgramme#PilotProgramme"),
      reader: at("GovernedProgramme#ProgrammeReader"),
      governor: at("ProgrammeOffice#ProgrammeGovernor"),
      timelock: at("ProgrammeOffice#ProgrammeTimelock"),
      seats: at("ProgrammeOffice#ProgrammeSeats"),
      deploymentBlock: before + 1,
    };
  } finally {
    rmSync(ignitionDir, { recursive: true, force: true });
    rmSync(dir, { recursive: true, force: true });
  }
}

/** The node's accounts, the seat holders among them, and the governed programme: deployed once per node, shared by the scenarios that need it. */
export interface GovernedSetup {
  readonly accounts: readonly Address[];
  readonly holders: readonly Address[];
  readonly g: Governed;
}
const governedByNode = new Map<string, Promise<GovernedSetup>>();
export function governedDeployment(nodeUrl: string): Promise<GovernedSetup> {
  let setup = governedByNode.get(nodeUrl);
  if (!setup) {
    setup = (async () => {
      const accounts = ((await rpc(nodeUrl, "eth_accounts", [])) as string[]).map((a) => getAddress(a));
      // the node accounts right after the sample's hold the seats, as npm start's governed office has them
      const holders = accounts.slice(FIRST_SEAT_ACCOUNT, FIRST_SEAT_ACCOUNT + GOVERNING_BODIES.length);
      assert.equal(holders.length, GOVERNING_BODIES.length, "the node has an account for every seat");
      const started = Date.now();
      const g = await deployGoverned(nodeUrl, holders);
      console.log(`# governance: GovernedProgramme deployed with Ignition in ${Date.now() - started} ms`);
      return { accounts, holders, g };
    })();
    governedByNode.set(nodeUrl, setup);
  }
  return setup;
}

/** The dev-deployment override (localStorage DEV_DEPLOYMENT_KEY) that opens the governed programme in the seeded build, seats labelled. */
export function governedOverride({ g, holders }: GovernedSetup) {
  const accountLabels = Object.fromEntries(holders.map((h, i) => [h.toLowerCase(), `Seat: ${GOVERNING_BODIES[i]}`]));
  return deploymentSuite({
    programme: g.programme,
    reader: g.reader,
    deploymentBlock: g.deploymentBlock,
    governance: { governor: g.governor, timelock: g.timelock, seats: g.seats },
    accountLabels,
  });
}
export { DEV_DEPLOYMENT_KEY };

async function advance(nodeUrl: string, seconds: number): Promise<void> {
  await increaseTime(nodeUrl, seconds);
}

/** The page after a reload (the chain's clock moved): connected again if the wallet was. */
async function reload(page: Page, account: Address): Promise<void> {
  await page.reload();
  await page.locator('[data-testid="page-data"][data-ready="true"]').waitFor({ timeout: 30_000 });
  await walletSetAccounts(page, [account]); // the wallet starts again with its first account
  const connected = page.getByTestId("wallet-connected");
  await connected.waitFor({ timeout: 5_000 }).catch(() => undefined); // the app reconnects on its own, usually
  if (!(await connected.isVisible())) {
    await page.getByRole("button", { name: "Connect wallet" }).click();
    await page.getByRole("button", { name: "E2E Wallet" }).click();
  }
  await connected.filter({ hasText: account.slice(0, 6) }).waitFor();
}

export async function governanceScenario({ browser, nodeUrl, appUrl, chainId }: GovernanceContext): Promise<void> {
  const setup = await governedDeployment(nodeUrl);
  const { accounts, holders, g } = setup;
  const client = createPublicClient({ transport: http(nodeUrl) });

  // The proposal, by script, from the Ministry of Commerce's seat.
  const description = "# Create zone Xiamen in Fujian\n\nThe province asked for a pilot zone in Xiamen.";
  const createZone = encodeFunctionData({ abi: pilotProgrammeAbi, functionName: "createZone", args: ["Xiamen", "Fujian", "", zeroHash] });
  const proposeTx = (await rpc(nodeUrl, "eth_sendTransaction", [
    {
      from: holders[15],
      to: g.governor,
      data: encodeFunctionData({ abi: programmeGovernorAbi, functionName: "propose", args: [[g.programme], [0n], [createZone], description] }),
    },
  ])) as Hex;
  const receipt = await client.waitForTransactionReceipt({ hash: proposeTx });
  assert.equal(receipt.status, "success", "the seat holder's proposal was accepted");
  await advance(nodeUrl, SETTINGS.votingDelay + 1); // voting opens

  // The dApp, opened on the governed deployment, as the first seat holder.
  const override = governedOverride(setup);
  const labels = override.accountLabels;
  const { context, page, errors } = await newPage(browser);
  await page.addInitScript(([key, value]) => window.localStorage.setItem(key, value), [DEV_DEPLOYMENT_KEY, JSON.stringify(override)] as const);
  await installE2EWallet(page, { rpcUrl: nodeUrl, chainId, accounts: [holders[0] as string] });
  await page.goto(`${appUrl}/governance`);
  await page.getByRole("button", { name: "Connect wallet" }).click();
  await page.getByRole("button", { name: "E2E Wallet" }).click();
  await page.getByTestId("wallet-connected").waitFor();
  assert.equal(
    await page.getByRole("link", { name: "Governance", exact: true }).count(),
    1,
    "the nav links the Governance page when the deployment has a governor",
  );

  // Seats: sixteen, the guardian marked, the bodies named.
  const seats = page.getByTestId("seat");
  await seats.nth(15).waitFor();
  assert.equal(await seats.count(), 16);
  assert.match((await seats.first().textContent()) ?? "", /Cyberspace Administration.*Guardian/);
  const proposal = page.getByTestId("proposal").filter({ hasText: "Create zone Xiamen in Fujian" });
  await proposal.getByTestId("proposal-action").filter({ hasText: "Create zone Xiamen in Fujian" }).waitFor();
  await proposal
    .getByTestId("milestone")
    .filter({ hasText: /Voting closes in/ })
    .waitFor();

  // An account without a seat is told so, with the button disabled.
  await walletSetAccounts(page, [accounts[5] as string]);
  await proposal.getByTestId("act-why").filter({ hasText: "holds no seat: only the bodies' seat holders vote" }).waitFor();
  assert.equal(await proposal.getByTestId("vote-for").isDisabled(), true);

  // Nine seats vote for it, one after the other.
  for (let i = 0; i < 9; i++) {
    const account = holders[i] as Address;
    await walletSetAccounts(page, [account]);
    await page
      .getByTestId("wallet-connected")
      .filter({ hasText: account.slice(0, 6) })
      .waitFor();
    if (i === 0) await proposal.getByTestId("vote-reason").fill("A pilot zone in Fujian is overdue.");
    await proposal.getByTestId("vote-for").click({ timeout: 20_000 });
    await proposal.getByTestId("my-vote").waitFor({ timeout: 30_000 });
    await proposal
      .getByTestId("tally-for")
      .filter({ hasText: new RegExp(`^${i + 1}$`) })
      .waitFor({ timeout: 20_000 });
  }
  await proposal.getByTestId("quorum").filter({ hasText: "Quorum reached: 9 of 9" }).waitFor();
  // The ninth seat cannot vote twice.
  assert.equal(await proposal.getByTestId("vote-for").count(), 0, "the voting buttons give way to the seat's vote");
  await screenshot(page, "e2e-governance-voted");

  // Voting closes: the proposal passed; the page queues it.
  await advance(nodeUrl, SETTINGS.votingPeriod);
  const last = holders[8] as Address;
  await reload(page, last);
  await proposal.getByTestId("queue").click({ timeout: 20_000 });
  await page.getByTestId("proposal").and(page.locator('[data-state="Queued"]')).waitFor({ timeout: 30_000 });
  // Too early to execute: disabled, and the page says until when.
  await proposal
    .getByTestId("act-why")
    .filter({ hasText: /The timelock holds this proposal until \d{4}-\d\d-\d\dT/ })
    .waitFor();
  assert.equal(await proposal.getByTestId("execute").isDisabled(), true);
  await proposal
    .getByTestId("milestone")
    .filter({ hasText: /Executable in/ })
    .waitFor();
  // issue 12's accessibility bar holds here too: seats, tallies, quorum, countdown, a disabled action with its reason
  const findings = await axeFindings(page);
  assert.deepEqual(findings, [], describeFindings("governance (en)", findings));

  // The timelock opens: the page executes it, and the zone exists.
  await advance(nodeUrl, SETTINGS.timelockDelay + 1);
  await reload(page, last);
  await proposal.getByTestId("execute").click({ timeout: 20_000 });
  await page.getByTestId("proposal").and(page.locator('[data-state="Executed"]')).waitFor({ timeout: 30_000 });
  await screenshot(page, "e2e-governance-executed");
  const [zones] = await client.readContract({ address: g.programme, abi: pilotProgrammeAbi, functionName: "totals" });
  assert.equal(zones, 1, "the governed programme has the zone the proposal created");
  const zone = await client.readContract({ address: g.programme, abi: pilotProgrammeAbi, functionName: "getZone", args: [1] });
  assert.equal(zone.name, "Xiamen");
  assert.equal(zone.region, "Fujian");
  assert.deepEqual(errors, [], "no uncaught page errors");
  await context.close();

  // In Chinese: the same proposal, its action and state in Chinese, the bodies' Chinese names.
  const zh = await newPage(browser, undefined, { locale: "zh-CN" });
  await zh.page.addInitScript(([key, value]) => window.localStorage.setItem(key, value), [DEV_DEPLOYMENT_KEY, JSON.stringify(override)] as const);
  await zh.page.goto(`${appUrl}/governance`);
  await zh.page.getByTestId("proposal-action").filter({ hasText: "在福建设立厦门试点区" }).waitFor({ timeout: 30_000 });
  await zh.page.getByTestId("proposal-state").filter({ hasText: "已执行" }).waitFor();
  await zh.page.getByTestId("seat").filter({ hasText: "商务部" }).waitFor();
  await screenshot(zh.page, "e2e-governance-zh");
  const zhFindings = await axeFindings(zh.page);
  assert.deepEqual(zhFindings, [], describeFindings("governance (zh-CN)", zhFindings));
  assert.deepEqual(zh.errors, [], "no uncaught page errors (zh-CN)");
  await zh.context.close();

  // issue 12's header bar with the Governance link added: it fits, connected as the seat with the longest label.
  const longest = holders.reduce((a, b) => ((labels[b.toLowerCase()] ?? "").length > (labels[a.toLowerCase()] ?? "").length ? b : a));
  for (const locale of ["en-US", "zh-CN"]) {
    for (const width of [1280, 375]) {
      const where = `governance header, ${locale} at ${width} px`;
      const ctx = await newPage(browser, { width, height: 800 }, { locale });
      await ctx.page.addInitScript(([key, value]) => window.localStorage.setItem(key, value), [DEV_DEPLOYMENT_KEY, JSON.stringify(override)] as const);
      await installE2EWallet(ctx.page, { rpcUrl: nodeUrl, chainId, accounts: [longest] });
      await ctx.page.goto(`${appUrl}/governance`);
      await ctx.page.getByRole("button", { name: locale === "en-US" ? "Connect wallet" : "连接钱包" }).click();
      await ctx.page.getByRole("button", { name: "E2E Wallet" }).click();
      await ctx.page.getByTestId("wallet-connected").waitFor();
      const fit = await ctx.page.evaluate(() => {
        const header = document.querySelector(".header") as HTMLElement;
        const disconnect = document.querySelector(".wallet__disconnect")?.getBoundingClientRect();
        return {
          page: document.documentElement.scrollWidth,
          header: header.scrollWidth,
          disconnect: disconnect ? { left: disconnect.left, right: disconnect.right } : undefined,
        };
      });
      assert.ok(fit.page <= width && fit.header <= width, `${where}: nothing overflows (page ${fit.page} px, header ${fit.header} px)`);
      assert.ok(fit.disconnect && fit.disconnect.left >= 0 && fit.disconnect.right <= width, `${where}: Disconnect on screen`);
      await screenshot(ctx.page, `e2e-governance-header-${locale}-${width}`);
      assert.deepEqual(ctx.errors, [], `${where}: no page errors`);
      await ctx.context.close();
    }
  }
}
