/**
 * The pieces of `export` that rebuild the log from events and check it against
 * contract state, page by page, so that memory stays bounded by a page (plus
 * the revocations, relays and project statuses, a small share of the log):
 *
 * 1. `scanRegistry`: one pass over the registry's events and the revocations
 *    and relays (zones, entities, projects counted; each project's status
 *    rebuilt from its status events; revocations and relays by uid).
 * 2. `attestationRows`: the `Attested` events of one page as export rows, the
 *    revocation and relay of each joined in (and taken out of the maps).
 * 3. `checkRows`: a page of rows against `ProgrammeReader.attestations` at the
 *    export's block, in chunks the node accepts.
 * 4. `checkProjects`: every project's status in state against the rebuilt one.
 * 5. `withStandings`: each row's attester and revoker marked "former signer" /
 *    "former office" when they no longer hold the role (state at the export's
 *    block; each distinct address and project read once per page).
 */
import { kindLabel } from "@pilot/sdk/errors";
import { readAllChunks, readPages, isReadLimitError } from "@pilot/sdk/readPaging";
import { PROJECT_STATUSES } from "@pilot/sdk/domain";
import type { ProgrammeContext } from "./context.js";
import { isoTime } from "./format.js";
import { cliPageSize } from "./page-size.js";
import { eventPages, type ProgrammeEvent } from "./logs.js";
import type { Progress } from "./progress.js";
import { blockTime, readOffice, readStandings, standingLabel } from "./standing.js";
import type { ProjectScope } from "@pilot/sdk/standing";

export interface ExportRow {
  uid: string;
  projectId: number;
  kind: number;
  kindLabel: string;
  attester: string;
  contentHash: string;
  refUID: string;
  uri: string;
  time: number;
  timeISO: string;
  block: number;
  txHash: string;
  logIndex: number;
  relayedSigner: string;
  relayedNonce: string;
  revoked: boolean;
  revokedBy: string;
  revokeReason: string;
  revokedBlock: number | null;
  revokeTxHash: string;
}

/** Whether the attester and the revoker still hold their role at the export's block: "", "former signer" or "former office". */
export interface StandingColumns {
  attesterStanding: string;
  revokedByStanding: string;
}

export type ExportedRow = ExportRow & StandingColumns;

/** The CSV's columns, in order (the standings last, so earlier readers of the file keep their column numbers). */
export const EXPORT_COLUMNS: (keyof ExportedRow)[] = [
  "uid",
  "projectId",
  "kind",
  "kindLabel",
  "attester",
  "contentHash",
  "refUID",
  "uri",
  "time",
  "timeISO",
  "block",
  "txHash",
  "logIndex",
  "relayedSigner",
  "relayedNonce",
  "revoked",
  "revokedBy",
  "revokeReason",
  "revokedBlock",
  "revokeTxHash",
  "attesterStanding",
  "revokedByStanding",
];

/** What `withStandings` reads once per export and carries from page to page. */
export interface StandingCache {
  /** Each project's entity, zone and field, read once. */
  readonly scopes: Map<number, ProjectScope>;
  /** The programme office at the export's block, read once. */
  office?: string;
  /** The chain's clock at the export's block (offices lapsed by then are former ones), read once. */
  nowSeconds?: number;
}

/**
 * A page of rows with their attester's and revoker's standing at `blockTag`: the page's distinct
 * addresses in one `accounts` look-up; each project's scope and the programme office read once
 * for the whole export (`cache`).
 */
export async function withStandings(ctx: ProgrammeContext, rows: readonly ExportRow[], blockTag: number, cache: StandingCache): Promise<ExportedRow[]> {
  if (rows.length === 0) return [];
  const { scopes } = cache;
  cache.office ??= await readOffice(ctx, blockTag);
  cache.nowSeconds ??= await blockTime(ctx, blockTag);
  const missing = [...new Set(rows.map((r) => r.projectId))].filter((id) => !scopes.has(id));
  for (let i = 0; i < missing.length; i += HEADERS_IN_FLIGHT) {
    await Promise.all(
      missing.slice(i, i + HEADERS_IN_FLIGHT).map(async (id) => {
        const p = await ctx.programme.getProject(id, { blockTag });
        scopes.set(id, { entityId: Number(p.entityId), zoneId: Number(p.zoneId), field: Number(p.field) });
      }),
    );
  }
  const standings = await readStandings(
    ctx,
    rows.flatMap((r) => [r.attester, r.revokedBy]),
    blockTag,
    cache.office,
    cache.nowSeconds,
  );
  return rows.map((r) => {
    const scope = scopes.get(r.projectId) as ProjectScope;
    return {
      ...r,
      attesterStanding: standingLabel(standings.attester(r.attester, r.kind, scope)),
      revokedByStanding: r.revokedBy ? standingLabel(standings.revoker(r.revokedBy, r.attester, r.kind, scope)) : "",
    };
  });
}

