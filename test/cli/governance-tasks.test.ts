/**
 * The governed office from the terminal (issue 10, point 5), against a real `hardhat node` with the
 * `GovernedProgramme` module (sixteen seats, voting delay 60 s, period 300 s, timelock 60 s; time is
 * moved with evm_increaseTime): a proposal carried from `propose` to `execute`, a defeated one, and
 * every refusal: one `error:` line, exit code 1, no transaction.
 */
import { expect } from "chai";
import { getAddress } from "ethers";
import { rm } from "node:fs/promises";
import path from "node:path";
import type { HardhatRuntimeEnvironment } from "hardhat/types/hre";
import { deploymentPath } from "../../scripts/deploy/deployment-record.js";
import { startHardhatNode, type LocalNode } from "../../scripts/node/hardhat-node.js";
import { rpcCall } from "../../scripts/node/rpc.js";
import { cliRuntime, ROOT, runCli } from "./helpers/cli.js";
import { deployGoverned } from "./helpers/deploy-governed.js";
import { taskChecks } from "./helpers/task-checks.js";

const CHAIN_ID = 60_000 + Math.floor(Math.random() * 20_000);
const VOTING_DELAY = 60;
const VOTING_PERIOD = 300;
const TIMELOCK_DELAY = 60;

interface ProposalJson {
  id: string;
  shortId: string;
  state: string;
  title: string;
  votes: { for: string; against: string; abstain: string };
  quorum: string;
  seats: string;
  eta: string | null;
  actions: { contract: string; function: string | null; words: string }[];
}

