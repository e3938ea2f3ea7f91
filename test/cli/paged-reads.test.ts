/**
 * The terminal tool's reads at more than one page, against a real `hardhat node`:
 * - `zones` and `entities` over more rows than one reader call returns;
 * - `verify-document` of a document attested more times than one `attestationsOf` page holds,
 *   revoked beyond the first page: the count, then every page, never truncated;
 * - `npm start`'s `readRegistry`;
 * - `export` through a proxy that refuses eth_getLogs over 4 blocks (like public providers):
 *   still complete, and checked against contract state.
 */
import { expect } from "chai";
import { mkdtemp, readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import type { HardhatRuntimeEnvironment } from "hardhat/types/hre";
import type { NetworkConnection } from "hardhat/types/network";
import { EntityType, Kind, ProjectStatus } from "@pilot/sdk/domain";
import { MAX_PAGE } from "@pilot/sdk/readPaging";
import type { Hex } from "@pilot/sdk/eip712";
import { deploymentPath, type DeploymentRecord } from "../../scripts/deploy/deployment-record.js";
import { readRegistry } from "../../scripts/start/local-programme.js";
import type { PilotProgramme } from "../../types/ethers-contracts/index.js";
import { bit, signConsent, expectedUid, HEALTH, request, signAttestation, ZERO_HASH, TERM_END } from "../helpers/fixtures.js";
import { startHardhatNode, type LocalNode } from "../../scripts/node/hardhat-node.js";
import { cliRuntime, ROOT, runCli, runTask } from "./helpers/cli.js";
import { deploySuite } from "./helpers/deploy-suite.js";
import { startRangeLimitedProxy } from "./helpers/range-limited-proxy.js";

const CHAIN_ID = 60_000 + Math.floor(Math.random() * 20_000);
const ZONES = MAX_PAGE.zones + 5;
const ENTITIES = MAX_PAGE.entities + 5;
const COPIES = MAX_PAGE.attestationsOf + 50; // one document, attested more often than one page holds
const DOC = `0x${"d0c5".repeat(16)}` as Hex;

describe("terminal tasks: reads over several pages", function () {
  this.timeout(180_000);
  let node: LocalNode;
  let hre: HardhatRuntimeEnvironment;
  let connection: NetworkConnection;
  let record: DeploymentRecord;
  let programme: PilotProgramme;
  let dir: string;

  before(async () => {
    dir = await mkdtemp(path.join(tmpdir(), "pilot-paged-"));
    node = await startHardhatNode({ chainId: CHAIN_ID });
    process.env.PILOT_RPC_URL = node.url;
    hre = await cliRuntime("rpc");
    connection = await hre.network.create();
    record = await deploySuite(connection, { deploymentId: `paged-test-${CHAIN_ID}`, ignitionDir: path.join(ROOT, "ignition") });
    const { ethers } = connection;
    const [admin, zoneAdmin, regulator, signer, relayer] = await ethers.getSigners();
    programme = (await ethers.getContractAt("PilotProgramme", record.programme)) as unknown as PilotProgramme;
    const send = async (tx: Promise<{ wait(): Promise<unknown> }>) => (await tx).wait();
    const a = programme.connect(admin);

    // more zones and entities than one page of each (a fixed gas limit: no estimate per transaction)
    const o = { gasLimit: 1_000_000 };
    for (let i = 1; i <= ZONES; i++) await send(a.createZone(`Zone ${i}`, "Region", "", ZERO_HASH, o));
    await send(a.appointZoneAdmin(1, zoneAdmin.address, TERM_END));
    await send(a.setRegulatorFields(regulator.address, bit(HEALTH), TERM_END));
    await send(
      programme
        .connect(zoneAdmin)
        .registerEntity(1, "Entity 1", EntityType.Hospital, bit(HEALTH), "", ZERO_HASH, [await signConsent(ethers, programme, signer, 1)]),
    );
    for (let i = 2; i <= ENTITIES; i++) await send(a.registerEntity(1 + (i % ZONES), `Entity ${i}`, EntityType.Bank, bit(HEALTH), "", ZERO_HASH, [], o));

    // two projects with a status history
    const s = programme.connect(signer);
    await send(s.proposeProject(HEALTH, "Records", "", ZERO_HASH));
    await send(s.proposeProject(HEALTH, "Rejected idea", "", ZERO_HASH));
    await send(programme.connect(zoneAdmin).setProjectStatus(1, ProjectStatus.Active, ""));
    await send(programme.connect(zoneAdmin).setProjectStatus(2, ProjectStatus.Rejected, "out of scope"));
    await send(programme.connect(regulator).setProjectStatus(1, ProjectStatus.Suspended, "audit"));
    await send(programme.connect(regulator).setProjectStatus(1, ProjectStatus.Active, ""));

    // one document attested COPIES times, in batches
    for (let done = 0; done < COPIES; done += 150) {
      await send(s.attestBatch(Array.from({ length: Math.min(150, COPIES - done) }, () => request(1, Kind.ProgressReport, DOC, ZERO_HASH, "ipfs://doc"))));
    }
    // revoked: the first, and the last (far beyond the first page)
    await send(s.revoke(await programme.uidOf(DOC, 0), "first draft"));
    await send(programme.connect(zoneAdmin).revoke(await programme.uidOf(DOC, COPIES - 1), "duplicate upload"));
    // one relayed attestation of another document
    const relayed = request(1, Kind.Milestone, `0x${"5e".repeat(32)}` as Hex);
    const sig = await signAttestation(connection, programme, signer, relayed);
    await send(programme.connect(relayer).attestBySig(relayed, sig.attester, sig.nonce, sig.deadline, sig.signature));
  });

  after(async () => {
    await connection?.close().catch(() => undefined);
    await node?.stop();
    await rm(deploymentPath(CHAIN_ID), { force: true });
    await rm(dir, { recursive: true, force: true });
  });

  it(`zones and entities list every row (${ZONES} zones, ${ENTITIES} entities: more than a page of each)`, async () => {
    const zones = await runTask(hre, "zones", { json: true });
    expect(zones.code, zones.stderr).to.equal(0);
    const zoneList = JSON.parse(zones.stdout) as { id: number }[];
    expect(zoneList.map((z) => z.id)).to.deep.equal(Array.from({ length: ZONES }, (_, i) => i + 1));
    const entities = await runTask(hre, "entities", { json: true });
    expect(entities.code, entities.stderr).to.equal(0);
    expect((JSON.parse(entities.stdout) as unknown[]).length).to.equal(ENTITIES);
  });

  it("npm start's readRegistry reads every zone, entity and project in pages", async () => {
    expect(await readRegistry(node.url, record.reader)).to.deep.equal({ zones: ZONES, entities: ENTITIES, projects: 2 });
  });

  it(`verify-document reads the count and every page: ${COPIES} attestations, the last one revoked`, async () => {
    const r = await runTask(hre, "verify-document", { hash: DOC, json: true });
    expect(r.code, r.stderr).to.equal(0);
    const out = JSON.parse(r.stdout) as {
      valid: boolean;
      count: number;
      validCount: number;
      revokedCount: number;
      attestations: { uid: string; revoked: boolean; revokeReason?: string; uri: string; actingAs: string }[];
    };
    expect({ valid: out.valid, count: out.count, validCount: out.validCount, revokedCount: out.revokedCount }).to.deep.equal({
      valid: true,
      count: COPIES,
      validCount: COPIES - 2,
      revokedCount: 2,
    });
    expect(out.attestations).to.have.length(COPIES);
    expect(out.attestations.map((x) => x.uid)).to.deep.equal(Array.from({ length: COPIES }, (_, i) => expectedUid(connection.ethers, DOC, i)));
    expect(out.attestations[0]).to.include({ revoked: true, revokeReason: "first draft" });
    expect(out.attestations[COPIES - 1]).to.include({ revoked: true, revokeReason: "duplicate upload", uri: "ipfs://doc" });
    expect(out.attestations[COPIES - 2]).to.include({ revoked: false, actingAs: 'signer of entity #1 "Entity 1"' });

    const text = await runTask(hre, "verify-document", { hash: DOC, json: false });
    expect(text.stdout).to.include(`ATTESTED: ${COPIES - 2} valid attestation(s), 2 revoked`);
  });

  it("export through a provider that refuses eth_getLogs over 4 blocks: complete, and checked against contract state", async () => {
    const proxy = await startRangeLimitedProxy(node.url, 4);
    try {
      const out = path.join(dir, "export");
      const r = await runCli(["--network", "rpc", "export", "--out", out, "--block-range", "1000", "--quiet"], { PILOT_RPC_URL: proxy.url });
      expect(r.code, r.stderr).to.equal(0);
      expect(r.stderr).to.equal("");
      expect(r.stdout).to.match(/totals and every attestation agree, and so does every project's status/);
      // the provider refused the wide ranges; every range it answered was within its limit
      expect(proxy.stats.refused).to.be.greaterThan(0);
      expect(proxy.stats.widest).to.be.at.most(4);

      const json = JSON.parse(await readFile(path.join(out, "attestations.json"), "utf8")) as {
        format: string;
        consistent: boolean;
        mismatchCount: number;
        projectsChecked: number;
        revoked: number;
        totals: { zones: number; entities: number; projects: number; attestations: number };
        attestations: { uid: string; revoked: boolean; revokeReason: string; relayedSigner: string; block: number; logIndex: number }[];
      };
      expect(json.format).to.equal("pilot-programme/log-export@1");
      expect({ consistent: json.consistent, mismatchCount: json.mismatchCount, projectsChecked: json.projectsChecked, revoked: json.revoked }).to.deep.equal({
        consistent: true,
        mismatchCount: 0,
        projectsChecked: 2,
        revoked: 2,
      });
      expect(json.totals).to.deep.equal({ zones: ZONES, entities: ENTITIES, projects: 2, attestations: COPIES + 1 });
      expect(json.attestations).to.have.length(COPIES + 1);
      expect(new Set(json.attestations.map((x) => x.uid)).size).to.equal(COPIES + 1);
      expect(json.attestations.filter((x) => x.revoked).map((x) => x.revokeReason)).to.deep.equal(["first draft", "duplicate upload"]);
      expect(json.attestations.filter((x) => x.relayedSigner !== "")).to.have.length(1);
      // in chain order
      const order = json.attestations.map((x) => x.block * 1e6 + x.logIndex);
      expect(order).to.deep.equal([...order].sort((x, y) => x - y));
      const csv = (await readFile(path.join(out, "attestations.csv"), "utf8")).trim().split("\r\n");
      expect(csv).to.have.length(COPIES + 2);
      expect(csv[0]).to.match(/^uid,projectId,kind,kindLabel,attester,contentHash/);
    } finally {
      await proxy.stop();
    }
  });
});