/** Every mismatch is counted; the first `keep` are kept to show and to write. */
export class Mismatches {
  readonly list: string[] = [];
  count = 0;
  constructor(private readonly keep = 1000) {}
  add(message: string): void {
    this.count++;
    if (this.list.length < this.keep) this.list.push(message);
  }
}

export interface Range {
  fromBlock: number;
  toBlock: number;
  /** most blocks per eth_getLogs */
  maxRange: number;
}

interface Revocation {
  revoker: string;
  reason: string;
  block: number;
  txHash: string;
}

export interface RegistryScan {
  counted: { zones: number; entities: number; projects: number };
  /** project id -> status number, as its events leave it */
  projectStatus: Map<number, number>;
  revocations: Map<string, Revocation>;
  relays: Map<string, { signer: string; nonce: string }>;
}

const HEADERS_IN_FLIGHT = 8;
const REGISTRY_EVENTS = ["ZoneCreated", "EntityRegistered", "ProjectProposed", "ProjectStatusChanged", "Revoked", "SignatureUsed"];
const PROPOSED = PROJECT_STATUSES.indexOf("Proposed");

export async function scanRegistry(ctx: ProgrammeContext, range: Range, mismatches: Mismatches, progress: Progress): Promise<RegistryScan> {
  const scan: RegistryScan = { counted: { zones: 0, entities: 0, projects: 0 }, projectStatus: new Map(), revocations: new Map(), relays: new Map() };
  progress.phase("registry", range.toBlock - range.fromBlock + 1, "blocks");
  for await (const page of eventPages(ctx, { events: REGISTRY_EVENTS, fromBlock: range.fromBlock, toBlock: range.toBlock, pageSize: range.maxRange })) {
    for (const { event, log } of page.events) {
      const a = event.args;
      if (event.name === "ZoneCreated") scan.counted.zones++;
      else if (event.name === "EntityRegistered") scan.counted.entities++;
      else if (event.name === "ProjectProposed") {
        scan.counted.projects++;
        scan.projectStatus.set(Number(a.projectId), PROPOSED);
      } else if (event.name === "ProjectStatusChanged") {
        const id = Number(a.projectId);
        if (!scan.projectStatus.has(id)) mismatches.add(`status change logged for unknown project #${id}`);
        scan.projectStatus.set(id, Number(a.status));
      } else if (event.name === "Revoked") {
        const uid = String(a.uid);
        if (scan.revocations.has(uid)) mismatches.add(`attestation ${uid} is revoked twice in the logs`);
        scan.revocations.set(uid, { revoker: String(a.revoker), reason: String(a.reason), block: log.blockNumber, txHash: log.transactionHash });
      } else if (event.name === "SignatureUsed") {
        scan.relays.set(String(a.uid), { signer: String(a.signer), nonce: String(a.nonce) });
      }
    }
    progress.update(page.toBlock - range.fromBlock + 1);
  }
  return scan;
}

/**
 * The rows of one page of `Attested` events. Events must come in chain order, each once: a log
 * repeated or out of order (a faulty provider) is a mismatch.
 */
