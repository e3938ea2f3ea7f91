/**
 * The index agrees with the chain: on the seeded sample (15 zones, 164 entities, 300 projects,
 * 1,973 attestations), everything the indexer serves is compared with contract state and with
 * the raw event logs: totals, every project's, entity's and zone's status and counters, the
 * aggregates (`stat`), a project's timeline with its revocation's reason and revoker, delegated
 * attestations with their relayer and nonce, signers, offices and nonces. Then a new
 * attestation and a revocation made while it runs show up live.
 */
import { expect } from "chai";
import type { Log } from "ethers";
import { graphql, graphqlAll, seededChain, sharedIndexer, type SeededChain } from "./helpers/seeded-chain.js";

interface AttestationRow {
  uid: string;
  seq: number;
  projectId: number;
  entityId: number;
  zoneId: number;
  field: number;
  attester: string;
  kind: number;
  contentHash: string;
  refUid: string | null;
  uri: string;
  delegated: boolean;
  relayer: string;
  nonce: string | null;
  revoked: boolean;
  revoker: string | null;
  revokeReason: string | null;
  block: string;
  txHash: string;
}

const ZERO32 = `0x${"0".repeat(64)}`;
const lower = (s: string) => s.toLowerCase();
const countBy = <T>(items: readonly T[], key: (t: T) => string | number) => {
  const out: Record<string, number> = {};
  for (const item of items) out[String(key(item))] = (out[String(key(item))] ?? 0) + 1;
  return out;
};
const dayOf = (seconds: number) => new Date(seconds * 1000).toISOString().slice(0, 10);

