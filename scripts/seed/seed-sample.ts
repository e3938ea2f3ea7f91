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
 *
 * A governed office (`governance`: the timelock is the programme's admin) acts only through
 * proposals (governed-office.ts, proposal-plan.ts): the office's acts of a day (zones,
 * appointments, a zone's suspension) become proposals that the seats carry within minutes of that
 * day; the sample ends with a defeated, a queued and an active proposal. Offices run until the
 * calendar's term, but for one that lapses before the chain's clock (proposal-plan.ts lapsingOffice).
 */
import { Interface } from "ethers";
import { ENTITY_TYPES, EntityStatus, FIELDS, Kind, ProjectStatus, ZoneStatus, fieldsToMask, ATTESTATION_KINDS } from "@pilot/sdk/domain";
import {
  ATTEST_PRIMARY_TYPE,
  ATTEST_TYPES,
  SIGNER_CONSENT_PRIMARY_TYPE,
  SIGNER_CONSENT_TYPES,
  attestDomain,
  type AttestationRequest,
  type Hex,
} from "@pilot/sdk/eip712";
import { DEFAULT_OFFICE_TERM_SECONDS, defaultOfficeExpiry } from "@pilot/sdk/governance";
import { sha256Hex } from "@pilot/sdk/hashing";
import { attestationUid } from "@pilot/sdk/uid";
import { PONDER_FINALITY_BLOCKS } from "../indexer/indexer-process.js";
import { pilotProgrammeAbi, programmeGovernorAbi, programmeSeatsAbi, programmeTimelockAbi } from "@pilot/sdk/generated/abis";
import type { Sample } from "../sample/schema.js";
import { planAccounts, planSeats, type PlannedAccount } from "./account-plan.js";
import { planCalendar, type PlannedBlock } from "./calendar-plan.js";
import { GovernedOffice, type GovernanceAddresses, type OfficeCall, type SeedProposal } from "./governed-office.js";
import { DESCRIPTIONS, NEW_ZONE, lapsingOffice } from "./proposal-plan.js";
import { PROGRAMME_CALENDAR, secondsOf } from "./programme-calendar.js";
import { Rpc } from "../node/rpc.js";
import { isEmpty, readTotals, sampleTotals, type Totals } from "../node/totals.js";
import { TxPipeline, type MinedReceipt, type PlannedTx } from "./tx-pipeline.js";

export interface SeedOptions {
  rpcUrl: string;
  programme: string;
  sample: Sample;
  /** The governed office's contracts (the deployment record's `governance`): seed through proposals. */
  governance?: GovernanceAddresses;
  log?: (line: string) => void;
}

export interface SeedSummary {
  transactions: number;
  blocks: number;
  gasUsed: bigint;
  ms: number;
  /** With a governed office: the proposals made, and the transactions and blocks that carried them (part of the totals above). */
  governance?: { proposals: number; transactions: number; blocks: number };
  totals: Totals;
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
const firstUid = (contentHash: string) => attestationUid(contentHash as Hex, 0);

export async function seedSample({ rpcUrl, programme, sample, governance, log = () => {} }: SeedOptions): Promise<SeedSummary> {
  const started = Date.now();
  const rpc = new Rpc(rpcUrl);
  const iface = new Interface(pilotProgrammeAbi);
  const before = await readTotals(rpc, iface, programme);
  if (!isEmpty(before)) {
    throw new Error(`the programme at ${programme} already holds data (${JSON.stringify(before)}); seed a fresh deployment`);
  }
  const nodeAccounts = await rpc.call<string[]>("eth_accounts");
  const accounts = planAccounts(sample, nodeAccounts, governance !== undefined);
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
  // on the calendar, one office is not renewed and lapses before the chain's clock (after its last act)
  const lapsing = lapsingOffice(sample);
  const termOf = (label: string) => (onCalendar && label === lapsing ? secondsOf(PROGRAMME_CALENDAR.lapsedTerm) : officeTerm);

  const pipeline = new TxPipeline(rpc);
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
  // a governed office's acts of the block being planned: they become proposals
  const officeCalls: { kind: "createZone" | "appoint" | "zoneStatus"; index: number; call: OfficeCall }[] = [];
  /** An office act: the office's transaction, or with a governed office a call for the block's proposals. */
  const officeAct = (
    kind: (typeof officeCalls)[number]["kind"],
    index: number,
    fn: string,
    args: readonly unknown[],
    gas: number,
    what: string,
    expect?: Expect,
  ) => {
    if (!governance) return [tx(office, fn, args, gas, what, expect)];
    officeCalls.push({ kind, index, call: { fn, args, gas, what } });
    return [];
  };
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
          toSign.push({
            method: "eth_signTypedData_v4",
            params: [
              account,
              JSON.stringify({
                types: { EIP712Domain: EIP712_DOMAIN_TYPE, SignerConsent: SIGNER_CONSENT_TYPES.SignerConsent },
                primaryType: SIGNER_CONSENT_PRIMARY_TYPE,
                domain: typedDomain,
                message,
              }),
            ],
          });
        }
      } else if (step.kind === "attest" && sample.attestations[step.index]?.delegated) {
        const a = sample.attestations[step.index] as Sample["attestations"][number];
        const attester = acct(a.attester).address;
        const nonce = sigNonces.get(attester) ?? 0;
        sigNonces.set(attester, nonce + 1);
        const deadline = deadlineOf(day.time);
        delegatedAt.set(step.index, { position: toSign.length, nonce, deadline });
        const message = { attester, ...requestOf(a), nonce, deadline: deadline.toString() };
        toSign.push({
          method: "eth_signTypedData_v4",
          params: [
            attester,
            JSON.stringify({
              types: { EIP712Domain: EIP712_DOMAIN_TYPE, Attest: ATTEST_TYPES.Attest },
              primaryType: ATTEST_PRIMARY_TYPE,
              domain: typedDomain,
              message,
            }),
          ],
        });
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
          out.push(
            tx(
              attester,
              "attestBatch",
              [chunk.map((k) => requestOf(sample.attestations[k] as Sample["attestations"][number]))],
              80_000 + 160_000 * chunk.length,
              `attestations[${chunk.join(",")}] (attestBatch by ${attester})`,
              { event: "Attested", uids: chunk.map((k) => uidOfIndex(k)) },
            ),
          );
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
          out.push(
            ...officeAct(
              "createZone",
              i,
              "createZone",
              [z.name, z.region, "", await hashText(`SAMPLE DATA. ${z.name} pilot zone, ${z.region}.`)],
              300_000,
              `zones[${i}]`,
              { event: "ZoneCreated", id: i + 1 },
            ),
          );
          break;
        }
        case "appoint": {
          const a = sample.accounts[i] as Sample["accounts"][number];
          const term = termOf(a.label);
          if (a.role === "zoneAdmin")
            out.push(...officeAct("appoint", i, "appointZoneAdmin", [zoneId.get(a.zone), acct(a.label).address, term], 120_000, `accounts[${i}]`));
          if (a.role === "regulator")
            out.push(
              ...officeAct("appoint", i, "setRegulatorFields", [acct(a.label).address, fieldsToMask(a.fields.map(fieldId)), term], 120_000, `accounts[${i}]`),
            );
          if (a.role === "expert")
            out.push(
              ...officeAct("appoint", i, "setExpertFields", [acct(a.label).address, fieldsToMask(a.fields.map(fieldId)), term], 120_000, `accounts[${i}]`),
            );
          break;
        }
        case "registerEntity": {
          const e = sample.entities[i] as Sample["entities"][number];
          const at = consentAt.get(i) as number;
          const keys = e.signers.map((label, k) => ({ account: acct(label).address, deadline: deadlineOf(day.time), signature: signatures[at + k] as string }));
          out.push(
            tx(
              `zone-admin:${e.zone}`,
              "registerEntity",
              [zoneId.get(e.zone), e.name, ENTITY_TYPES.indexOf(e.type), fieldsToMask(e.fields.map(fieldId)), "", await hashText(e.description), keys],
              450_000 + 80_000 * e.signers.length,
              `entities[${i}]`,
              { event: "EntityRegistered", id: i + 1 },
            ),
          );
          break;
        }
        case "proposeProject": {
          const p = sample.projects[i] as Sample["projects"][number];
          out.push(
            tx(
              entityByKey.get(p.entity)?.signers[0] as string,
              "proposeProject",
              [fieldId(p.field), p.title, "", await hashText(p.summary)],
              400_000,
              `projects[${i}]`,
              { event: "ProjectProposed", id: i + 1 },
            ),
          );
          break;
        }
        case "approve":
          out.push(
            tx(
              zoneAdminOf((sample.projects[i] as Sample["projects"][number]).key),
              "setProjectStatus",
              [i + 1, ProjectStatus.Active, ""],
              150_000,
              `projects[${i}] (approve)`,
            ),
          );
          break;
        case "attest": {
          const a = sample.attestations[i] as Sample["attestations"][number];
          const signed = delegatedAt.get(i);
          if (signed) {
            const args = [requestOf(a), acct(a.attester).address, signed.nonce, signed.deadline, signatures[signed.position]];
            out.push(
              tx(a.delegated?.relayer as string, "attestBySig", args, 300_000, `attestations[${i}] (attestBySig)`, {
                event: "Attested",
                uids: [uidOfIndex(i)],
              }),
            );
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
          out.push(
            tx(a.revoked?.by as string, "revoke", [firstUid(contentHash.get(a.key) as string), a.revoked?.reason], 150_000, `attestations[${i}].revoked`),
          );
          break;
        }
        case "projectStatus": {
          const p = sample.projects[i] as Sample["projects"][number];
          const to = ProjectStatus[p.status as keyof typeof ProjectStatus];
          out.push(tx(p.statusChange?.by as string, "setProjectStatus", [i + 1, to, p.statusChange?.reason ?? ""], 150_000, `projects[${i}].statusChange`));
          break;
        }
        case "entityStatus":
          out.push(
            tx(
              `zone-admin:${(sample.entities[i] as Sample["entities"][number]).zone}`,
              "setEntityStatus",
              [i + 1, EntityStatus.Suspended],
              100_000,
              `entities[${i}].status`,
            ),
          );
          break;
        case "zoneStatus":
          out.push(...officeAct("zoneStatus", i, "setZoneStatus", [i + 1, ZoneStatus.Suspended], 100_000, `zones[${i}].status`));
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

  // the governed office: the seats' holders (right after the sample's accounts), the proposals of a block's office acts
  const seats = governance ? planSeats(sample, nodeAccounts) : [];
  const seated = governance
    ? await GovernedOffice.open(rpc, pipeline, programme, iface, governance, seats, {
        governor: programmeGovernorAbi,
        timelock: programmeTimelockAbi,
        seats: programmeSeatsAbi,
      })
    : undefined;
  let proposals = 0;
  const governed = { transactions: 0, blocks: 0 };
  const carry = async (list: SeedProposal[], start: number) => {
    if (!seated) throw new Error("no governed office");
    const [t, b] = [pipeline.transactions, pipeline.blocks];
    const end = await seated.carry(list, start);
    proposals += list.length;
    governed.transactions += pipeline.transactions - t;
    governed.blocks += pipeline.blocks - b;
    return end;
  };
  const chainTime = async () => Number(BigInt((await rpc.call<{ timestamp: string }>("eth_getBlockByNumber", ["latest", false])).timestamp));
  const renewTarget = lapsing ?? sample.accounts.find((a) => a.role === "zoneAdmin")?.label;
  const blockProposals = (last: boolean): SeedProposal[] => {
    const of = (kind: (typeof officeCalls)[number]["kind"]) => officeCalls.filter((c) => c.kind === kind);
    const out: SeedProposal[] = [];
    const zones = of("createZone");
    if (zones.length) out.push({ description: DESCRIPTIONS.zones(zones.length), calls: zones.map((c) => c.call), fate: "executed" });
    const offices = of("appoint");
    if (offices.length)
      out.push({ description: DESCRIPTIONS.offices(offices.length, isoTime(officeTerm).slice(0, 10)), calls: offices.map((c) => c.call), fate: "executed" });
    const suspended = of("zoneStatus");
    if (suspended.length) {
      out.push({
        description: DESCRIPTIONS.zoneStatus(suspended.map((c) => (sample.zones[c.index] as Sample["zones"][number]).name)),
        calls: suspended.map((c) => c.call),
        fate: "executed",
      });
    }
    if (last && renewTarget) {
      // the seats refuse to renew the office that lapses
      const a = sample.accounts.find((x) => x.label === renewTarget) as Sample["accounts"][number];
      const zone = sample.zones.find((z) => a.role === "zoneAdmin" && z.key === a.zone)?.name ?? renewTarget;
      out.push({
        description: DESCRIPTIONS.renewLapsing(zone, isoTime(officeTerm).slice(0, 10)),
        calls: [{ fn: "renewOffice", args: [acct(renewTarget).address, officeTerm], gas: 100_000, what: `renew ${renewTarget}` }],
        fate: "defeated",
      });
    }
    officeCalls.length = 0;
    return out;
  };

  await rpc.call("evm_setAutomine", [false]);
  let closed = 0; // the time of the last block of the plan's episodes
  try {
    // one block per entry of the plan, at its time (ten seconds later for each further block it needs)
    for (const [n, block] of plan.blocks.entries()) {
      const parts = byGas(await dayTxs(block), blockGas);
      if (governance && parts.length > 0 && officeCalls.some((c) => c.kind !== "zoneStatus")) {
        throw new Error(
          `the calendar puts zones or appointments in the block of ${isoTime(block.time)} with other acts: they could not wait for their proposal`,
        );
      }
      for (const [k, txs] of parts.entries()) check(txs, await pipeline.run(txs, onCalendar ? block.time + 10 * k : undefined));
      const last = n === plan.blocks.length - 1;
      if (governance && (officeCalls.length > 0 || last)) {
        const list = blockProposals(last);
        const start = onCalendar ? block.time + 10 * parts.length : (await chainTime()) + 1;
        const end = await carry(list, start);
        closed = end;
        const next = plan.blocks[n + 1]?.time ?? plan.clock;
        if (onCalendar && end >= next)
          throw new Error(`the proposals of ${isoTime(block.time)} need until ${isoTime(end)}, past the next block (${isoTime(next)})`);
      }
    }
    if (seated) {
      // the sample ends with a passed renewal queued in the timelock and a new zone being voted on,
      // voting on it open when the chain's clock reads plan.clock
      const t = seated.times;
      const activeStart = onCalendar ? plan.clock - t.votingDelay - 1 : 0;
      const queuedStart = onCalendar ? activeStart - t.votingDelay - t.votingPeriod - 2 : (await chainTime()) + 1;
      if (onCalendar) {
        // The indexer treats the last PONDER_FINALITY_BLOCKS blocks of a dev chain as unfinalised and, after
        // the programme's last event, mines that many empty blocks at the wall clock's time, which would
        // close the vote left open below. They are mined here instead, in the quiet weeks between the
        // close and the chain's clock (what follows emits no event of the programme's).
        const step = Math.floor((queuedStart - closed) / (PONDER_FINALITY_BLOCKS + 1));
        await rpc.batch(Array.from({ length: PONDER_FINALITY_BLOCKS }, (_, k) => ({ method: "evm_mine", params: [closed + step * (k + 1)] })));
        pipeline.blocks += PONDER_FINALITY_BLOCKS;
        log(
          `  ${PONDER_FINALITY_BLOCKS} empty blocks from ${isoTime(closed + step).slice(0, 10)} to ${isoTime(closed + step * PONDER_FINALITY_BLOCKS).slice(0, 10)}, so that the indexer need not mine any after the chain's clock`,
        );
      }
      const regulators = sample.accounts.filter((a) => a.role === "regulator");
      const renewed = onCalendar ? secondsOf(PROGRAMME_CALENDAR.renewedTerm) : officeTerm + DEFAULT_OFFICE_TERM_SECONDS;
      await carry(
        [
          {
            description: DESCRIPTIONS.renewRegulators(regulators.length, isoTime(renewed).slice(0, 10)),
            calls: regulators.map((a) => ({ fn: "renewOffice", args: [acct(a.label).address, renewed], gas: 60_000, what: `renew ${a.label}` })),
            fate: "queued",
          },
        ],
        queuedStart,
      );
      const newZone = {
        fn: "createZone",
        args: [NEW_ZONE.name, NEW_ZONE.region, "", await hashText(`SAMPLE DATA. ${NEW_ZONE.name} pilot zone, ${NEW_ZONE.region}.`)],
        gas: 300_000,
        what: "new zone",
      };
      await carry([{ description: DESCRIPTIONS.newZone(), calls: [newZone], fate: "active" }], onCalendar ? activeStart : (await chainTime()) + 1);
      log(
        `  governance: ${proposals} proposals of the ${seats.length} seats (executed, defeated, queued, active), ${governed.transactions} transactions in ${governed.blocks} blocks`,
      );
    }
    if (onCalendar) {
      if (!seated) await rpc.call("evm_mine", [plan.clock]);
      log(
        `  ${pipeline.blocks} blocks from ${isoTime(first).slice(0, 10)} to ${isoTime(plan.blocks.at(-1)?.time ?? first).slice(0, 10)}; the chain's clock now reads ${isoTime(plan.clock)} and runs on from there`,
      );
    }
  } finally {
    await rpc.call("evm_setAutomine", [true]);
  }

  const totals = await readTotals(rpc, iface, programme);
  const expected = sampleTotals(sample);
  if (JSON.stringify(totals) !== JSON.stringify(expected)) {
    throw new Error(`seeded totals ${JSON.stringify(totals)} differ from the sample's ${JSON.stringify(expected)}`);
  }
  return {
    transactions: pipeline.transactions,
    blocks: pipeline.blocks,
    gasUsed: pipeline.gasUsed,
    ms: Date.now() - started,
    totals,
    ...(governance ? { governance: { proposals, ...governed } } : {}),
  };
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
