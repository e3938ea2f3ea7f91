/**
 * The end-to-end tests' programme on a REAL Hardhat node (started on a free 127.0.0.1 port by
 * scripts/node/hardhat-node.ts, called through scripts/node/rpc.ts): the suite deployed with
 * Ignition as npm start deploys it (ignitionDeploy.ts: scripts/deploy/deploy-suite.ts, office =
 * account #0), and the sample programme (data/sample-programme.json) seeded.
 *
 * Seeding strategy (e2e only): a few of the node's unlocked accounts take the
 * roles the scenarios act as (programme office, relayer, one entity signer, its
 * zone administrator, a regulator, an account with no role); every other sample
 * account is a deterministic address the node impersonates
 * (hardhat_impersonateAccount), so the full sample (15 zones, 164 entities,
 * ~300 projects, ~2,000 attestations) is seeded without keys. Transactions go
 * as JSON-RPC batches with automine off (the node's mempool is FIFO), mined
 * into a few dozen blocks, every receipt checked.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { encodeFunctionData, getContractAddress, getAddress, keccak256, toHex, type Address, type Hex } from "viem";
import { privateKeyToAccount } from "viem/accounts";
import { pilotProgrammeAbi } from "@pilot/sdk/generated/abis";
import { defaultOfficeExpiry } from "@pilot/sdk/governance";
import { sha256Sync } from "@pilot/sdk/hashing";
import { attestationUid } from "@pilot/sdk/uid";
import { Rpc, RpcError, rpcCall as rpc } from "../../scripts/node/rpc.ts";

// sdk/domain.ts uses TypeScript enums, which Node's type stripping cannot run: the
// few lists the seeder needs are repeated here (ids = positions, as on chain).
const ENTITY_TYPES = ["Hospital", "University", "Enterprise", "Bank", "Utility", "Government body", "Court", "Research institute", "Other"] as const;
const ZONE_STATUSES = ["None", "Active", "Suspended", "Closed"] as const;
const ENTITY_STATUSES = ["None", "Active", "Suspended", "Revoked"] as const;
const PROJECT_STATUSES = ["None", "Proposed", "Active", "Suspended", "Rejected", "Accepted", "Terminated"] as const;
const ATTESTATION_KINDS = ["Progress report", "Milestone", "Review", "Expert opinion", "Evaluation", "Acceptance"] as const;
import { REPO_ROOT } from "./appServer.ts";
import { deployWithIgnition } from "./ignitionDeploy.ts";
import { impersonate } from "./localNode.ts";

/** The EIP-712 domain's own type, for eth_signTypedData_v4. */
const EIP712_DOMAIN = [
  { name: "name", type: "string" },
  { name: "version", type: "string" },
  { name: "chainId", type: "uint256" },
  { name: "verifyingContract", type: "address" },
];

async function rpcBatch(
  url: string,
  calls: readonly { method: string; params: readonly unknown[] }[],
): Promise<{ result?: unknown; error?: { message: string } }[]> {
  const replies = await new Rpc(url).batchSettled(
    calls.map((c) => ({ method: c.method, params: [...c.params] })),
    calls.length || 1,
  );
  return replies.map((r) => (r instanceof RpcError ? { error: { message: r.message } } : { result: r }));
}

// ------------------------------------------------------------------ sample file

interface SampleAccount {
  readonly label: string;
  readonly role: string;
  readonly fields?: readonly string[];
  readonly zone?: string;
  readonly entity?: string;
}
interface SampleFile {
  readonly fields: readonly { key: string; label: string }[];
  readonly accounts: readonly SampleAccount[];
  readonly zones: readonly { key: string; name: string; region: string; status: string }[];
  readonly entities: readonly {
    key: string;
    name: string;
    zone: string;
    type: string;
    fields: readonly string[];
    signers: readonly string[];
    status: string;
    description: string;
    fictional?: boolean;
  }[];
  readonly projects: readonly {
    key: string;
    entity: string;
    field: string;
    title: string;
    summary: string;
    status: string;
    statusChange?: { by: string; reason: string };
  }[];
  readonly attestations: readonly {
    key: string;
    project: string;
    kind: string;
    attester: string;
    document: string;
    uri?: string;
    ref?: string;
    revoked?: { by: string; reason: string };
  }[];
}