describe("indexer: the index agrees with the chain (seeded sample)", function () {
  this.timeout(180_000);

  let c: SeededChain;
  let url: string;
  let logs: Log[];
  let parsed: { name: string; args: Record<string, unknown> & unknown[]; log: Log }[];
  let rows: AttestationRow[];
  let stats: Record<string, Record<string, number>>;

  const view = async <T>(fn: string, ...args: unknown[]): Promise<T> => (await c.programme.getFunction(fn)(...args)) as T;

  before(async function () {
    // the first file to ask builds the shared chain: the sample on its calendar (about 160 blocks) and its index
    this.timeout(300_000);
    c = await seededChain();
    url = (await sharedIndexer()).url;
    logs = await c.provider.getLogs({ address: c.record.programme, fromBlock: c.record.deploymentBlock, toBlock: "latest" });
    parsed = logs.map((log) => {
      const p = c.iface.parseLog(log);
      if (!p) throw new Error(`unparsed log ${log.transactionHash}`);
      return { name: p.name, args: p.args as unknown as Record<string, unknown> & unknown[], log };
    });
    rows = await graphqlAll<AttestationRow>(
      url,
      "attestations",
      'orderBy: "seq", orderDirection: "asc"',
      "uid seq projectId entityId zoneId field attester kind contentHash refUid uri delegated relayer nonce revoked revoker revokeReason block txHash",
    );
    const statRows = await graphqlAll<{ metric: string; key: string; value: number }>(url, "stats", "", "metric key value");
    stats = {};
    for (const s of statRows) (stats[s.metric] ??= {})[s.key] = s.value;
  });

  const nonZero = (m: Record<string, number> | undefined) => Object.fromEntries(Object.entries(m ?? {}).filter(([, v]) => v !== 0));

  it("holds the programme's totals, pause flag and admin, and /meta names this deployment", async () => {
    const [zones, entities, projects, attestations] = await view<[bigint, bigint, bigint, bigint]>("totals");
    const { programme } = await graphql<{ programme: Record<string, unknown> }>(
      url,
      "{ programme(id: 1) { zones entities projects attestations revocations delegated paused admin } }",
    );
    expect(programme).to.deep.equal({
      zones: Number(zones),
      entities: Number(entities),
      projects: Number(projects),
      attestations: Number(attestations),
      revocations: parsed.filter((p) => p.name === "Revoked").length,
      delegated: parsed.filter((p) => p.name === "SignatureUsed").length,
      paused: await view<boolean>("paused"),
      admin: lower(await view<string>("defaultAdmin")),
    });
    expect(programme).to.include({ zones: 15, entities: 164, projects: 300, attestations: 1973, revocations: 89, delegated: 200 });
    const meta = (await (await fetch(`${url}/meta`)).json()) as Record<string, unknown>;
    expect(meta).to.include({
      chainId: 31337,
      programme: lower(c.record.programme),
      startBlock: c.record.deploymentBlock,
      indexedBlock: Number(await c.head()),
    });
  });

  it("lists every attestation in log order, as the events and the contract have it", async () => {
    const attested = parsed.filter((p) => p.name === "Attested");
    expect(rows.map((r) => r.uid)).to.deep.equal(attested.map((p) => p.args.uid));
    expect(rows.map((r) => r.seq)).to.deep.equal(rows.map((_, i) => i));
    const projectOf = new Map<number, { entityId: number; zoneId: number; field: number }>();
    for (const p of parsed.filter((x) => x.name === "ProjectProposed")) {
      projectOf.set(Number(p.args.projectId), { entityId: Number(p.args.entityId), zoneId: Number(p.args.zoneId), field: Number(p.args.field) });
    }
    attested.forEach((p, i) => {
      const r = rows[i] as AttestationRow;
      expect(r).to.include({
        projectId: Number(p.args.projectId),
        attester: lower(String(p.args.attester)),
        kind: Number(p.args.kind),
        contentHash: p.args.contentHash,
        uri: p.args.uri,
        refUid: p.args.refUID === ZERO32 ? null : p.args.refUID,
        block: String(p.log.blockNumber),
        txHash: p.log.transactionHash,
      });
      expect(r).to.include(projectOf.get(r.projectId));
    });
    expect(rows.filter((r) => r.refUid !== null).length, "references are kept").to.be.greaterThan(400);
    // the contract's own view of a sample of them, revoked ones included
    for (const r of rows.filter((_, i) => i % 97 === 0 || rows[i]?.revoked)) {
      const a = await view<{ attester: string; projectId: bigint; kind: bigint; revoked: boolean; contentHash: string }>("getAttestation", r.uid);
      expect({
        attester: lower(a.attester),
        projectId: Number(a.projectId),
        kind: Number(a.kind),
        revoked: a.revoked,
        contentHash: a.contentHash,
      }).to.deep.equal({
        attester: r.attester,
        projectId: r.projectId,
        kind: r.kind,
        revoked: r.revoked,
        contentHash: r.contentHash,
      });
    }
  });

  it("keeps each revocation's reason and revoker, and a project's timeline in order", async () => {
    const revoked = parsed.filter((p) => p.name === "Revoked");
    const byUid = new Map(rows.map((r) => [r.uid, r]));
    for (const p of revoked) {
      expect(byUid.get(String(p.args.uid))).to.include({ revoked: true, revoker: lower(String(p.args.revoker)), revokeReason: p.args.reason });
    }
    expect(rows.filter((r) => r.revoked).length).to.equal(revoked.length);

    // a project with a revocation by someone other than the attester: its timeline, from the index
    const target = rows.find((r) => r.revoked && r.revoker !== r.attester) as AttestationRow;
    expect(target, "the sample has a revocation by an office").to.not.equal(undefined);
    const { attestations, project } = await graphql<{
      attestations: { items: AttestationRow[] };
      project: { attestationCount: number; revokedCount: number; statusChanges: { items: { status: number; by: string; reason: string }[] } };
    }>(
      url,
      `{ attestations(where: {projectId: ${target.projectId}}, orderBy: "seq", orderDirection: "asc") { items { uid kind revoked revoker revokeReason } }
         project(id: ${target.projectId}) { attestationCount revokedCount statusChanges { items { status by reason } } } }`,
    );
    const fromLogs = parsed.filter((p) => p.name === "Attested" && Number(p.args.projectId) === target.projectId).map((p) => p.args.uid);
    expect(attestations.items.map((a) => a.uid)).to.deep.equal(fromLogs);
    expect(attestations.items.find((a) => a.uid === target.uid)).to.include({ revoked: true, revoker: target.revoker, revokeReason: target.revokeReason });
    expect(project.attestationCount).to.equal(fromLogs.length);
    expect(project.revokedCount).to.equal(attestations.items.filter((a) => a.revoked).length);
    const statusLogs = parsed.filter((p) => p.name === "ProjectStatusChanged" && Number(p.args.projectId) === target.projectId);
    expect(project.statusChanges.items.map((s) => [s.status, s.by, s.reason])).to.have.deep.members(
      statusLogs.map((p) => [Number(p.args.status), lower(String(p.args.by)), p.args.reason]),
    );
  });

  it("marks delegated attestations with their relayer and nonce, and keeps every signer's next nonce", async () => {
    const used = parsed.filter((p) => p.name === "SignatureUsed");
    expect(used.length).to.equal(200);
    const byUid = new Map(rows.map((r) => [r.uid, r]));
    const senders = new Map<string, string>();
    for (const p of used.slice(0, 40)) {
      const tx = await c.provider.getTransaction(p.log.transactionHash);
      senders.set(p.log.transactionHash, lower(tx?.from ?? ""));
    }
    for (const p of used) {
      const r = byUid.get(String(p.args.uid)) as AttestationRow;
      expect(r).to.include({ delegated: true, nonce: String(p.args.nonce), attester: lower(String(p.args.signer)) });
      const sender = senders.get(p.log.transactionHash);
      if (sender) expect(r.relayer).to.equal(sender);
      expect(r.relayer, "relayed by someone else").to.not.equal(r.attester);
    }
    expect(rows.filter((r) => r.delegated).length).to.equal(200);
    for (const r of rows.filter((x) => !x.delegated)) expect(r.relayer).to.equal(r.attester);

    const signers = [...new Set(used.map((p) => lower(String(p.args.signer))))];
    const accounts = await graphqlAll<{
      address: string;
      nonce: string;
      entityId: number;
      zoneAdminOf: number;
      regulatorFields: number;
      expertFields: number;
      officeExpiresAt: string;
    }>(url, "accounts", "", "address nonce entityId zoneAdminOf regulatorFields expertFields officeExpiresAt");
    const byAddress = new Map(accounts.map((a) => [a.address, a]));
    for (const signer of signers) {
      expect(byAddress.get(signer)?.nonce, `nonce of ${signer}`).to.equal(String(await view<bigint>("nonces", signer)));
    }
    // every account's entitlements, as getAccount says
    for (const a of accounts) {
      const onChain = await view<{
        entityId: bigint;
        zoneAdminOf: bigint;
        regulatorFields: bigint;
        expertFields: bigint;
        nonce: bigint;
        officeExpiryDay: bigint;
      }>("getAccount", a.address);
      const { address: _address, ...row } = a;
      expect(row).to.deep.equal({
        entityId: Number(onChain.entityId),
        zoneAdminOf: Number(onChain.zoneAdminOf),
        regulatorFields: Number(onChain.regulatorFields),
        expertFields: Number(onChain.expertFields),
        nonce: String(onChain.nonce),
        // issue 10: the office term, from the appointment events
        officeExpiresAt: String(onChain.officeExpiryDay * 86_400n),
      });
    }
  });

  it("holds every zone, entity and project with the contract's status and counters, and their signers", async () => {
    const zones = await graphqlAll<{ id: number; status: number; entityCount: number; name: string }>(url, "zones", "", "id status entityCount name");
    expect(zones).to.have.length(15);
    for (const z of zones) {
      const onChain = await view<{ status: bigint; entityCount: bigint; name: string }>("getZone", z.id);
      expect(z).to.include({ status: Number(onChain.status), entityCount: Number(onChain.entityCount), name: onChain.name });
    }
    const entities = await graphqlAll<{ id: number; status: number; projectCount: number; fields: number; signers: string[] }>(
      url,
      "entitys",
      "",
      "id status projectCount fields signers",
    );
    expect(entities).to.have.length(164);
    for (const e of entities) {
      const onChain = await view<{ status: bigint; projectCount: bigint; fields: bigint }>("getEntity", e.id);
      expect(e).to.include({ status: Number(onChain.status), projectCount: Number(onChain.projectCount), fields: Number(onChain.fields) });
      expect(e.signers).to.have.members((await view<string[]>("signersOf", e.id)).map(lower));
    }
    const projects = await graphqlAll<{ id: number; status: number; attestationCount: number; updatedAt: string }>(
      url,
      "projects",
      "",
      "id status attestationCount updatedAt",
    );
    expect(projects).to.have.length(300);
    const perProject = countBy(rows, (r) => r.projectId);
    for (const p of projects) {
      const onChain = await view<{ status: bigint; updatedAt: bigint }>("getProject", p.id);
      expect({ status: p.status, updatedAt: p.updatedAt }).to.deep.equal({ status: Number(onChain.status), updatedAt: String(onChain.updatedAt) });
      expect(p.attestationCount).to.equal(perProject[p.id] ?? 0);
    }
  });

  it("keeps the overview's aggregates equal to counts over the rows", async () => {
    const projects = await graphqlAll<{ status: number; field: number }>(url, "projects", "", "status field");
    const entities = await graphqlAll<{ status: number; entityType: number; fields: number }>(url, "entitys", "", "status entityType fields");
    const zones = await graphqlAll<{ status: number }>(url, "zones", "", "status");
    expect(nonZero(stats["projects.status"])).to.deep.equal(countBy(projects, (p) => p.status));
    expect(nonZero(stats["projects.field"])).to.deep.equal(countBy(projects, (p) => p.field));
    expect(nonZero(stats["attestations.zone"])).to.deep.equal(countBy(rows, (r) => r.zoneId));
    expect(nonZero(stats["attestations.field"])).to.deep.equal(countBy(rows, (r) => r.field));
    expect(nonZero(stats["attestations.kind"])).to.deep.equal(countBy(rows, (r) => r.kind));
    const blockTime = new Map<number, number>();
    for (const p of parsed) {
      if (!blockTime.has(p.log.blockNumber)) blockTime.set(p.log.blockNumber, (await c.provider.getBlock(p.log.blockNumber))?.timestamp ?? 0);
    }
    expect(nonZero(stats["attestations.day"])).to.deep.equal(countBy(rows, (r) => dayOf(blockTime.get(Number(r.block)) as number)));
    // the month rows (the overview's chart): over the programme's calendar, October 2021 to 2024 and on
    const months = countBy(rows, (r) => dayOf(blockTime.get(Number(r.block)) as number).slice(0, 7));
    expect(nonZero(stats["attestations.month"])).to.deep.equal(months);
    expect(Object.keys(months).length).to.be.greaterThan(24);
    const revocations = parsed.filter((p) => p.name === "Revoked");
    expect(nonZero(stats["revocations.day"])).to.deep.equal(countBy(revocations, (p) => dayOf(blockTime.get(p.log.blockNumber) as number)));
    expect(nonZero(stats["revocations.kind"])).to.deep.equal(
      countBy(
        rows.filter((r) => r.revoked),
        (r) => r.kind,
      ),
    );
    expect(nonZero(stats["entities.status"])).to.deep.equal(countBy(entities, (e) => e.status));
    expect(nonZero(stats["entities.type"])).to.deep.equal(countBy(entities, (e) => e.entityType));
    const perField: Record<string, number> = {};
    for (const e of entities) for (let f = 0; f < 32; f++) if ((e.fields >>> f) & 1) perField[f] = (perField[f] ?? 0) + 1;
    expect(nonZero(stats["entities.field"])).to.deep.equal(perField);
    expect(nonZero(stats["zones.status"])).to.deep.equal(countBy(zones, (z) => z.status));
  });

  it("folds in a new attestation and a revocation live, as blocks arrive", async () => {
    const indexer = await sharedIndexer();
    // a progress report of an active project, of an active entity, in an active zone: its signer may attest again
    const active = new Set((await graphqlAll<{ id: number }>(url, "projects", "where: {status: 2}", "id")).map((p) => p.id));
    const signersOf = new Map(
      (await graphqlAll<{ id: number; signers: string[] }>(url, "entitys", "where: {status: 1}", "id signers")).map((e) => [e.id, e.signers]),
    );
    const activeZones = new Set((await graphqlAll<{ id: number }>(url, "zones", "where: {status: 1}", "id")).map((z) => z.id));
    const open = rows.find(
      (r) =>
        r.kind === 0 &&
        !r.revoked &&
        !r.delegated &&
        active.has(r.projectId) &&
        activeZones.has(r.zoneId) &&
        (signersOf.get(r.entityId) ?? []).includes(r.attester),
    ) as AttestationRow;
    expect(Number((await view<{ status: bigint }>("getProject", open.projectId)).status), "an active project to attest about").to.equal(2);
    const contentHash = `0x${"ab".repeat(32)}`;
    const { blockNumber } = await c.send(open.attester, "attest", [
      { projectId: open.projectId, kind: 1, contentHash, refUID: open.uid, uri: "ipfs://live-test" },
    ]);
    const revocation = await c.send(open.attester, "revoke", [open.uid, "live revocation test"]);
    await indexer.waitForBlock(revocation.blockNumber, 30_000);
    const { attestations, programme } = await graphql<{ attestations: { items: AttestationRow[] }; programme: { attestations: number; revocations: number } }>(
      url,
      `{ attestations(where: {contentHash: "${contentHash}"}) { items { seq projectId refUid uri block revoked } }
         programme(id: 1) { attestations revocations } }`,
    );
    expect(attestations.items).to.have.length(1);
    expect(attestations.items[0]).to.include({
      seq: 1973,
      projectId: open.projectId,
      refUid: open.uid,
      uri: "ipfs://live-test",
      block: String(blockNumber),
      revoked: false,
    });
    expect(programme).to.deep.equal({ attestations: 1974, revocations: 90 });
    const { attestation } = await graphql<{ attestation: AttestationRow }>(url, `{ attestation(uid: "${open.uid}") { revoked revoker revokeReason } }`);
    expect(attestation).to.deep.equal({ revoked: true, revoker: open.attester, revokeReason: "live revocation test" });
  });
});
