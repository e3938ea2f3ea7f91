/**
 * The terminal tool against a real `hardhat node` (127.0.0.1, free port, its own
 * chain id so the dev chain's deployment record is never touched): every task's
 * happy path, and the refusals: one `error:` line, non-zero exit, nothing sent.
 * Most runs are in-process (the task exactly as the CLI runs it); a few are
 * child processes to pin down exit codes as a user sees them.
 */
import { expect } from "chai";
import { mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import type { HardhatRuntimeEnvironment } from "hardhat/types/hre";
import { sha256Sync } from "@pilot/sdk/hashing";
import { deploymentPath, writeDeployment, type DeploymentRecord } from "../../scripts/deploy/deployment-record.js";
import { startHardhatNode, type LocalNode } from "../../scripts/node/hardhat-node.js";
import { rpcCall } from "../../scripts/node/rpc.js";
import { cliRuntime, ROOT, runCli, runTask, uidFrom } from "./helpers/cli.js";
import { deploySuite } from "./helpers/deploy-suite.js";
import { taskChecks } from "./helpers/task-checks.js";

/** A chain id of its own per run: parallel runs never share a deployment record. */
const CHAIN_ID = 40_000 + Math.floor(Math.random() * 20_000);

describe("terminal tasks", function () {
  this.timeout(180_000);
  let node: LocalNode;
  let hre: HardhatRuntimeEnvironment;
  let record: DeploymentRecord;
  let dir: string;
  let accounts: string[];
  const env = () => ({ PILOT_RPC_URL: node.url });
  const cli = (argv: string[]) => runCli(["--network", "rpc", ...argv], env());
  const run = (id: string, args: Record<string, unknown> = {}) => runTask(hre, id, args);
  // roles by node account index
  const ADMIN = 0,
    ZONE_ADMIN = 1,
    REGULATOR = 2,
    EXPERT = 3,
    SIGNER = 4,
    SIGNER2 = 5,
    OUTSIDER = 6,
    RELAYER = 7,
    SPARE = 8;
  const from = (i: number) => String(i);

  const { chainState, refused, ok } = taskChecks({ hre: () => hre, url: () => node.url, actor: () => accounts[ADMIN] });
  async function docFile(name: string, content: string): Promise<{ file: string; hash: string }> {
    const file = path.join(dir, name);
    await writeFile(file, content);
    return { file, hash: sha256Sync(content) };
  }

  before(async () => {
    dir = await mkdtemp(path.join(tmpdir(), "pilot-cli-"));
    node = await startHardhatNode({ chainId: CHAIN_ID });
    process.env.PILOT_RPC_URL = node.url;
    hre = await cliRuntime("rpc");
    accounts = await rpcCall<string[]>(node.url, "eth_accounts");
    const connection = await hre.network.create();
    record = await deploySuite(connection, { deploymentId: `cli-test-${CHAIN_ID}`, ignitionDir: path.join(ROOT, "ignition") });
    await connection.close();
  });

  after(async () => {
    await node?.stop();
    await rm(deploymentPath(CHAIN_ID), { force: true });
    await rm(dir, { recursive: true, force: true });
  });

  describe("role and status management", () => {
    it("sets up zones, offices, entities and projects", async () => {
      expect((await ok("create-zone", { name: "Chengdu", region: "Sichuan", metadataUri: "ipfs://zone/chengdu" })).stdout).to.match(/created zone #1 Chengdu/);
      await ok("create-zone", { name: "Wuxi", region: "Jiangsu" });
      await ok("appoint-zone-admin", { zone: "Chengdu", account: accounts[ZONE_ADMIN] });
      await ok("set-regulator", { account: accounts[REGULATOR], fields: "health,education" });
      await ok("set-expert", { account: accounts[EXPERT], fields: "health" });
      const reg = await ok("register-entity", {
        zone: "chengdu",
        name: "West China Hospital",
        type: "hospital",
        fields: "health,education",
        signers: accounts[SIGNER],
        from: from(ZONE_ADMIN),
      });
      expect(reg.stdout).to.match(/registered entity #1 West China Hospital \(Hospital\) in zone Chengdu/);
      await ok("add-signer", { entity: "1", account: accounts[SIGNER2], from: from(ZONE_ADMIN) });
      await ok("register-entity", { zone: "2", name: "Jiangnan University", type: "university", fields: "education" });
      expect((await ok("propose-project", { field: "health", title: "Shared medical records", from: from(SIGNER) })).stdout).to.match(
        /proposed project #1 "Shared medical records" \(Health\) for entity #1/,
      );
      await ok("propose-project", { field: "education", title: "Nurse training", from: from(SIGNER2) });
      expect((await ok("set-project-status", { project: "1", action: "approve", from: from(ZONE_ADMIN) })).stdout).to.match(/approved/);
      await ok("set-project-status", { project: "2", action: "reject", reason: "out of scope", from: from(ZONE_ADMIN) });
    });

    it("suspends and reinstates zones and entities, rotates keys, dismisses offices, pauses", async () => {
      expect((await ok("set-zone-status", { zone: "Wuxi", status: "suspended" })).stdout).to.match(/zone Wuxi is now suspended/);
      await ok("set-zone-status", { zone: "Wuxi", status: "active" });
      expect((await ok("set-entity-status", { entity: "1", status: "suspended", from: from(ZONE_ADMIN) })).stdout).to.match(/now suspended/);
      await ok("set-entity-status", { entity: "1", status: "active", from: from(ZONE_ADMIN) });
      await ok("add-signer", { entity: "1", account: accounts[SPARE], from: from(ZONE_ADMIN) });
      await ok("remove-signer", { entity: "1", account: accounts[SPARE], from: from(ZONE_ADMIN) });
      // finding 3: the key's own consent, as a file; a consent for another entity, or one the removal voided, is refused
      const consent = path.join(dir, "consent-2.json");
      expect((await ok("sign-signer-consent", { entity: "2", out: consent, from: from(SPARE) })).stdout).to.match(/consents to sign for entity #2/);
      await refused("add-signer", { entity: "1", consent, from: from(ZONE_ADMIN) }, /consents to sign for entity #2, not #1/, accounts[ZONE_ADMIN]);
      await ok("add-signer", { entity: "2", consent });
      await ok("remove-signer", { entity: "2", account: accounts[SPARE] });
      await refused("add-signer", { entity: "2", consent }, /it is void, ask for a new one/);
      // issue 10: an appointment runs until --expires (a UTC midnight; default two years), renew-office moves the term
      expect((await ok("appoint-zone-admin", { zone: "Wuxi", account: accounts[SPARE], expires: "2099-12-31" })).stdout).to.match(
        /administrator of zone Wuxi until 2099-12-31T00:00:00Z/,
      );
      expect((await ok("renew-office", { account: accounts[SPARE], expires: "2100-06-30T08:00:00Z" })).stdout).to.match(
        /offices now expire at 2100-07-01T00:00:00Z/,
      );
      await refused("renew-office", { account: accounts[SPARE], expires: "2001-01-01" }, /--expires 2001-01-01T00:00:00Z is not in the future/);
      await refused("renew-office", { account: accounts[SPARE], expires: "soon" }, /--expires "soon" is not a date/);
      await ok("remove-zone-admin", { account: accounts[SPARE] });
      await refused("renew-office", { account: accounts[SPARE] }, /holds no office .* to renew/);
      await ok("set-expert", { account: accounts[SPARE], fields: "energy" });
      expect((await ok("set-expert", { account: accounts[SPARE], fields: "none" })).stdout).to.match(/dismissed/);
      // issue 10: the guardian pauses, and does nothing else
      expect((await ok("set-guardian", { account: accounts[SPARE] })).stdout).to.match(/is now the guardian/);
      await ok("pause", { from: from(SPARE) });
      await refused("unpause", { from: from(SPARE) }, /is not the programme office/, accounts[SPARE]);
      await ok("unpause");
      await ok("pause");
      await refused("propose-project", { field: "health", title: "While paused", from: from(SIGNER) }, /the programme is paused/, accounts[SIGNER]);
      await ok("unpause");
      await refused("unpause", {}, /the programme is not paused/);
    });

    it("refuses without the role, with names in plain words", async () => {
      await refused(
        "create-zone",
        { name: "Guiyang", from: from(OUTSIDER) },
        new RegExp(`account ${accounts[OUTSIDER]} is not the programme office`, "i"),
        accounts[OUTSIDER],
      );
      await refused(
        "register-entity",
        { zone: "Wuxi", name: "X", type: "bank", fields: "trade-finance", from: from(ZONE_ADMIN) },
        new RegExp(`account ${accounts[ZONE_ADMIN]} is not an administrator of zone Wuxi`, "i"),
        accounts[ZONE_ADMIN],
      );
      await refused(
        "set-project-status",
        { project: "1", action: "terminate", reason: "x", from: from(OUTSIDER) },
        /may not change the status of project #1 "Shared medical records"/,
        accounts[OUTSIDER],
      );
      await refused(
        "set-project-status",
        { project: "2", action: "approve", from: from(ZONE_ADMIN) },
        /project #2 "Nurse training" cannot go from rejected to active/,
        accounts[ZONE_ADMIN],
      );
      await refused(
        "add-signer",
        { entity: "1", account: accounts[REGULATOR], from: from(ZONE_ADMIN) },
        /holds an office .* cannot sign for an entity/,
        accounts[ZONE_ADMIN],
      );
    });

    it("refuses bad input before touching the chain", async () => {
      await refused("appoint-zone-admin", { zone: "Atlantis", account: accounts[SPARE] }, /there is no zone named "Atlantis"/);
      await refused("appoint-zone-admin", { zone: "99", account: accounts[SPARE] }, /there is no zone #99/);
      await refused("appoint-zone-admin", { zone: "1", account: "0x1234" }, /--account "0x1234" is not a valid address/);
      await refused("set-regulator", { account: accounts[SPARE], fields: "astrology" }, /--fields "astrology" is not a field/);
      await refused("register-entity", { zone: "1", name: "X", type: "spaceship", fields: "health" }, /--type "spaceship" is not one of/);
      await refused("set-entity-status", { entity: "42", status: "suspended" }, /there is no entity #42/);
      await refused("set-project-status", { project: "1", action: "bless" }, /--action "bless" is not one of: approve, reject/);
      await refused("set-project-status", { project: "1", action: "suspend", from: from(ZONE_ADMIN) }, /--reason is required/, accounts[ZONE_ADMIN]);
      await refused("create-zone", { name: "X", from: "99999" }, /--from 99999 is out of range/);
      await refused("create-zone", { name: "X", from: "0x000000000000000000000000000000000000dEaD" }, /is not available on network rpc/);
      await refused("create-zone", {}, /--name is required/);
      // an office of one account: no governor, no seats
      await refused("proposals", {}, /has no governor: its office is one account \(or a multisig\), which acts directly/);
      await refused("seats", {}, /has no seats: its office is one account, not governed by seats/);
      await refused("propose", { description: "x", task: ["pause"] }, /has no governor/);
    });
  });

  describe("reading", () => {
    it("lists zones and filtered entities, as a table or JSON", async () => {
      const zones = await ok("zones");
      expect(zones.stdout).to.match(/1\s+Chengdu\s+Sichuan\s+Active/);
      const json = JSON.parse((await ok("zones", { json: true })).stdout) as { name: string }[];
      expect(json.map((z) => z.name)).to.deep.equal(["Chengdu", "Wuxi"]);
      const inChengdu = JSON.parse((await ok("entities", { zone: "Chengdu", json: true })).stdout) as { name: string; signers: string[] }[];
      expect(inChengdu.map((e) => e.name)).to.deep.equal(["West China Hospital"]);
      expect(inChengdu[0].signers.map((s) => s.toLowerCase())).to.include(accounts[SIGNER].toLowerCase());
      const universities = JSON.parse((await ok("entities", { type: "university", field: "education", status: "active", json: true })).stdout) as {
        name: string;
      }[];
      expect(universities.map((e) => e.name)).to.deep.equal(["Jiangnan University"]);
      expect((await ok("entities", { field: "energy" })).stdout).to.match(/0 entities/);
      await refused("entities", { zone: "Atlantis" }, /there is no zone named/);
      await refused("entities", { field: "astrology" }, /is not a field/);
      await refused("project", { id: "77" }, /there is no project #77/);
      await refused("project", { id: "abc" }, /--id must be a positive whole number/);
    });
  });

  describe("attesting, signing, relaying, revoking, verifying", () => {
    let reportUid: string;
    let report: { file: string; hash: string };

    it("attests a local file (hashed here) and shows it in the project's timeline", async () => {
      report = await docFile("report.pdf", "quarterly progress report\n");
      const r = await ok("attest", { project: "1", kind: "progress-report", file: report.file, uri: "ipfs://report", from: from(SIGNER) });
      expect(r.stdout).to.include(`content hash ${report.hash}`);
      reportUid = uidFrom(r);
      const review = await ok("attest", { project: "1", kind: "review", hash: `0x${"ab".repeat(32)}`, ref: reportUid, from: from(ZONE_ADMIN) });
      uidFrom(review);
      const timeline = JSON.parse((await ok("project", { id: "1", json: true })).stdout) as {
        status: string;
        timeline: { type: string; kind?: string; uri?: string; ref?: string }[];
      };
      expect(timeline.status).to.equal("Active");
      const kinds = timeline.timeline.filter((t) => t.type === "attestation").map((t) => t.kind);
      expect(kinds).to.deep.equal(["Progress report", "Review"]);
      expect(timeline.timeline.find((t) => t.kind === "Review")?.ref).to.equal(reportUid);
      expect((await ok("project", { id: "1" })).stdout).to.match(/Progress report\s+by .*uid/);
    });

    it("refuses bad attestations with one line and sends nothing", async () => {
      const signer = accounts[SIGNER];
      await refused(
        "attest",
        { project: "1", kind: "milestone", file: path.join(dir, "missing.pdf"), from: from(SIGNER) },
        /file not found: .*missing\.pdf/,
        signer,
      );
      await refused("attest", { project: "1", kind: "milestone", hash: "0xnothex", from: from(SIGNER) }, /--hash "0xnothex" is not a 32-byte hash/, signer);
      await refused("attest", { project: "1", kind: "milestone", from: from(SIGNER) }, /give exactly one of --file/, signer);
      await refused("attest", { project: "12", kind: "milestone", hash: report.hash, from: from(SIGNER) }, /there is no project #12/, signer);
      await refused(
        "attest",
        { project: "1", kind: "gossip", hash: report.hash, from: from(SIGNER) },
        /--kind "gossip" is not one of: progress-report/,
        signer,
      );
      await refused(
        "attest",
        { project: "1", kind: "evaluation", hash: report.hash, from: from(SIGNER) },
        new RegExp(`account ${signer} is not a regulator of field Health`, "i"),
        signer,
      );
      await refused(
        "attest",
        { project: "1", kind: "milestone", hash: report.hash, from: from(OUTSIDER) },
        /is not a signer of entity #1 "West China Hospital"/,
        accounts[OUTSIDER],
      );
      await refused(
        "attest",
        { project: "1", kind: "milestone", hash: report.hash, ref: `0x${"cd".repeat(32)}`, from: from(SIGNER) },
        /there is no attestation 0xcdcd/,
        signer,
      );
    });

    it("signs offline and relays from another account; refuses tampered, foreign and expired files", async () => {
      const doc = await docFile("milestone.pdf", "milestone 1 reached\n");
      const out = path.join(dir, "signed.json");
      const signed = await ok("sign-attestation", { project: "1", kind: "milestone", file: doc.file, out, deadlineMinutes: "30", from: from(SIGNER) });
      expect(signed.stdout).to.match(/wrote .*signed\.json/);
      const file = JSON.parse(await readFile(out, "utf8")) as Record<string, unknown> & { request: Record<string, unknown> };
      expect(file.format).to.equal("pilot-programme/signed-attestation@1");
      expect(file.chainId).to.equal(String(CHAIN_ID));
      expect(file.contract).to.equal(record.programme);
      expect((file.request as { contentHash: string }).contentHash).to.equal(doc.hash);

      const variant = async (name: string, change: (f: typeof file) => void) => {
        const copy = structuredClone(file);
        change(copy);
        const p = path.join(dir, name);
        await writeFile(p, JSON.stringify(copy));
        return p;
      };
      const relayer = accounts[RELAYER];
      await refused(
        "relay",
        { file: await variant("tampered.json", (f) => (f.request.contentHash = `0x${"11".repeat(32)}`)), from: from(RELAYER) },
        /is not 0x[0-9a-fA-F]{40}'s: the file was altered after signing/,
        relayer,
      );
      await refused(
        "relay",
        { file: await variant("chain.json", (f) => (f.chainId = "1")), from: from(RELAYER) },
        new RegExp(`was signed for chain 1, but network rpc is chain ${CHAIN_ID}`),
        relayer,
      );
      await refused(
        "relay",
        { file: await variant("contract.json", (f) => (f.contract = record.reader)), from: from(RELAYER) },
        new RegExp(`was signed for contract 0x[0-9a-fA-F]{40}, but the programme on chain ${CHAIN_ID} is`),
        relayer,
      );
      await refused(
        "relay",
        { file: await variant("broken.json", (f) => delete (f as Record<string, unknown>).signature), from: from(RELAYER) },
        /is not a valid signed attestation file: signature/,
        relayer,
      );
      await refused("relay", { file: path.join(dir, "nope.json"), from: from(RELAYER) }, /file not found/, relayer);
      await refused(
        "sign-attestation",
        { project: "1", kind: "acceptance", hash: doc.hash, out: path.join(dir, "x.json"), from: from(SIGNER) },
        /is not a regulator of field Health/,
        accounts[SIGNER],
      );

      const relayed = await ok("relay", { file: out, from: from(RELAYER) });
      expect(relayed.stdout).to.match(/relayed: Milestone about project #1 signed by 0x[0-9a-fA-F]{40}, submitted by/);
      uidFrom(relayed);
      await refused("relay", { file: out, from: from(RELAYER) }, /was already used \(nonce 0/, relayer);

      // expired: sign with one minute, then move the chain's clock two hours on
      const late = path.join(dir, "late.json");
      await ok("sign-attestation", { project: "1", kind: "milestone", hash: `0x${"77".repeat(32)}`, out: late, deadlineMinutes: "1", from: from(SIGNER) });
      await rpcCall(node.url, "evm_increaseTime", [7200]);
      await rpcCall(node.url, "evm_mine");
      await refused("relay", { file: late, from: from(RELAYER) }, /the signature in .*late\.json expired at/, relayer);
    });

    it("increase-nonce voids an unsent signed file; refuses a nonce not above the current one", async () => {
      const signer = accounts[SIGNER2];
      const out = path.join(dir, "voided.json");
      await ok("sign-attestation", { project: "1", kind: "milestone", hash: `0x${"55".repeat(32)}`, out, from: from(SIGNER2) });
      const raised = await ok("increase-nonce", { from: from(SIGNER2) }); // default: current + 1
      expect(raised.stdout).to.match(
        new RegExp(`nonce of ${signer} raised from 0 to 1: signed attestations with nonce 0 that nobody relayed can no longer be relayed`, "i"),
      );
      expect(raised.stdout).to.match(/next signed attestation carries nonce 1/);
      await refused(
        "relay",
        { file: out, from: from(RELAYER) },
        /the signature in .*voided\.json was voided by its signer: 0x[0-9a-fA-F]{40} raised its nonce from 0 to 1 \(block \d+\), so nonce 0 can no longer be relayed$/,
        accounts[RELAYER],
      );
      // not above the current nonce: simulated, refused in sdk/errors.ts's words, nothing sent
      for (const to of ["1", "0"]) {
        await refused(
          "increase-nonce",
          { to, from: from(SIGNER2) },
          new RegExp(`^error: ${signer}'s signature nonce is 1: a new nonce must be above it`, "i"),
          signer,
        );
      }
      await refused("increase-nonce", { to: "-3", from: from(SIGNER2) }, /--to must be a whole number from 0 to 18446744073709551615, got "-3"/, signer);
      await refused("increase-nonce", { to: "18446744073709551616", from: from(SIGNER2) }, /--to must be a whole number/, signer);
      await refused("increase-nonce", { to: "18446744073709551615", from: from(SIGNER2) }, /would leave no usable nonce/, signer);
      expect((await ok("increase-nonce", { to: "10", from: signer })).stdout).to.match(/raised from 1 to 10: signed attestations with nonces 1 to 9/);
      // a file signed now carries the new nonce and relays
      const fresh = path.join(dir, "fresh.json");
      await ok("sign-attestation", { project: "1", kind: "milestone", hash: `0x${"56".repeat(32)}`, out: fresh, from: from(SIGNER2) });
      expect((JSON.parse(await readFile(fresh, "utf8")) as { nonce: string }).nonce).to.equal("10");
      uidFrom(await ok("relay", { file: fresh, from: from(RELAYER) }));
    });

    it("revokes with a reason; refuses without the right or the reason", async () => {
      const uid = uidFrom(await ok("attest", { project: "1", kind: "milestone", hash: `0x${"99".repeat(32)}`, from: from(SIGNER) }));
      await refused("revoke", { uid, reason: "mine now", from: from(OUTSIDER) }, /may not revoke attestation/, accounts[OUTSIDER]);
      await refused("revoke", { uid, from: from(SIGNER) }, /--reason is required/, accounts[SIGNER]);
      await refused("revoke", { uid: "0x12", reason: "x", from: from(SIGNER) }, /is not an attestation uid/, accounts[SIGNER]);
      await refused("revoke", { uid: `0x${"ee".repeat(32)}`, reason: "x", from: from(SIGNER) }, /there is no attestation 0xeeee/, accounts[SIGNER]);
      expect((await ok("revoke", { uid, reason: "wrong figures", from: from(REGULATOR) })).stdout).to.match(/revoked .*: wrong figures/);
      await refused("revoke", { uid, reason: "again", from: from(SIGNER) }, /is already revoked/, accounts[SIGNER]);
      const v = await run("verify-document", { hash: `0x${"99".repeat(32)}`, json: true });
      expect(v.code).to.equal(1);
      const report = JSON.parse(v.stdout) as { valid: boolean; attestations: { revoked: boolean; revokeReason: string }[] };
      expect(report.valid).to.equal(false);
      expect(report.attestations[0]).to.include({ revoked: true, revokeReason: "wrong figures" });
    });

    it("verify-document exits 0 only for a valid attestation (child processes)", async () => {
      const valid = await cli(["verify-document", "--file", report.file]);
      expect(valid.code, valid.stderr).to.equal(0);
      expect(valid.stdout).to.match(/ATTESTED: 1 valid attestation/);
      expect(valid.stdout).to.match(/signer of entity #1 "West China Hospital"/);
      expect(valid.stdout).to.match(/project #1 "Shared medical records"/);
      const unknown = await cli(["verify-document", "--hash", `0x${"00".repeat(31)}01`]);
      expect(unknown.code).to.equal(1);
      expect(unknown.stdout).to.match(/NOT ATTESTED/);
      const revoked = await cli(["verify-document", "--hash", `0x${"99".repeat(32)}`]);
      expect(revoked.code).to.equal(1);
      expect(revoked.stdout).to.match(/NOT VALID: all 1 attestation\(s\) of this document are revoked/);
      expect(revoked.stdout).to.match(/revoked by 0x[0-9a-fA-F]{40}: wrong figures/);
      const missing = await cli(["verify-document", "--file", path.join(dir, "missing.pdf")]);
      expect(missing.code).to.equal(1);
      expect(missing.stderr.trim()).to.match(/^error: file not found: .*missing\.pdf$/);
    });

    it("a refusal from the command line is one line and exit code 1, nothing sent (child process)", async () => {
      const before = await chainState(accounts[SIGNER]);
      const r = await cli(["attest", "--project", "1", "--kind", "acceptance", "--hash", report.hash, "--from", String(SIGNER)]);
      expect(r.code).to.equal(1);
      expect(r.stderr.trim()).to.match(/^error: account 0x[0-9a-fA-F]{40} is not a regulator of field Health$/);
      expect(r.stderr.toLowerCase()).to.include(accounts[SIGNER].toLowerCase());
      expect(await chainState(accounts[SIGNER])).to.deep.equal(before);
      const help = await runCli(["attest", "--help"]);
      expect(help.code).to.equal(0);
      for (const option of ["--project", "--kind", "--file", "--hash", "--uri", "--ref", "--from"]) expect(help.stdout).to.include(option);
    });
  });

  describe("export", () => {
    it("writes JSON and CSV rebuilt from events, checked against state", async () => {
      const out = path.join(dir, "export");
      const r = await ok("export", { out, blockRange: "3", quiet: true });
      expect(r.stdout).to.match(/totals and every attestation agree/);
      const json = JSON.parse(await readFile(path.join(out, "attestations.json"), "utf8")) as {
        consistent: boolean;
        totals: { attestations: number };
        attestations: { uid: string; revoked: boolean; relayedSigner: string }[];
      };
      expect(json.consistent).to.equal(true);
      expect(json.attestations).to.have.length(json.totals.attestations).and.to.have.length.greaterThan(3);
      expect(json.attestations.some((a) => a.revoked)).to.equal(true);
      expect(json.attestations.some((a) => a.relayedSigner !== "")).to.equal(true);
      const csv = (await readFile(path.join(out, "attestations.csv"), "utf8")).trim().split("\r\n");
      expect(csv[0]).to.match(/^uid,projectId,kind,kindLabel,attester,contentHash/);
      expect(csv).to.have.length(json.attestations.length + 1);
    });

    it("refuses --out naming an existing file with one line, before reading the chain (issue 12: no raw EEXIST)", async () => {
      const { file } = await docFile("not-a-directory.txt", "x");
      const r = await refused("export", { out: file }, /--out .*not-a-directory\.txt is a file; give a directory/);
      expect(r.stdout).to.equal("");
      expect(await readFile(file, "utf8")).to.equal("x");
    });

    it("reports a mismatch loudly and exits non-zero (a record with a wrong deployment block misses events)", async () => {
      const wrong = { ...record, deploymentBlock: Number(await rpcCall<string>(node.url, "eth_blockNumber")) - 3 };
      await writeDeployment(wrong);
      try {
        const r = await run("export", { out: path.join(dir, "bad-export") });
        expect(r.code).to.equal(1);
        expect(r.stderr).to.match(/^MISMATCH the contract counts \d+ attestations, the logs hold \d+$/m);
        expect(r.stderr.trim().split("\n").at(-1)).to.match(/^error: the export does NOT match contract state: \d+ mismatch/);
      } finally {
        await writeDeployment(record);
      }
    });
  });

  describe("lapsed offices (issue 10)", () => {
    const LAPSED = 9;
    const DAY = 86_400;
    const hash = `0x${"ef".repeat(32)}`;

    it("treats an office past its term as none by the chain's clock: one line naming the expiry and the renewal, nothing sent", async () => {
      const latest = await rpcCall<{ timestamp: string }>(node.url, "eth_getBlockByNumber", ["latest", false]);
      const expires = new Date((Math.floor(Number(latest.timestamp) / DAY) + 2) * DAY * 1000).toISOString().slice(0, 10);
      const lapsed = accounts[LAPSED];
      await ok("appoint-zone-admin", { zone: "Chengdu", account: lapsed, expires });
      const review = uidFrom(await ok("attest", { project: "1", kind: "review", hash, from: from(LAPSED) }));
      const signedEarlier = path.join(dir, "signed-before-lapse.json");
      await ok("sign-attestation", {
        project: "1",
        kind: "review",
        hash: `0x${"e2".repeat(32)}`,
        out: signedEarlier,
        deadlineMinutes: String(7 * 24 * 60),
        from: from(LAPSED),
      });
      expect((await ok("project", { id: "1" })).stdout).to.not.match(new RegExp(`by ${lapsed} \\(former office\\)`, "i"));

      // the chain's clock moves past the term (the wall clock does not matter)
      await rpcCall(node.url, "evm_increaseTime", [3 * DAY]);
      await rpcCall(node.url, "evm_mine");
      const sentence = new RegExp(
        `^error: ${lapsed}'s office as zone administrator of Chengdu lapsed on ${expires} and acts as none; ` +
          `renewing it is the programme office's action \\(npx hardhat --network rpc renew-office --account ${lapsed}\\)$`,
        "i",
      );
      await refused("attest", { project: "1", kind: "review", hash, from: from(LAPSED) }, sentence, lapsed);
      await refused("sign-attestation", { project: "1", kind: "review", hash, out: path.join(dir, "lapsed.json"), from: from(LAPSED) }, sentence, lapsed);
      await refused("set-entity-status", { entity: "1", status: "suspended", from: from(LAPSED) }, sentence, lapsed);
      await refused("set-project-status", { project: "1", action: "suspend", reason: "x", from: from(LAPSED) }, sentence, lapsed);
      await refused("revoke", { uid: review, reason: "x", from: from(LAPSED) }, sentence, lapsed);
      // signed while in term, relayed after: refused before the relayer pays for it
      await refused("relay", { file: signedEarlier, from: from(RELAYER) }, sentence, accounts[RELAYER]);
      // what the office never allowed is refused as before, not as a lapse
      await refused("attest", { project: "1", kind: "milestone", hash, from: from(LAPSED) }, /is not a signer of entity #1/, lapsed);
      // its earlier attestation now reads as a former office's
      expect((await ok("project", { id: "1" })).stdout).to.match(new RegExp(`Review\\s+by ${lapsed} \\(former office\\)`, "i"));

      await ok("renew-office", { account: lapsed });
      await ok("attest", { project: "1", kind: "review", hash: `0x${"e1".repeat(32)}`, from: from(LAPSED) });
      expect((await ok("project", { id: "1" })).stdout).to.not.match(new RegExp(`by ${lapsed} \\(former office\\)`, "i"));
    });
  });

  it("says so when the network has no deployment record", async () => {
    await rm(deploymentPath(CHAIN_ID));
    try {
      const r = await run("zones");
      expect(r.code).to.equal(1);
      expect(r.stderr.trim()).to.match(new RegExp(`^error: no deployment of the programme on chain ${CHAIN_ID} \\(network rpc\\)`));
    } finally {
      await writeDeployment(record);
    }
  });
});
