/**
 * One comparable picture of the whole observable state, built either from the chain (getters and
 * ProgrammeReader) or from the model. Model and chain must produce identical views after every step.
 */
import type { HardhatEthersSigner } from "@nomicfoundation/hardhat-ethers/types";
import { MAX_PAGE } from "@pilot/sdk/readPaging";
import type { PilotProgramme, ProgrammeReader } from "../../../types/ethers-contracts/index.js";
import type { ERC1271WalletMock } from "../../../types/ethers-contracts/index.js";
import { type AccountM, type AttestationM, type EntityM, type ModelState, type ProjectM, type ZoneM, ZERO_ACCOUNT, gov, lc } from "../model/index.js";

export interface View {
  paused: boolean;
  totals: [number, number, number, number];
  admin: { defaultAdmin: string; pendingAdmin: string; pendingSchedule: number; delay: number; pendingDelay: [number, number] };
  zones: ZoneM[];
  entities: EntityM[];
  projects: ProjectM[];
  accounts: Record<string, AccountM>;
  attestations: Record<string, AttestationM>;
  hashCount: Record<string, number>;
  refuseAll: Record<string, boolean>;
  guardian: string;
}

export interface Sys {
  programme: PilotProgramme;
  reader: ProgrammeReader;
  address: string;
  eoas: HardhatEthersSigner[];
  wallets: ERC1271WalletMock[];
  walletAddresses: string[];
  /** Every address the fuzzer uses as an argument: EOAs, wallets, the zero address. */
  pool: string[];
  chainId: bigint;
}

const N = (x: bigint | number): number => Number(x);

export function viewOfModel(s: ModelState, pool: string[], uids: string[], hashes: string[]): View {
  const accounts: Record<string, AccountM> = {};
  for (const a of pool) accounts[a] = { ...(s.accounts[a] ?? ZERO_ACCOUNT) };
  const attestations: Record<string, AttestationM> = {};
  for (const u of uids) {
    const a = s.attestations[u];
    if (a) attestations[u] = { ...a };
  }
  const hashCount: Record<string, number> = {};
  for (const h of hashes) hashCount[h] = s.hashCount[h] ?? 0;
  const refuseAll: Record<string, boolean> = {};
  for (const [w, m] of Object.entries(s.wallets)) refuseAll[w] = m.refuseAll;
  return {
    paused: s.paused,
    totals: [s.zones.length, s.entities.length, s.projects.length, s.log.length],
    admin: {
      defaultAdmin: s.admin.defaultAdmin,
      pendingAdmin: s.admin.pendingAdmin,
      pendingSchedule: s.admin.pendingAdminSchedule,
      delay: gov.defaultAdminDelay(s),
      pendingDelay: gov.pendingDefaultAdminDelay(s),
    },
    zones: s.zones.map((z) => ({ ...z })),
    entities: s.entities.map((e) => ({ ...e, signers: [...e.signers] })),
    projects: s.projects.map((p) => ({ ...p })),
    accounts,
    attestations,
    hashCount,
    refuseAll,
    guardian: s.guardian,
  };
}