describe("terminal governance: proposals, votes, queue, execute", function () {
  this.timeout(180_000);
  let node: LocalNode;
  let hre: HardhatRuntimeEnvironment;
  let accounts: string[];
  const GUARDIAN = 0,
    OUTSIDER = 16,
    NEWCOMER = 17;
  const from = (i: number) => String(i);

  async function advance(seconds: number): Promise<void> {
    await rpcCall(node.url, "evm_increaseTime", [seconds]);
    await rpcCall(node.url, "evm_mine");
  }
  const { refused, ok } = taskChecks({ hre: () => hre, url: () => node.url, actor: () => accounts[0] });
  async function proposals(): Promise<ProposalJson[]> {
    return JSON.parse((await ok("proposals", { json: true })).stdout) as ProposalJson[];
  }
  async function propose(description: string, task: string[], who = 0): Promise<string> {
    const r = await ok("propose", { description, task, from: from(who) });
    const match = /^proposed ([0-9a-f]{8}): /m.exec(r.stdout);
    if (!match) throw new Error(r.stdout);
    return match[1];
  }
  async function votes(proposal: string, support: string, seats: number[]): Promise<void> {
    for (const i of seats) await ok("vote", { proposal, support, from: from(i) });
  }

  before(async () => {
    node = await startHardhatNode({ chainId: CHAIN_ID });
    process.env.PILOT_RPC_URL = node.url;
    hre = await cliRuntime("rpc");
    accounts = (await rpcCall<string[]>(node.url, "eth_accounts")).map((a) => getAddress(a));
    const connection = await hre.network.create();
    await deployGoverned(connection, {
      deploymentId: `cli-governance-${CHAIN_ID}`,
      ignitionDir: path.join(ROOT, "ignition"),
      settings: {
        seatHolders: accounts.slice(0, 16),
        votingDelay: VOTING_DELAY,
        votingPeriod: VOTING_PERIOD,
        timelockDelay: TIMELOCK_DELAY,
        guardian: accounts[GUARDIAN],
      },
    });
    await connection.close();
  });

  after(async () => {
    await node?.stop();
    await rm(deploymentPath(CHAIN_ID), { force: true });
  });

  let zoneProposal: string;
  let seatProposal: string;

  it("refuses a direct office action with the propose command to use instead", async () => {
    await refused(
      "create-zone",
      { name: "Xiamen", region: "Fujian" },
      new RegExp(
        `^error: the programme office is governed \\(timelock 0x[0-9a-fA-F]{40} acts on passed proposals\\), so ${accounts[0]} cannot create-zone directly: ` +
          `propose it instead: npx hardhat --network rpc propose --description "…" -- create-zone --name Xiamen --region Fujian$`,
      ),
    );
    await refused(
      "add-seat",
      { name: "National Data Administration", account: accounts[NEWCOMER] },
      /seats change only by a passed proposal .* -- add-seat --name 'National Data Administration' --account 0x/,
    );
    const seats = await ok("seats");
    expect(seats.stdout).to.match(/1\s+Cyberspace Administration\s+0x/);
    expect(seats.stdout).to.match(/16 seat\(s\); the programme office is the timelock/);
  });

  it("proposes from the shell with `propose --description … -- create-zone …`", async () => {
    const r = await runCli(
      [
        "--network",
        "rpc",
        "propose",
        "--description",
        "Open a pilot zone in Xiamen\nFujian asked for it.",
        "--",
        "create-zone",
        "--name",
        "Xiamen",
        "--region",
        "Fujian",
      ],
      { PILOT_RPC_URL: node.url },
    );
    expect(r.code, r.stderr).to.equal(0);
    const match = /^proposed ([0-9a-f]{8}): Create zone Xiamen in Fujian$/m.exec(r.stdout);
    expect(match, r.stdout).to.not.equal(null);
    zoneProposal = match![1];
    expect(r.stdout).to.match(/voting opens \S+ \(in \d+ s\) and closes/);
    seatProposal = await propose(
      "Seat the National Data Administration",
      ["add-seat", "--name", "National Data Administration", "--account", accounts[NEWCOMER]],
      1,
    );
    const [zone, seat] = await proposals();
    expect(zone).to.include({ shortId: zoneProposal, state: "Pending", title: "Open a pilot zone in Xiamen", quorum: "9", seats: "16" });
    expect(zone.actions.map(({ contract, function: fn, words }) => ({ contract, fn, words }))).to.deep.equal([
      { contract: "programme", fn: "createZone", words: "Create zone Xiamen in Fujian" },
    ]);
    expect(seat.actions[0].words).to.equal(`Add seat "National Data Administration" held by ${accounts[NEWCOMER]}`);
    const table = await ok("proposals");
    expect(table.stdout).to.match(new RegExp(`^${zoneProposal}  Pending\\s+for 0 · against 0 · abstain 0  \\(quorum 9 of 16 seats; 0 counted\\)$`, "m"));
    expect(table.stdout).to.match(/^ {2}voting opens \S+ \(in \d+ s\), closes \S+ \(in \d+ min\)$/m);
    expect(table.stdout).to.match(/^ {2}1\. Create zone Xiamen in Fujian$/m);
  });

  it("refuses propose's bad input and proposals that would fail, before any transaction", async () => {
    await refused(
      "propose",
      { description: "x", task: ["create-zone", "--name", "Guiyang"], from: from(OUTSIDER) },
      new RegExp(`account ${accounts[OUTSIDER]} holds no seat: only a seat holder may propose`),
      accounts[OUTSIDER],
    );
    await refused("propose", { description: "x", task: ["set-zone-status", "--zone", "1", "--status", "active"] }, /there is no zone #1/);
    await refused("propose", { description: "", task: ["pause"] }, /--description is required/);
    await refused("propose", { description: "x", task: [] }, /name the task to propose after "--"/);
    await refused(
      "propose",
      { description: "x", task: ["register-entity", "--name", "X"] },
      /register-entity cannot be proposed: proposals carry create-zone, /,
    );
    await refused("propose", { description: "x", task: ["create-zone", "--name", "X", "--from", "3"] }, /--from goes before "--", not after create-zone/);
    await refused("propose", { description: "x", task: ["create-zone", "--colour", "red"] }, /create-zone has no option --colour/);
    await refused("propose", { description: "x", task: ["unpause"] }, /^error: the proposal would fail when executed: the programme is not paused$/);
    await refused(
      "propose",
      { description: "Open a pilot zone in Xiamen\nFujian asked for it.", task: ["create-zone", "--name", "Xiamen", "--region", "Fujian"] },
      new RegExp(`the same proposal already exists \\(${zoneProposal}\\)`),
    );
  });

  it("refuses a vote before voting opens, then nine of sixteen seats carry it", async () => {
    await refused(
      "vote",
      { proposal: zoneProposal, support: "for" },
      new RegExp(`voting on proposal ${zoneProposal} has not started yet: it opens at \\S+ \\(in \\d+ s\\)`),
    );
    await refused("queue", { proposal: zoneProposal }, /has not started yet: .* only a succeeded proposal can be queued/);
    await refused("vote", { proposal: "ffffffff", support: "for" }, /there is no proposal ffffffff on chain \d+ \(npx hardhat proposals lists them\)/);
    await refused("vote", { proposal: "xyz", support: "for" }, /--proposal "xyz" is not a proposal id/);
    await refused("vote", { proposal: zoneProposal, support: "maybe" }, /--support "maybe" is not one of: for, against, abstain/);
    await advance(VOTING_DELAY + 1);

    await votes(zoneProposal, "for", [0, 1, 2, 3, 4, 5, 6, 7]);
    const withReason = await ok("vote", { proposal: zoneProposal, support: "for", reason: "Xiamen is ready", from: from(8) });
    expect(withReason.stdout).to.match(/^voted for on proposal [0-9a-f]{8}: for 9 · against 0 · abstain 0 \(quorum 9 of 16 seats\)$/m);
    await ok("vote", { proposal: zoneProposal, support: "against", reason: "too early", from: from(9) });
    await votes(seatProposal, "for", [0, 1, 2, 3, 4, 5, 6, 7, 8]);

    await refused(
      "vote",
      { proposal: zoneProposal, support: "against" },
      new RegExp(`account ${accounts[0]} has already voted for \\(block \\d+\\) on proposal ${zoneProposal}: a vote cannot be changed`),
    );
    await refused(
      "vote",
      { proposal: zoneProposal, support: "for", from: from(OUTSIDER) },
      new RegExp(`account ${accounts[OUTSIDER]} holds no seat: only seat holders vote`),
      accounts[OUTSIDER],
    );
    await refused(
      "queue",
      { proposal: zoneProposal },
      new RegExp(`proposal ${zoneProposal} is still being voted on, until \\S+ \\(in \\d+ min\\): it can be queued only once it has succeeded`),
    );
  });

  it("queues once voting closes, refuses execution until the timelock's delay has passed, executes, and the zone exists", async () => {
    await advance(VOTING_PERIOD);
    const [zone] = await proposals();
    expect(zone).to.include({ state: "Succeeded" });
    expect(zone.votes).to.deep.equal({ for: "9", against: "1", abstain: "0" });
    await refused("execute", { proposal: zoneProposal }, new RegExp(`proposal ${zoneProposal} has succeeded but is not queued yet: queue it first`));
    await refused("vote", { proposal: zoneProposal, support: "for", from: from(10) }, /has succeeded: voting closed at .* it can be queued now/, accounts[10]);

    expect((await ok("queue", { proposal: zoneProposal, from: from(OUTSIDER) })).stdout).to.match(
      /^queued proposal [0-9a-f]{8}: the timelock lets it be executed from \S+ \(in (60|59) s\)$/m,
    );
    await ok("queue", { proposal: seatProposal });
    await refused("queue", { proposal: zoneProposal }, /is already queued; the timelock lets it be executed from/);
    await refused(
      "execute",
      { proposal: zoneProposal },
      new RegExp(`^error: the timelock holds proposal ${zoneProposal} until \\S+ \\(in \\d+ s\\): execute it then$`),
    );
    expect((await proposals())[0].eta).to.match(/^\d{4}-\d\d-\d\dT/);

    // no block is mined: the tasks read the clock of the next block, as a node that mines on demand needs
    await rpcCall(node.url, "evm_increaseTime", [TIMELOCK_DELAY + 1]);
    expect((await ok("execute", { proposal: zoneProposal, from: from(OUTSIDER) })).stdout).to.match(
      /^executed proposal [0-9a-f]{8}: Create zone Xiamen in Fujian$/m,
    );
    await ok("execute", { proposal: seatProposal, from: from(OUTSIDER) });
    expect((await ok("zones")).stdout).to.match(/1\s+Xiamen\s+Fujian\s+Active/);
    expect((await ok("seats")).stdout).to.match(new RegExp(`17\\s+National Data Administration\\s+${accounts[NEWCOMER]}`));
    expect((await proposals()).map((p) => p.state)).to.deep.equal(["Executed", "Executed"]);
    await refused("execute", { proposal: zoneProposal }, /has already been executed: it cannot be executed again/);
  });

  it("a proposal without a majority is defeated and cannot be queued", async () => {
    const id = await propose(
      "Appoint the Xiamen administrator",
      ["appoint-zone-admin", "--zone", "Xiamen", "--account", accounts[18], "--expires", "2030-01-01"],
      2,
    );
    const listed = (await proposals()).find((p) => p.shortId === id)!;
    expect(listed.actions[0].words).to.equal(`Appoint ${accounts[18]} as administrator of zone Xiamen until 2030-01-01`);
    await advance(VOTING_DELAY + 1);
    await votes(id, "against", [0, 1, 2, 3, 4]);
    await votes(id, "for", [5, 6, 7]);
    await votes(id, "abstain", [8]);
    await advance(VOTING_PERIOD);
    expect((await proposals()).find((p) => p.shortId === id)).to.include({ state: "Defeated" });
    await refused("queue", { proposal: id }, new RegExp(`proposal ${id} was defeated \\(voting closed at .*\\): it cannot be queued`));
    await refused("vote", { proposal: id, support: "for", from: from(12) }, /was defeated .* it cannot be voted on/, accounts[12]);
  });

  it("lets the guardian pause at once, but unpausing needs a proposal", async () => {
    expect((await ok("pause", { from: from(GUARDIAN) })).stdout).to.match(/the programme is paused/);
    await refused(
      "unpause",
      { from: from(GUARDIAN) },
      /the programme office is governed .* cannot unpause directly: propose it instead: npx hardhat --network rpc propose --description "…" -- unpause$/,
    );
    await refused("pause", { from: from(1) }, /cannot pause directly/, accounts[1]);
    const id = await propose("Resume after the incident", ["unpause"], 3);
    expect((await proposals()).find((p) => p.shortId === id)?.actions[0].words).to.equal("Unpause the programme");
  });
});
