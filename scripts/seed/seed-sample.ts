/**
 * Seeds a freshly deployed programme on a local dev node with the sample
 * programme, fast: automine off, each phase's transactions sent in batched
 * JSON-RPC and mined together, attestations in `attestBatch` transactions,
 * delegated ones signed (EIP-712, sdk/eip712.ts) with the signer's own dev key
 * (held by the node: eth_signTypedData_v4, one batch per round) and relayed with
 * `attestBySig`. The sample must already be validated (validate.ts).
 */
import { Interface, solidityPackedKeccak256 } from "ethers";
import { ENTITY_TYPES, EntityStatus, FIELDS, Kind, ProjectStatus, ZoneStatus, fieldsToMask, ATTESTATION_KINDS } from "../../sdk/domain.js";
import {
  ATTEST_PRIMARY_TYPE,
  ATTEST_TYPES,
  SIGNER_CONSENT_PRIMARY_TYPE,
  SIGNER_CONSENT_TYPES,
  attestDomain,
  type AttestationRequest,
  type Hex,
} from "../../sdk/eip712.js";
import { defaultOfficeExpiry } from "../../sdk/governance.js";
import { sha256Hex } from "../../sdk/hashing.js";
import { readAbi } from "../lib/artifacts.js";
import type { Sample } from "../sample/schema.js";
import { planAccounts, type PlannedAccount } from "./account-plan.js";
import { attestationRounds } from "./attestation-rounds.js";
import { Rpc } from "./rpc.js";
import { TxPipeline, type MinedReceipt, type PlannedTx } from "./tx-pipeline.js";

export interface SeedOptions {
  rpcUrl: string;
  programme: string;
  sample: Sample;
  log?: (line: string) => void;
}

export interface SeedSummary {
  transactions: number;
  blocks: number;
  gasUsed: bigint;
  ms: number;
  totals: { zones: number; entities: number; projects: number; attestations: number };
}

const BATCH = 40;
const EIP712_DOMAIN_TYPE = [
  { name: "name", type: "string" },
  { name: "version", type: "string" },
  { name: "chainId", type: "uint256" },
  { name: "verifyingContract", type: "address" },
];
const ZERO32 = `0x${"0".repeat(64)}` as Hex;
const encoder = new TextEncoder();
const hashText = (text: string) => sha256Hex(encoder.encode(text));
const fieldId = (key: string) => FIELDS.findIndex((f) => f.key === key);
const kindId = (label: string) => ATTESTATION_KINDS.indexOf(label as (typeof ATTESTATION_KINDS)[number]) as Kind;
/** uid of the first attestation of a content hash (every sample document is unique). */
const firstUid = (contentHash: string) => solidityPackedKeccak256(["bytes32", "uint256"], [contentHash, 0]) as Hex;

export async function readTotals(rpc: Rpc, iface: Interface, programme: string): Promise<SeedSummary["totals"]> {
  const raw = await rpc.call<string>("eth_call", [{ to: programme, data: iface.encodeFunctionData("totals") }, "latest"]);
  const [zones, entities, projects, attestations] = iface.decodeFunctionResult("totals", raw).map(Number) as [number, number, number, number];
  return { zones, entities, projects, attestations };
}