let FIELDS: readonly { key: string; label: string }[] = [];
const fieldId = (key: string): number => FIELDS.findIndex((f) => f.key === key);
const mask = (keys: readonly string[]): number => keys.reduce((m, k) => (m | (1 << fieldId(k))) >>> 0, 0);
/** Gas declared per seeding transaction (the most any of them needs is a few hundred thousand): 60 fit in a block. */
const SEED_TX_GAS = "0xf4240";
/** Fees fixed up front, far above what a few dozen local blocks push the base fee to. */
const SEED_MAX_FEE = "0x174876e800"; // 100 gwei
const SEED_PRIORITY_FEE = "0x3b9aca00"; // 1 gwei

// ------------------------------------------------------------------ deploy + seed

export interface SeededProgramme {
  readonly chainId: number;
  readonly programme: Address;
  readonly reader: Address;
  readonly deploymentBlock: number;
  /** Lower-cased address -> role label, as the dApp shows them. */
  readonly accountLabels: Record<string, string>;
  /** Node accounts that act in the scenarios. */
  readonly actors: {
    readonly office: Address;
    readonly relayer: Address;
    readonly signer: Address;
    readonly zoneAdmin: Address;
    readonly regulator: Address;
    readonly nobody: Address;
  };
  /** The entity the `signer` signs for, one of its active projects, and a zone. */
  readonly entity: { readonly id: number; readonly name: string; readonly zone: string; readonly zoneId: number };
  readonly project: { readonly id: number; readonly title: string };
  readonly counts: { readonly zones: number; readonly entities: number; readonly projects: number; readonly attestations: number; readonly failed: number };
  readonly seedMs: number;
}

interface Tx {
  readonly from: Address;
  readonly data: Hex;
  readonly to?: Address;
  readonly what: string;
}

export interface SeedPlan {
  readonly chainId: number;
  readonly programme: Address;
  readonly reader: Address;
  readonly deploymentBlock: number;
  readonly accountLabels: Record<string, string>;
  readonly actors: SeededProgramme["actors"];
  readonly entity: SeededProgramme["entity"];
  readonly project: SeededProgramme["project"];
}

/**
 * What the seed will produce on a fresh node, known before any transaction:
 * the contract addresses (Ignition deploys them from account 0 at nonces 0 and 1), the actors
 * and their labels. Lets the app build while the node is being seeded.
 */
export async function planSeed(url: string, samplePath = join(REPO_ROOT, "data", "sample-programme.json")): Promise<SeedPlan> {
  const sample = JSON.parse(readFileSync(samplePath, "utf8")) as SampleFile;
  FIELDS = sample.fields;
  const chainId = Number(await rpc(url, "eth_chainId", []));
  const nodeAccounts = ((await rpc(url, "eth_accounts", [])) as string[]).map((a) => getAddress(a));
  const [office, relayer, signer, zoneAdmin, regulator, nobody] = nodeAccounts as [Address, Address, Address, Address, Address, Address];
  const { entity, zone, project, regulatorAccount } = scenarioTargets(sample);
  const accountLabels: Record<string, string> = {
    [office.toLowerCase()]: "Programme office",
    [relayer.toLowerCase()]: "Relayer",
    [signer.toLowerCase()]: `Signer: ${entity.name}`,
    [zoneAdmin.toLowerCase()]: `Zone admin: ${zone.name}`,
    [regulator.toLowerCase()]: regulatorAccount ? `Regulator: ${regulatorAccount.fields?.map((f) => FIELDS[fieldId(f)]?.label).join(", ")}` : "No role",
  };
  return {
    chainId,
    programme: getContractAddress({ from: office, nonce: 0n }),
    reader: getContractAddress({ from: office, nonce: 1n }),
    deploymentBlock: 1,
    accountLabels,
    actors: { office, relayer, signer, zoneAdmin, regulator, nobody },
    entity: { id: sample.entities.indexOf(entity) + 1, name: entity.name, zone: zone.name, zoneId: sample.zones.indexOf(zone) + 1 },
    project: { id: sample.projects.indexOf(project) + 1, title: project.title },
  };
}