export async function viewOfChain(sys: Sys, uids: string[], hashes: string[], blockTag: number): Promise<View> {
  const { programme: p, reader: r } = sys;
  const o = { blockTag };
  const [paused, totals, defaultAdmin, pending, delay, pendingDelay, zones, entities, projects, accounts, atts, counts, refuse, guardian] = await Promise.all([
    p.paused(o),
    p.totals(o),
    p.defaultAdmin(o),
    p.pendingDefaultAdmin(o),
    p.defaultAdminDelay(o),
    p.pendingDefaultAdminDelay(o),
    // one page each: a run holds far fewer rows than a page's maximum (and a short page would show as a mismatch)
    r.zones(0, MAX_PAGE.zones, o),
    r.entities(0, MAX_PAGE.entities, o),
    r.projects(0, MAX_PAGE.projects, o),
    r.accounts(sys.pool, o),
    uids.length ? r.attestations(uids, o) : Promise.resolve([]),
    Promise.all(hashes.map((h) => p.attestationCount(h, o))),
    Promise.all(sys.wallets.map((w) => w.refuseAll(o))),
    p.guardian(o),
  ]);
  const accountsV: Record<string, AccountM> = {};
  sys.pool.forEach((a, i) => {
    const x = accounts[i];
    accountsV[a] = {
      entityId: N(x.entityId),
      zoneAdminOf: N(x.zoneAdminOf),
      regulatorFields: N(x.regulatorFields),
      expertFields: N(x.expertFields),
      nonce: x.nonce,
      signerSince: N(x.signerSince),
      entityActive: x.entityActive,
      officeExpiryDay: N(x.officeExpiryDay),
    };
  });
  const attestations: Record<string, AttestationM> = {};
  for (const a of atts) {
    attestations[lc(a.uid)] = {
      uid: lc(a.uid),
      contentHash: lc(a.contentHash),
      attester: lc(a.attester),
      projectId: N(a.projectId),
      kind: N(a.kind),
      time: N(a.time),
      revoked: a.revoked,
    };
  }
  const hashCount: Record<string, number> = {};
  hashes.forEach((h, i) => (hashCount[h] = N(counts[i])));
  const refuseAll: Record<string, boolean> = {};
  sys.walletAddresses.forEach((w, i) => (refuseAll[w] = refuse[i]));
  return {
    paused,
    totals: [N(totals[0]), N(totals[1]), N(totals[2]), N(totals[3])],
    admin: {
      defaultAdmin: lc(defaultAdmin),
      pendingAdmin: lc(pending[0]),
      pendingSchedule: N(pending[1]),
      delay: N(delay),
      pendingDelay: [N(pendingDelay[0]), N(pendingDelay[1])],
    },
    zones: zones.page.map((z) => ({
      id: N(z.id),
      status: N(z.status),
      createdAt: N(z.createdAt),
      entityCount: N(z.entityCount),
      name: z.name,
      region: z.region,
      metadataURI: z.metadataURI,
      metadataHash: lc(z.metadataHash),
    })),
    entities: entities.page.map((e, i) => ({
      id: N(e.id),
      zoneId: N(e.zoneId),
      status: N(e.status),
      entityType: N(e.entityType),
      fields: N(e.fields),
      registeredAt: N(e.registeredAt),
      projectCount: N(e.projectCount),
      name: e.name,
      metadataURI: e.metadataURI,
      metadataHash: lc(e.metadataHash),
      signers: entities.signers[i].map(lc),
    })),
    projects: projects.page.map((q) => ({
      id: N(q.id),
      entityId: N(q.entityId),
      zoneId: N(q.zoneId),
      field: N(q.field),
      status: N(q.status),
      proposedAt: N(q.proposedAt),
      updatedAt: N(q.updatedAt),
      proposer: lc(q.proposer),
      title: q.title,
      metadataURI: q.metadataURI,
      metadataHash: lc(q.metadataHash),
    })),
    accounts: accountsV,
    attestations,
    hashCount,
    refuseAll,
    guardian: lc(guardian),
  };
}

const js = (v: unknown) => JSON.stringify(v, (_k, x: unknown) => (typeof x === "bigint" ? `${x}n` : x));

/** First difference between two views, as a readable path, or null when equal. */
export function diffViews(a: unknown, b: unknown, path = "view"): string | null {
  if (typeof a !== typeof b) return `${path}: model ${js(a)} vs chain ${js(b)}`;
  if (a === null || b === null || typeof a !== "object") {
    return a === b ? null : `${path}: model ${js(a)} vs chain ${js(b)}`;
  }
  if (Array.isArray(a) !== Array.isArray(b)) return `${path}: array vs object`;
  const ka = Object.keys(a as object);
  const kb = Object.keys(b as object);
  const keys = new Set([...ka, ...kb]);
  for (const k of keys) {
    const d = diffViews((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k], `${path}.${k}`);
    if (d) return d;
  }
  return null;
}
