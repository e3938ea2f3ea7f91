/**
 * Seeds a freshly deployed programme on a local dev node with the sample
 * programme, on the programme's real calendar (calendar-plan.ts): one block per
 * day of activity, stamped that day in Beijing office hours (evm_mine with a
 * timestamp), from October 2021 to December 2024; then the clock is set to
 * January 2025. Fast: automine off, a day's transactions sent in batched
 * JSON-RPC and mined together, a day's attestations in one `attestBatch` per
 * attester, delegated ones signed (EIP-712, sdk/eip712.ts) with the signer's own
 * dev key (held by the node: eth_signTypedData_v4, all in one batched pass) and
 * relayed with `attestBySig`. The sample must already be validated (validate.ts).
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
import { planCalendar, type PlannedBlock } from "./calendar-plan.js";
import { PROGRAMME_CALENDAR, secondsOf } from "./programme-calendar.js";
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
  const latest = await rpc.call<{ timestamp: string; gasLimit: string }>("eth_getBlockByNumber", ["latest", false]);
  const now = Number(BigInt(latest.timestamp));
  // a block's transactions never exceed 90 % of the block gas limit (by their gas limits): a node
  // fills a block past a transaction that does not fit with later ones, which would run them out of order
  const blockGas = (BigInt(latest.gasLimit) * 9n) / 10n;

  // When each act happens (calendar-plan.ts). A chain whose clock is already past the plan's first
  // day (a node started without hardhat.config.ts's genesis date) cannot go back: the same acts,
  // in the same order and blocks, then get the chain's own time.
  const plan = planCalendar(sample);
  const first = plan.blocks[0]?.time ?? now + 1;
  const onCalendar = now < first;
  if (!onCalendar) {
    log(
      `  the chain's clock reads ${isoTime(now)}, past the sample's first day (${isoTime(first)}): seeding without the calendar, ` +
        `every block at the chain's own time (a chain from hardhat.config.ts's \`node\` network starts on ${PROGRAMME_CALENDAR.genesis})`,
    );
  }
  const WEEK = 7n * 24n * 3600n;
  /** A signature made "that day" stays valid a week (consents and delegated attestations alike). */
  const deadlineOf = (time: number) => BigInt(onCalendar ? time : now) + WEEK;
  // offices run to the calendar's term end (past the sample, renewable); off the calendar, the default term from now
  const officeTerm = onCalendar ? secondsOf(PROGRAMME_CALENDAR.officeTerm) : defaultOfficeExpiry(now);

  const pipeline = new TxPipeline(rpc, iface);
  await pipeline.init([...accounts.values()].map((a) => a.address));
  const tx = (from: string, fn: string, args: readonly unknown[], gas: number, what: string, expect?: Expect): PlannedTx & { expect?: Expect } => ({
    from: acct(from).address,
    to: programme,
    data: iface.encodeFunctionData(fn, args),
    gas: BigInt(gas),
    what,
    ...(expect ? { expect } : {}),
  });

  const office = sample.accounts[0]?.label as string;
  const zoneId = new Map(sample.zones.map((z, i) => [z.key, i + 1]));
  const entityByKey = new Map(sample.entities.map((e) => [e.key, e]));
  const projectByKey = new Map(sample.projects.map((p, i) => [p.key, { p, id: i + 1 }]));
  const zoneAdminOf = (projectKey: string) => `zone-admin:${entityByKey.get(projectByKey.get(projectKey)?.p.entity as string)?.zone}`;
  const hashes = await Promise.all(sample.attestations.map((a) => hashText(a.document)));
  const contentHash = new Map<string, Hex>(sample.attestations.map((a, i) => [a.key, hashes[i] as Hex]));
  const requestOf = (a: Sample["attestations"][number]): AttestationRequest => ({
    projectId: projectByKey.get(a.project)?.id as number,
    kind: kindId(a.kind),
    contentHash: contentHash.get(a.key) as Hex,
    refUID: a.ref ? firstUid(contentHash.get(a.ref) as string) : ZERO32,
    uri: a.uri ?? "",
  });

  // Every signature first, in one batched pass: each signer key's consent for the entity it
  // will sign for (EIP-712 SignerConsent; ids follow the sample's order on a fresh deployment,
  // every key fresh, so nonce 0), and every delegated attestation (EIP-712 Attest, the attester's
  // nonces in execution order), signed by the node's dev keys.
  const domain = attestDomain(chainId, programme as Hex);
  const typedDomain = { ...domain, chainId: Number(domain.chainId) };
  const toSign: { method: string; params: unknown[] }[] = [];
  const consentAt = new Map<number, number>(); // entity index -> first signature's position
  const delegatedAt = new Map<number, { position: number; nonce: number; deadline: bigint }>();
  const sigNonces = new Map<string, number>();
  for (const day of plan.blocks) {
    for (const step of day.steps) {
      if (step.kind === "registerEntity") {
        consentAt.set(step.index, toSign.length);
        for (const label of (sample.entities[step.index] as Sample["entities"][number]).signers) {
          const account = acct(label).address;
          const message = { account, entityId: step.index + 1, nonce: 0, deadline: deadlineOf(day.time).toString() };
          toSign.push({ method: "eth_signTypedData_v4", params: [account, JSON.stringify({ types: { EIP712Domain: EIP712_DOMAIN_TYPE, SignerConsent: SIGNER_CONSENT_TYPES.SignerConsent }, primaryType: SIGNER_CONSENT_PRIMARY_TYPE, domain: typedDomain, message })] });
        }
      } else if (step.kind === "attest" && sample.attestations[step.index]?.delegated) {
        const a = sample.attestations[step.index] as Sample["attestations"][number];
        const attester = acct(a.attester).address;
        const nonce = sigNonces.get(attester) ?? 0;
        sigNonces.set(attester, nonce + 1);
        const deadline = deadlineOf(day.time);
        delegatedAt.set(step.index, { position: toSign.length, nonce, deadline });
        const message = { attester, ...requestOf(a), nonce, deadline: deadline.toString() };
        toSign.push({ method: "eth_signTypedData_v4", params: [attester, JSON.stringify({ types: { EIP712Domain: EIP712_DOMAIN_TYPE, Attest: ATTEST_TYPES.Attest }, primaryType: ATTEST_PRIMARY_TYPE, domain: typedDomain, message })] });
      }
    }
  }
  const signatures = (await rpc.batch(toSign)) as string[];
  log(`  ${signatures.length} signatures (signer consents, delegated attestations)`);

  // One block's transactions, in the plan's order; direct attestations gathered in one attestBatch
  // per attester until one about a project already waiting in a batch (a reference, an acceptance
  // after the rest) or another kind of act comes: then the batches are sent first.
  const dayTxs = async (day: PlannedBlock): Promise<(PlannedTx & { expect?: Expect })[]> => {
    const out: (PlannedTx & { expect?: Expect })[] = [];
    const batches = new Map<string, number[]>();
    const waiting = new Set<string>();
    const flushBatches = () => {
      waiting.clear();
      for (const [attester, indexes] of batches) {
        for (let i = 0; i < indexes.length; i += BATCH) {
          const chunk = indexes.slice(i, i + BATCH);
          out.push(tx(attester, "attestBatch", [chunk.map((k) => requestOf(sample.attestations[k] as Sample["attestations"][number]))], 80_000 + 160_000 * chunk.length,
            `attestations[${chunk.join(",")}] (attestBatch by ${attester})`, { event: "Attested", uids: chunk.map((k) => uidOfIndex(k)) }));
        }
      }
      batches.clear();
    };
    const uidOfIndex = (k: number) => firstUid(contentHash.get((sample.attestations[k] as Sample["attestations"][number]).key) as string).toLowerCase();
    for (const step of day.steps) {
      const i = step.index;
      if (step.kind !== "attest" || waiting.has((sample.attestations[i] as Sample["attestations"][number]).project)) flushBatches();
      switch (step.kind) {
        case "createZone": {
          const z = sample.zones[i] as Sample["zones"][number];
          out.push(tx(office, "createZone", [z.name, z.region, "", await hashText(`SAMPLE DATA. ${z.name} pilot zone, ${z.region}.`)], 300_000, `zones[${i}]`, { event: "ZoneCreated", id: i + 1 }));
          break;
        }
        case "appoint": {
          const a = sample.accounts[i] as Sample["accounts"][number];
          if (a.role === "zoneAdmin") out.push(tx(office, "appointZoneAdmin", [zoneId.get(a.zone), acct(a.label).address, officeTerm], 120_000, `accounts[${i}]`));
          if (a.role === "regulator") out.push(tx(office, "setRegulatorFields", [acct(a.label).address, fieldsToMask(a.fields.map(fieldId)), officeTerm], 120_000, `accounts[${i}]`));
          if (a.role === "expert") out.push(tx(office, "setExpertFields", [acct(a.label).address, fieldsToMask(a.fields.map(fieldId)), officeTerm], 120_000, `accounts[${i}]`));
          break;
        }
        case "registerEntity": {
          const e = sample.entities[i] as Sample["entities"][number];
          const at = consentAt.get(i) as number;
          const keys = e.signers.map((label, k) => ({ account: acct(label).address, deadline: deadlineOf(day.time), signature: signatures[at + k] as string }));
          out.push(tx(`zone-admin:${e.zone}`, "registerEntity", [zoneId.get(e.zone), e.name, ENTITY_TYPES.indexOf(e.type), fieldsToMask(e.fields.map(fieldId)), "", await hashText(e.description), keys],
            450_000 + 80_000 * e.signers.length, `entities[${i}]`, { event: "EntityRegistered", id: i + 1 }));
          break;
        }
        case "proposeProject": {
          const p = sample.projects[i] as Sample["projects"][number];
          out.push(tx(entityByKey.get(p.entity)?.signers[0] as string, "proposeProject", [fieldId(p.field), p.title, "", await hashText(p.summary)], 400_000, `projects[${i}]`, { event: "ProjectProposed", id: i + 1 }));
          break;
        }
        case "approve":
          out.push(tx(zoneAdminOf((sample.projects[i] as Sample["projects"][number]).key), "setProjectStatus", [i + 1, ProjectStatus.Active, ""], 150_000, `projects[${i}] (approve)`));
          break;
        case "attest": {
          const a = sample.attestations[i] as Sample["attestations"][number];
          const signed = delegatedAt.get(i);
          if (signed) {
            const args = [requestOf(a), acct(a.attester).address, signed.nonce, signed.deadline, signatures[signed.position]];
            out.push(tx(a.delegated?.relayer as string, "attestBySig", args, 300_000, `attestations[${i}] (attestBySig)`, { event: "Attested", uids: [uidOfIndex(i)] }));
          } else {
            const list = batches.get(a.attester) ?? [];
            list.push(i);
            batches.set(a.attester, list);
            waiting.add(a.project);
          }
          break;
        }
        case "revoke": {
          const a = sample.attestations[i] as Sample["attestations"][number];
          out.push(tx(a.revoked?.by as string, "revoke", [firstUid(contentHash.get(a.key) as string), a.revoked?.reason], 150_000, `attestations[${i}].revoked`));
          break;
        }
        case "projectStatus": {
          const p = sample.projects[i] as Sample["projects"][number];
          const to = ProjectStatus[p.status as keyof typeof ProjectStatus];
          out.push(tx(p.statusChange?.by as string, "setProjectStatus", [i + 1, to, p.statusChange?.reason ?? ""], 150_000, `projects[${i}].statusChange`));
          break;
        }
        case "entityStatus":
          out.push(tx(`zone-admin:${(sample.entities[i] as Sample["entities"][number]).zone}`, "setEntityStatus", [i + 1, EntityStatus.Suspended], 100_000, `entities[${i}].status`));
          break;
        case "zoneStatus":
          out.push(tx(office, "setZoneStatus", [i + 1, ZoneStatus.Suspended], 100_000, `zones[${i}].status`));
          break;
      }
    }
    flushBatches();
    return out;
  };
  const check = (txs: readonly (PlannedTx & { expect?: Expect })[], receipts: readonly MinedReceipt[]) => {
    receipts.forEach((r, k) => {
      const t = txs[k] as PlannedTx & { expect?: Expect };
      if (!t.expect) return;
      const found = r.logs.flatMap((l) => {
        if (l.address.toLowerCase() !== programme.toLowerCase()) return [];
        const parsed = iface.parseLog(l);
        return parsed && parsed.name === t.expect?.event ? [parsed] : [];
      });
      if (t.expect.id !== undefined && Number(found[0]?.args[0]) !== t.expect.id) {
        throw new Error(`${t.what}: expected id ${t.expect.id} in ${t.expect.event}, got ${found[0]?.args[0]} (was the deployment fresh?)`);
      }
      const recorded = new Set(found.map((ev) => String(ev.args[0]).toLowerCase()));
      for (const uid of t.expect.uids ?? []) if (!recorded.has(uid)) throw new Error(`${t.what}: expected uid ${uid} in its events`);
    });
  };

  await rpc.call("evm_setAutomine", [false]);
  try {
    // one block per entry of the plan, at its time (ten seconds later for each further block it needs)
    for (const block of plan.blocks) {
      const parts = byGas(await dayTxs(block), blockGas);
      for (const [k, txs] of parts.entries()) check(txs, await pipeline.run(txs, onCalendar ? block.time + 10 * k : undefined));
    }
    if (onCalendar) {
      await rpc.call("evm_mine", [plan.clock]);
      log(`  ${pipeline.blocks} blocks from ${isoTime(first).slice(0, 10)} to ${isoTime(plan.blocks.at(-1)?.time ?? first).slice(0, 10)}; the chain's clock now reads ${isoTime(plan.clock)} and runs on from there`);
    }
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

/** Consecutive runs of `txs` whose gas limits add up to at most `limit` each (one block each), in order. */
function byGas<T extends PlannedTx>(txs: readonly T[], limit: bigint): T[][] {
  const out: T[][] = [];
  let gas = 0n;
  for (const t of txs) {
    const last = out[out.length - 1];
    if (!last || gas + t.gas > limit) {
      out.push([t]);
      gas = t.gas;
    } else {
      last.push(t);
      gas += t.gas;
    }
  }
  return out;
}

/** What a transaction's receipt must show: the id it created, or the uids it recorded. */
interface Expect {
  event: string;
  id?: number;
  uids?: string[];
}

const isoTime = (seconds: number) => new Date(seconds * 1000).toISOString().replace(".000Z", "Z");