function scenarioTargets(sample: SampleFile) {
  // The scenarios' entity: the first fictional active entity in an active zone with an active project.
  const activeZones = new Set(sample.zones.filter((z) => z.status === "Active").map((z) => z.key));
  const project =
    sample.projects.find((p) => {
      const e = sample.entities.find((x) => x.key === p.entity);
      return p.status === "Active" && e?.status === "Active" && activeZones.has(e.zone) && e.fictional !== false;
    }) ?? sample.projects.find((p) => p.status === "Active");
  if (!project) throw new Error("the sample has no active project");
  const entity = sample.entities.find((e) => e.key === project.entity);
  if (!entity) throw new Error(`unknown entity ${project.entity}`);
  const zone = sample.zones.find((z) => z.key === entity.zone);
  if (!zone) throw new Error(`unknown zone ${entity.zone}`);
  const regulatorAccount = sample.accounts.find((a) => a.role === "regulator" && a.fields?.includes(project.field));
  return { project, entity, zone, regulatorAccount };
}

export interface SeedHooks {
  /** Called once the contracts are deployed, before any seeding transaction (e.g. to start an indexer meanwhile). */
  readonly onDeployed?: (deployed: { readonly programme: Address; readonly reader: Address; readonly deploymentBlock: number }) => void;
}