export async function seedSample({ rpcUrl, programme, sample, log = () => {} }: SeedOptions): Promise<SeedSummary> {
  const started = Date.now();
  const rpc = new Rpc(rpcUrl);
  const iface = new Interface(await readAbi("PilotProgramme") as never);
  const before = await readTotals(rpc, iface, programme);
  if (before.zones + before.entities + before.projects + before.attestations > 0) {
    throw new Error(`the programme at ${programme} already holds data (${JSON.stringify(before)}); seed a fresh deployment`);
  }
  const accounts = planAccounts(sample, await rpc.call<string[]>("eth_accounts"));
  const acct = (label: string): PlannedAccount => {
    const a = accounts.get(label);
    if (!a) throw new Error(`unknown account ${label}`);
    return a;
  };
  const chainId = BigInt(await rpc.call<string>("eth_chainId"));
  const latest = await rpc.call<{ timestamp: string }>("eth_getBlockByNumber", ["latest", false]);
  const deadline = BigInt(latest.timestamp) + 7n * 24n * 3600n;

  const pipeline = new TxPipeline(rpc, iface);
  await pipeline.init([...accounts.values()].map((a) => a.address));
  const tx = (from: string, fn: string, args: readonly unknown[], gas: number, what: string): PlannedTx => ({
    from: acct(from).address,
    to: programme,
    data: iface.encodeFunctionData(fn, args),
    gas: BigInt(gas),
    what,
  });
  const events = (receipts: readonly MinedReceipt[], name: string) =>
    receipts.map((r) =>
      r.logs.flatMap((l) => {
        if (l.address.toLowerCase() !== programme.toLowerCase()) return [];
        const parsed = iface.parseLog(l);
        return parsed && parsed.name === name ? [parsed] : [];
      }),
    );
  const phase = async (name: string, txs: PlannedTx[]) => {
    const t = Date.now();
    const receipts = await pipeline.run(txs);
    log(`  ${name}: ${txs.length} transactions, ${Date.now() - t} ms`);
    return receipts;
  };

  await rpc.call("evm_setAutomine", [false]);
  try {
    // 1. the programme office: zones, their administrators, regulators, experts
    const office = sample.accounts[0]?.label as string;
    const setup: PlannedTx[] = [];
    for (const [i, z] of sample.zones.entries()) {
      setup.push(tx(office, "createZone", [z.name, z.region, "", await hashText(`SAMPLE DATA. ${z.name} pilot zone, ${z.region}.`)], 300_000, `zones[${i}]`));
    }
    const zoneId = new Map(sample.zones.map((z, i) => [z.key, i + 1]));
    // every office for the default term (two years from the chain's clock, at a UTC midnight)
    const latest = await rpc.call<{ timestamp: string }>("eth_getBlockByNumber", ["latest", false]);
    const term = defaultOfficeExpiry(Number(latest.timestamp));
    sample.accounts.forEach((a, i) => {
      if (a.role === "zoneAdmin") setup.push(tx(office, "appointZoneAdmin", [zoneId.get(a.zone), acct(a.label).address, term], 120_000, `accounts[${i}]`));
      if (a.role === "regulator") setup.push(tx(office, "setRegulatorFields", [acct(a.label).address, fieldsToMask(a.fields.map(fieldId)), term], 120_000, `accounts[${i}]`));
      if (a.role === "expert") setup.push(tx(office, "setExpertFields", [acct(a.label).address, fieldsToMask(a.fields.map(fieldId)), term], 120_000, `accounts[${i}]`));
    });
    const setupReceipts = await phase("offices", setup);
    events(setupReceipts.slice(0, sample.zones.length), "ZoneCreated").forEach(([ev], i) => {
      if (Number(ev?.args[0]) !== i + 1) throw new Error(`zones[${i}]: expected zone id ${i + 1}, got ${ev?.args[0]}`);
    });

    // 2. zone administrators register their entities, each signer key with its own consent
    // (EIP-712 SignerConsent for the id the entity gets: ids follow the order sent, from 1 on a
    // fresh deployment; every key is fresh, so at nonce 0), signed by the node's dev keys in one batch
    const consentData = (account: string, entityId: number) =>
      JSON.stringify({
        types: { EIP712Domain: EIP712_DOMAIN_TYPE, SignerConsent: SIGNER_CONSENT_TYPES.SignerConsent },
        primaryType: SIGNER_CONSENT_PRIMARY_TYPE,
        domain: { ...attestDomain(Number(chainId), programme as Hex), chainId: Number(chainId) },
        message: { account, entityId, nonce: 0, deadline: deadline.toString() },
      });
    const keysOf = sample.entities.map((e, i) => e.signers.map((label) => ({ account: acct(label).address, entityId: i + 1 })));
    const consentSignatures = await rpc.batch(
      keysOf.flat().map((k) => ({ method: "eth_signTypedData_v4", params: [k.account, consentData(k.account, k.entityId)] })),
    );
    let nextSignature = 0;
    const signerKeys = keysOf.map((keys) => keys.map((k) => ({ account: k.account, deadline, signature: consentSignatures[nextSignature++] as string })));
    const entityTxs = await Promise.all(
      sample.entities.map(async (e, i) =>
        tx(`zone-admin:${e.zone}`, "registerEntity", [
          zoneId.get(e.zone), e.name, ENTITY_TYPES.indexOf(e.type), fieldsToMask(e.fields.map(fieldId)), "",
          await hashText(e.description), signerKeys[i],
        ], 450_000 + 80_000 * e.signers.length, `entities[${i}]`),
      ),
    );
    const entityId = new Map<string, number>();
    events(await phase("entities", entityTxs), "EntityRegistered").forEach(([ev], i) => entityId.set((sample.entities[i] as Sample["entities"][number]).key, Number(ev?.args[0])));

    // 3. entities propose their projects
    const entityByKey = new Map(sample.entities.map((e) => [e.key, e]));
    const projectTxs = await Promise.all(
      sample.projects.map(async (p, i) =>
        tx(entityByKey.get(p.entity)?.signers[0] as string, "proposeProject", [fieldId(p.field), p.title, "", await hashText(p.summary)], 400_000, `projects[${i}]`),
      ),
    );
    const projectId = new Map<string, number>();
    events(await phase("projects", projectTxs), "ProjectProposed").forEach(([ev], i) => projectId.set((sample.projects[i] as Sample["projects"][number]).key, Number(ev?.args[0])));
    const zoneAdminOf = (projectKey: string) => `zone-admin:${entityByKey.get(sample.projects.find((p) => p.key === projectKey)?.entity as string)?.zone}`;

    // 4. zone administrators approve every project that ever ran
    const approvals = sample.projects.flatMap((p, i) =>
      p.status === "Proposed" || p.status === "Rejected" ? [] : [tx(zoneAdminOf(p.key), "setProjectStatus", [projectId.get(p.key), ProjectStatus.Active, ""], 150_000, `projects[${i}] (approve)`)],
    );
    await phase("approvals", approvals);

    // 5. attestations, round by round
    const hashes = await Promise.all(sample.attestations.map((a) => hashText(a.document)));
    const contentHash = new Map<string, Hex>(sample.attestations.map((a, i) => [a.key, hashes[i] as Hex]));
    const requestOf = (a: Sample["attestations"][number]): AttestationRequest => ({
      projectId: projectId.get(a.project) as number,
      kind: kindId(a.kind),
      contentHash: contentHash.get(a.key) as Hex,
      refUID: a.ref ? firstUid(contentHash.get(a.ref) as string) : ZERO32,
      uri: a.uri ?? "",
    });
    // EIP-712 typed data (sdk/eip712.ts), signed by the attester's own key: the node holds the
    // dev keys, so eth_signTypedData_v4 signs a whole round in one batched request.
    const domain = attestDomain(chainId, programme as Hex);
    const typedData = (attester: string, req: AttestationRequest, nonce: number) =>
      JSON.stringify({
        types: { EIP712Domain: EIP712_DOMAIN_TYPE, Attest: ATTEST_TYPES.Attest },
        primaryType: ATTEST_PRIMARY_TYPE,
        domain: { ...domain, chainId: Number(domain.chainId) },
        message: { attester, ...req, nonce, deadline: deadline.toString() },
      });
    const rounds = attestationRounds(sample.attestations);
    let attested = 0;
    for (const [r, round] of rounds.entries()) {
      const txs: PlannedTx[] = [];
      const direct = new Map<string, typeof round>();
      const delegated = round.filter((item) => item.attestation.delegated);
      const signatures = await rpc.batch(
        delegated.map((item) => {
          const attester = acct(item.attestation.attester).address;
          return { method: "eth_signTypedData_v4", params: [attester, typedData(attester, requestOf(item.attestation), item.sigNonce ?? 0)] };
        }),
      );
      delegated.forEach((item, i) => {
        const a = item.attestation;
        const attester = acct(a.attester).address;
        const args = [requestOf(a), attester, item.sigNonce ?? 0, deadline, signatures[i]];
        txs.push(tx(a.delegated?.relayer as string, "attestBySig", args, 300_000, `attestations[${item.index}] (attestBySig)`));
      });
      for (const item of round) {
        const a = item.attestation;
        if (!a.delegated) {
          const list = direct.get(a.attester) ?? [];
          list.push(item);
          direct.set(a.attester, list);
        }
      }
      for (const [attester, items] of direct) {
        for (let i = 0; i < items.length; i += BATCH) {
          const chunk = items.slice(i, i + BATCH);
          const what = `attestations[${chunk.map((c) => c.index).join(",")}] (attestBatch by ${attester})`;
          txs.push(tx(attester, "attestBatch", [chunk.map((c) => requestOf(c.attestation))], 80_000 + 160_000 * chunk.length, what));
        }
      }
      const receipts = await phase(`attestations, round ${r + 1}/${rounds.length}`, txs);
      const recorded = new Set(events(receipts, "Attested").flat().map((ev) => String(ev.args[0]).toLowerCase()));
      for (const item of round) {
        const uid = firstUid(contentHash.get(item.attestation.key) as string).toLowerCase();
        if (!recorded.has(uid)) throw new Error(`attestations[${item.index}]: expected uid ${uid} in the round's events`);
      }
      attested += round.length;
    }

    // 6. the end of the story: rejections, suspensions, terminations, revocations, suspended entities and zones
    const finale: PlannedTx[] = [];
    sample.projects.forEach((p, i) => {
      if (!p.statusChange) return;
      const to = ProjectStatus[p.status as keyof typeof ProjectStatus];
      finale.push(tx(p.statusChange.by, "setProjectStatus", [projectId.get(p.key), to, p.statusChange.reason], 150_000, `projects[${i}].statusChange`));
    });
    sample.attestations.forEach((a, i) => {
      if (a.revoked) finale.push(tx(a.revoked.by, "revoke", [firstUid(contentHash.get(a.key) as string), a.revoked.reason], 150_000, `attestations[${i}].revoked`));
    });
    sample.entities.forEach((e, i) => {
      if (e.status === "Suspended") finale.push(tx(`zone-admin:${e.zone}`, "setEntityStatus", [entityId.get(e.key), EntityStatus.Suspended], 100_000, `entities[${i}].status`));
    });
    sample.zones.forEach((z, i) => {
      if (z.status === "Suspended") finale.push(tx(office, "setZoneStatus", [zoneId.get(z.key), ZoneStatus.Suspended], 100_000, `zones[${i}].status`));
    });
    await phase("statuses and revocations", finale);
    log(`  ${attested} attestations in ${rounds.length} rounds`);
  } finally {
    await rpc.call("evm_setAutomine", [true]);
  }

  const totals = await readTotals(rpc, iface, programme);
  const expected = { zones: sample.zones.length, entities: sample.entities.length, projects: sample.projects.length, attestations: sample.attestations.length };
  if (JSON.stringify(totals) !== JSON.stringify(expected)) {
    throw new Error(`seeded totals ${JSON.stringify(totals)} differ from the sample's ${JSON.stringify(expected)}`);
  }
  return { transactions: pipeline.transactions, blocks: pipeline.blocks, gasUsed: pipeline.gasUsed, ms: Date.now() - started, totals };
}