export async function attestationRows(
  events: readonly ProgrammeEvent[],
  scan: RegistryScan,
  clock: (block: number) => Promise<number>,
  order: { block: number; index: number },
  mismatches: Mismatches,
): Promise<ExportRow[]> {
  // the page's block headers, a few at a time (Hardhat's HTTP provider fails under hundreds of parallel requests)
  const blocks = [...new Set(events.map((e) => e.log.blockNumber))];
  for (let i = 0; i < blocks.length; i += HEADERS_IN_FLIGHT) await Promise.all(blocks.slice(i, i + HEADERS_IN_FLIGHT).map(clock));
  const rows: ExportRow[] = [];
  for (const { event, log } of events) {
    if (log.blockNumber < order.block || (log.blockNumber === order.block && log.index <= order.index)) {
      mismatches.add(`the logs repeat or reorder an event at block ${log.blockNumber}, index ${log.index}`);
    }
    order.block = log.blockNumber;
    order.index = log.index;
    const a = event.args;
    const uid = String(a.uid);
    const time = await clock(log.blockNumber);
    const revocation = scan.revocations.get(uid);
    const relay = scan.relays.get(uid);
    scan.revocations.delete(uid);
    scan.relays.delete(uid);
    rows.push({
      uid,
      projectId: Number(a.projectId),
      kind: Number(a.kind),
      kindLabel: kindLabel(a.kind),
      attester: String(a.attester),
      contentHash: String(a.contentHash),
      refUID: String(a.refUID),
      uri: String(a.uri),
      time,
      timeISO: isoTime(time),
      block: log.blockNumber,
      txHash: log.transactionHash,
      logIndex: log.index,
      relayedSigner: relay?.signer ?? "",
      relayedNonce: relay?.nonce ?? "",
      revoked: revocation !== undefined,
      revokedBy: revocation?.revoker ?? "",
      revokeReason: revocation?.reason ?? "",
      revokedBlock: revocation?.block ?? null,
      revokeTxHash: revocation?.txHash ?? "",
    });
  }
  return rows;
}

type StateRow = Awaited<ReturnType<ProgrammeContext["programme"]["getAttestation"]>>;

/** A page of rows against contract state at `blockTag`: every field the state holds, the revoked flag included. */
export async function checkRows(ctx: ProgrammeContext, rows: readonly ExportRow[], blockTag: number, mismatches: Mismatches): Promise<void> {
  if (rows.length === 0) return;
  let states: (StateRow | null)[];
  try {
    states = await readAllChunks(
      rows.map((r) => r.uid),
      (uids) => ctx.reader.attestations([...uids], { blockTag }),
      {
        pageSize: cliPageSize("attestations"),
      },
    );
  } catch (error) {
    if (isReadLimitError(error)) throw error;
    // one uid unknown to the contract (UnknownAttestation) refuses its whole chunk: find which, one by one
    states = [];
    for (const r of rows) {
      try {
        states.push(await ctx.programme.getAttestation(r.uid, { blockTag }));
      } catch {
        mismatches.add(`attestation ${r.uid} is in the logs but not in contract state`);
        states.push(null);
      }
    }
  }
  rows.forEach((r, j) => {
    const s = states[j];
    if (!s) return;
    const diffs: string[] = [];
    if (s.contentHash.toLowerCase() !== r.contentHash.toLowerCase()) diffs.push("content hash");
    if (s.attester.toLowerCase() !== r.attester.toLowerCase()) diffs.push("attester");
    if (Number(s.projectId) !== r.projectId) diffs.push("project");
    if (Number(s.kind) !== r.kind) diffs.push("kind");
    if (Number(s.time) !== r.time) diffs.push("time");
    if (s.revoked !== r.revoked) diffs.push("revoked flag");
    if (diffs.length) mismatches.add(`attestation ${r.uid}: ${diffs.join(", ")} differ between logs and state`);
  });
}

/** Every project in state (in pages) against the status its events leave it in. */
export async function checkProjects(
  ctx: ProgrammeContext,
  projectStatus: ReadonlyMap<number, number>,
  total: number,
  blockTag: number,
  mismatches: Mismatches,
  progress: Progress,
): Promise<number> {
  progress.phase("projects", total, "projects");
  let checked = 0;
  const pages = readPages(
    async (offset, limit) => {
      const [page, count] = await ctx.reader.projects(offset, limit, { blockTag });
      return { rows: page, total: count };
    },
    { pageSize: cliPageSize("projects"), total },
  );
  for await (const { rows } of pages) {
    for (const p of rows) {
      const id = Number(p.id);
      const logged = projectStatus.get(id);
      const state = Number(p.status);
      if (logged === undefined) mismatches.add(`project #${id} is in contract state but its proposal is not in the logs`);
      else if (logged !== state) {
        mismatches.add(`project #${id}: the logs leave it ${PROJECT_STATUSES[logged] ?? logged}, contract state says ${PROJECT_STATUSES[state] ?? state}`);
      }
    }
    checked += rows.length;
    progress.update(checked);
  }
  return checked;
}