export async function deployAndSeed(
  url: string,
  samplePath = join(REPO_ROOT, "data", "sample-programme.json"),
  hooks: SeedHooks = {},
): Promise<SeededProgramme> {
  const started = Date.now();
  const sample = JSON.parse(readFileSync(samplePath, "utf8")) as SampleFile;
  FIELDS = sample.fields;
  const plan = await planSeed(url, samplePath);
  const { office, relayer, signer, zoneAdmin, regulator } = plan.actors;
  const { entity, zone, regulatorAccount } = scenarioTargets(sample);

  // Account label -> address.
  const address = new Map<string, Address>();
  const fixed: Record<string, Address> = { "programme-office": office, relayer };
  fixed[entity.signers[0] ?? ""] = signer;
  fixed[`zone-admin:${zone.key}`] = zoneAdmin;
  if (regulatorAccount) fixed[regulatorAccount.label] = regulator;
  const impersonated: Address[] = [];
  // the derived accounts' keys: a signer key signs its consent (proof of possession) itself
  const derivedKey = new Map<Address, Hex>();
  for (const a of sample.accounts) {
    const fixedAddress = fixed[a.label];
    if (fixedAddress) address.set(a.label, fixedAddress);
    else {
      const key = keccak256(toHex(`pilot-e2e:${a.label}`));
      const derived = privateKeyToAccount(key).address;
      address.set(a.label, derived);
      derivedKey.set(derived, key);
      impersonated.push(derived);
    }
  }
  const at = (label: string): Address => {
    const a = address.get(label);
    if (!a) throw new Error(`unknown account label ${label}`);
    return a;
  };
  await impersonate(url, impersonated, 100n * 10n ** 18n);

  // Deploy with Ignition, as npm start does (office: account #0); the record is deploySuite's.
  const { record, cleanup } = await deployWithIgnition(url);
  cleanup(); // the record and the Ignition journal are read; the node is thrown away after the run
  const programme = getAddress(record.programme);
  const reader = getAddress(record.reader);
  hooks.onDeployed?.({ programme, reader, deploymentBlock: record.deploymentBlock });

  // Automine off while seeding (the node's mempool is FIFO: hardhat.config.ts): every phase's
  // transactions are sent in order, then blocks are mined until each has its receipt. A few dozen
  // full blocks instead of one block per transaction, so that the indexer's backfill is quick.
  let failed = 0;
  const send = async (txs: readonly Tx[], chunk = 500) => {
    if (txs.length === 0) return;
    await rpc(url, "evm_setAutomine", [false]);
    try {
      const hashes: (Hex | undefined)[] = [];
      for (let i = 0; i < txs.length; i += chunk) {
        const part = txs.slice(i, i + chunk);
        const replies = await rpcBatch(
          url,
          part.map((t) => ({
            method: "eth_sendTransaction",
            params: [
              { from: t.from, to: t.to ?? programme, data: t.data, gas: SEED_TX_GAS, maxFeePerGas: SEED_MAX_FEE, maxPriorityFeePerGas: SEED_PRIORITY_FEE },
            ],
          })),
        );
        replies.forEach((r, j) => {
          if (r.error) {
            failed++;
            if (failed <= 5) console.warn(`seed: ${part[j]?.what} refused: ${r.error.message}`);
          }
          hashes.push(r.error ? undefined : (r.result as Hex));
        });
      }
      const pending = new Map(hashes.flatMap((h, i) => (h ? [[h, i] as const] : [])));
      for (let round = 0; pending.size > 0; round++) {
        if (round > 200) throw new Error(`seed: ${pending.size} transactions still pending after 200 blocks`);
        await rpc(url, "evm_mine", []);
        const asked = [...pending.keys()];
        const receipts = await rpcBatch(
          url,
          asked.map((h) => ({ method: "eth_getTransactionReceipt", params: [h] })),
        );
        receipts.forEach((r, j) => {
          const receipt = r.result as { status: Hex } | null | undefined;
          const hash = asked[j] as Hex;
          if (!receipt) return;
          if (receipt.status !== "0x1") {
            failed++;
            if (failed <= 5) console.warn(`seed: ${txs[pending.get(hash) ?? 0]?.what} reverted (${hash})`);
          }
          pending.delete(hash);
        });
      }
    } finally {
      await rpc(url, "evm_setAutomine", [true]);
    }
  };
  const call = <F extends Parameters<typeof encodeFunctionData<typeof pilotProgrammeAbi>>[0]["functionName"]>(
    from: Address,
    functionName: F,
    args: readonly unknown[],
    what: string,
  ): Tx => ({ from, what, data: encodeFunctionData({ abi: pilotProgrammeAbi, functionName, args } as never) });

  const zoneIds = new Map(sample.zones.map((z, i) => [z.key, i + 1]));
  const entityIds = new Map(sample.entities.map((e, i) => [e.key, i + 1]));
  const projectIds = new Map(sample.projects.map((p, i) => [p.key, i + 1]));

  // 1. Zones and offices, each office for two years from now, ending at a UTC midnight.
  const latest = (await rpc(url, "eth_getBlockByNumber", ["latest", false])) as { timestamp: Hex };
  const term = defaultOfficeExpiry(Number(latest.timestamp));
  const phase1: Tx[] = [];
  for (const z of sample.zones) phase1.push(call(office, "createZone", [z.name, z.region, `urn:sample:zone:${z.key}`, sha256Sync(z.name)], `zone ${z.key}`));
  for (const a of sample.accounts) {
    if (a.role === "zoneAdmin" && a.zone) phase1.push(call(office, "appointZoneAdmin", [zoneIds.get(a.zone), at(a.label), term], a.label));
    if (a.role === "regulator" && a.fields) phase1.push(call(office, "setRegulatorFields", [at(a.label), mask(a.fields), term], a.label));
    if (a.role === "expert" && a.fields) phase1.push(call(office, "setExpertFields", [at(a.label), mask(a.fields), term], a.label));
  }
  // 2. Entities, by their zone's administrator; each signer key with its own EIP-712 consent
  // (sdk/eip712.ts SignerConsent) for the entity's id, at nonce 0 (every key is fresh).
  const zoneAdminOf = new Map(sample.accounts.filter((a) => a.role === "zoneAdmin").map((a) => [a.zone ?? "", at(a.label)]));
  const chainId = Number(await rpc(url, "eth_chainId", []));
  const consentDeadline = 2n ** 63n;
  const consentOf = async (account: Address, entityId: number): Promise<{ account: Address; deadline: bigint; signature: Hex }> => {
    const typed = {
      domain: { name: "PilotProgramme", version: "1", chainId, verifyingContract: programme },
      types: {
        SignerConsent: [
          { name: "account", type: "address" },
          { name: "entityId", type: "uint32" },
          { name: "nonce", type: "uint64" },
          { name: "deadline", type: "uint64" },
        ],
      },
      primaryType: "SignerConsent",
      message: { account, entityId, nonce: 0n, deadline: consentDeadline },
    } as const;
    const key = derivedKey.get(account);
    const signature = key
      ? await privateKeyToAccount(key).signTypedData(typed)
      : ((await rpc(url, "eth_signTypedData_v4", [
          account,
          JSON.stringify({
            ...typed,
            types: { ...typed.types, EIP712Domain: EIP712_DOMAIN },
            message: { ...typed.message, nonce: "0", deadline: consentDeadline.toString() },
          }),
        ])) as Hex);
    return { account, deadline: consentDeadline, signature };
  };
  for (const e of sample.entities) {
    const id = entityIds.get(e.key) ?? 0;
    const keys = await Promise.all(e.signers.map((label) => consentOf(at(label), id)));
    phase1.push(
      call(
        zoneAdminOf.get(e.zone) ?? office,
        "registerEntity",
        [
          zoneIds.get(e.zone),
          e.name,
          ENTITY_TYPES.indexOf(e.type as (typeof ENTITY_TYPES)[number]),
          mask(e.fields),
          `urn:sample:entity:${e.key}`,
          sha256Sync(e.description),
          keys,
        ],
        `entity ${e.key}`,
      ),
    );
  }
  // 3. Projects, proposed by the entity's first signer; then approved or rejected.
  const entityByKey = new Map(sample.entities.map((e) => [e.key, e]));
  for (const p of sample.projects) {
    const e = entityByKey.get(p.entity);
    phase1.push(
      call(at(e?.signers[0] ?? ""), "proposeProject", [fieldId(p.field), p.title, `urn:sample:project:${p.key}`, sha256Sync(p.summary)], `project ${p.key}`),
    );
  }
  for (const p of sample.projects) {
    if (p.status === "Proposed") continue;
    const e = entityByKey.get(p.entity);
    const admin = zoneAdminOf.get(e?.zone ?? "") ?? office;
    if (p.status !== "Rejected") phase1.push(call(admin, "setProjectStatus", [projectIds.get(p.key), 2, ""], `approve ${p.key}`));
  }
  await send(phase1);

  // 4. Attestations, in the sample's order (refs point backwards), then revocations.
  const hashCount = new Map<Hex, number>();
  const uidByKey = new Map<string, Hex>();
  const attestTxs: Tx[] = [];
  for (const a of sample.attestations) {
    const hash = sha256Sync(a.document);
    const n = hashCount.get(hash) ?? 0;
    hashCount.set(hash, n + 1);
    uidByKey.set(a.key, attestationUid(hash, n));
    const refUID = a.ref ? (uidByKey.get(a.ref) ?? `0x${"0".repeat(64)}`) : `0x${"0".repeat(64)}`;
    const request = {
      projectId: projectIds.get(a.project),
      kind: ATTESTATION_KINDS.indexOf(a.kind as (typeof ATTESTATION_KINDS)[number]),
      contentHash: hash,
      refUID,
      uri: a.uri ?? "",
    };
    attestTxs.push(call(at(a.attester), "attest", [request], `attestation ${a.key}`));
  }
  await send(attestTxs);
  const late: Tx[] = [];
  for (const a of sample.attestations) {
    if (a.revoked) late.push(call(at(a.revoked.by), "revoke", [uidByKey.get(a.key), a.revoked.reason], `revoke ${a.key}`));
  }
  // 5. Final statuses: projects rejected (reviews come first), suspended, terminated; then entities and zones.
  for (const p of sample.projects) {
    if (p.status !== "Rejected") continue;
    const e = entityByKey.get(p.entity);
    const by = p.statusChange ? at(p.statusChange.by) : (zoneAdminOf.get(e?.zone ?? "") ?? office);
    late.push(call(by, "setProjectStatus", [projectIds.get(p.key), 4, p.statusChange?.reason ?? "rejected"], `reject ${p.key}`));
  }
  for (const p of sample.projects) {
    const target = PROJECT_STATUSES.indexOf(p.status as (typeof PROJECT_STATUSES)[number]);
    if (p.status !== "Suspended" && p.status !== "Terminated") continue;
    const e = entityByKey.get(p.entity);
    const by = p.statusChange ? at(p.statusChange.by) : (zoneAdminOf.get(e?.zone ?? "") ?? office);
    late.push(call(by, "setProjectStatus", [projectIds.get(p.key), target, p.statusChange?.reason ?? "status change"], `status ${p.key}`));
  }
  for (const e of sample.entities) {
    if (e.status !== "Active")
      late.push(
        call(
          zoneAdminOf.get(e.zone) ?? office,
          "setEntityStatus",
          [entityIds.get(e.key), ENTITY_STATUSES.indexOf(e.status as (typeof ENTITY_STATUSES)[number])],
          `entity status ${e.key}`,
        ),
      );
  }
  for (const z of sample.zones) {
    if (z.status !== "Active")
      late.push(call(office, "setZoneStatus", [zoneIds.get(z.key), ZONE_STATUSES.indexOf(z.status as (typeof ZONE_STATUSES)[number])], `zone status ${z.key}`));
  }
  await send(late);

  if (programme !== plan.programme || reader !== plan.reader) throw new Error("deployed addresses differ from the plan: was the node fresh?");
  return {
    ...plan,
    deploymentBlock: record.deploymentBlock,
    counts: {
      zones: sample.zones.length,
      entities: sample.entities.length,
      projects: sample.projects.length,
      attestations: sample.attestations.length,
      failed,
    },
    seedMs: Date.now() - started,
  };
}
