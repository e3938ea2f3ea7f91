/**
 * The programme's event log, rebuilt in the browser: eth_getLogs from the
 * deployment block (events carry everything: uri, ref, revocation reason) —
 * one request on a short chain, block-range pages where the RPC caps the range
 * (logPages.ts) — then incremental tails as new blocks arrive. Cached by TanStack Query under LOG_KEY.
 */
import { useQuery, useQueryClient, type QueryClient } from "@tanstack/react-query";
import { getAbiItem, parseEventLogs, zeroHash, type Address, type Hex, type Log } from "viem";
import { ATTESTATION_KINDS, PROJECT_STATUSES } from "@sdk/domain";
import { pilotProgrammeAbi, publicClient, requireContracts } from "./chain";
import { getLogsPaged, type LogSource } from "./logPages";
import type { AttestationEvent, NonceEvent, OfficeEvent, ProjectStatusEvent } from "./types";

export const LOG_KEY = ["log"] as const;

export interface ProgrammeLog {
  /** Last block included. */
  readonly toBlock: bigint;
  /** Oldest first. */
  readonly attestations: readonly AttestationEvent[];
  readonly byUid: ReadonlyMap<Hex, AttestationEvent>;
  readonly projectStatus: readonly ProjectStatusEvent[];
  readonly offices: readonly OfficeEvent[];
  /** NonceIncreased events (signatures voided by their signer), oldest first. */
  readonly nonceVoids: readonly NonceEvent[];
  readonly paused: boolean;
  /** Dedup keys (block:logIndex) of the logs already folded in. */
  readonly seen: ReadonlySet<string>;
}

export const EMPTY_LOG: ProgrammeLog = {
  toBlock: -1n,
  attestations: [],
  byUid: new Map(),
  projectStatus: [],
  offices: [],
  nonceVoids: [],
  paused: false,
  seen: new Set(),
};

/** Events that change what the registry reads return: they invalidate the registry queries. */
export const REGISTRY_EVENTS: ReadonlySet<string> = new Set([
  "ZoneCreated",
  "ZoneStatusChanged",
  "EntityRegistered",
  "EntityStatusChanged",
  "SignerAdded",
  "SignerRemoved",
  "ProjectProposed",
  "ProjectStatusChanged",
  "ZoneAdminAppointed",
  "ZoneAdminRemoved",
  "RegulatorFieldsSet",
  "ExpertFieldsSet",
  "Paused",
  "Unpaused",
]);

type RawLog = Omit<Log<bigint, number, false>, "blockTimestamp"> & { readonly blockTimestamp?: bigint | null };

function timeOf(log: RawLog, blockTimes: ReadonlyMap<bigint, number>): Date {
  const raw = log.blockTimestamp;
  if (raw !== undefined && raw !== null) return new Date(Number(raw) * 1000);
  return new Date((blockTimes.get(log.blockNumber ?? 0n) ?? 0) * 1000);
}

/** Folds decoded logs (any order) into a log snapshot. Pure: unit-tested. */
export function foldLogs(prev: ProgrammeLog, logs: readonly RawLog[], toBlock: bigint, blockTimes: ReadonlyMap<bigint, number> = new Map()): ProgrammeLog {
  const sorted = [...logs].sort((a, b) => (a.blockNumber === b.blockNumber ? (a.logIndex ?? 0) - (b.logIndex ?? 0) : (a.blockNumber ?? 0n) < (b.blockNumber ?? 0n) ? -1 : 1));
  const seen = new Set(prev.seen);
  const byUid = new Map(prev.byUid);
  const attestations = [...prev.attestations];
  const projectStatus = [...prev.projectStatus];
  const offices = [...prev.offices];
  const nonceVoids = [...prev.nonceVoids];
  let paused = prev.paused;
  const delegatedUids = new Set<Hex>();
  const revocations: { uid: Hex; by: Address; reason: string; time: Date }[] = [];

  const fresh = sorted.filter((l) => {
    const key = `${l.blockNumber}:${l.logIndex}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
  const decoded = parseEventLogs({ abi: pilotProgrammeAbi, logs: fresh, strict: false });
  decoded.forEach((ev) => {
    const time = timeOf(ev as unknown as RawLog, blockTimes);
    const block = ev.blockNumber ?? 0n;
    switch (ev.eventName) {
      case "Attested": {
        const a = ev.args;
        if (a.uid === undefined || a.projectId === undefined || a.attester === undefined || a.kind === undefined || a.contentHash === undefined) break;
        const rec: AttestationEvent = {
          uid: a.uid,
          projectId: a.projectId,
          attester: a.attester,
          kind: a.kind,
          kindLabel: ATTESTATION_KINDS[a.kind] ?? `Kind ${a.kind}`,
          contentHash: a.contentHash,
          refUID: a.refUID && a.refUID !== zeroHash ? a.refUID : undefined,
          uri: a.uri ?? "",
          time,
          block,
          txHash: ev.transactionHash ?? zeroHash,
          delegated: false,
        };
        attestations.push(rec);
        byUid.set(rec.uid, rec);
        break;
      }
      case "SignatureUsed":
        if (ev.args.uid) delegatedUids.add(ev.args.uid);
        break;
      case "NonceIncreased":
        if (ev.args.signer && ev.args.oldNonce !== undefined && ev.args.newNonce !== undefined)
          nonceVoids.push({ signer: ev.args.signer, oldNonce: ev.args.oldNonce, newNonce: ev.args.newNonce, time, block, txHash: ev.transactionHash ?? zeroHash });
        break;
      case "Revoked":
        if (ev.args.uid && ev.args.revoker) revocations.push({ uid: ev.args.uid, by: ev.args.revoker, reason: ev.args.reason ?? "", time });
        break;
      case "ProjectStatusChanged":
        if (ev.args.projectId !== undefined && ev.args.status !== undefined && ev.args.by)
          projectStatus.push({ projectId: ev.args.projectId, status: PROJECT_STATUSES[ev.args.status] ?? `#${ev.args.status}`, by: ev.args.by, reason: ev.args.reason ?? "", time, block });
        break;
      case "ZoneAdminAppointed":
        if (ev.args.account && ev.args.zoneId !== undefined) offices.push({ kind: "zoneAdminAppointed", account: ev.args.account, zoneId: ev.args.zoneId, time });
        break;
      case "ZoneAdminRemoved":
        if (ev.args.account && ev.args.zoneId !== undefined) offices.push({ kind: "zoneAdminRemoved", account: ev.args.account, zoneId: ev.args.zoneId, time });
        break;
      case "RegulatorFieldsSet":
        if (ev.args.account && ev.args.fields !== undefined) offices.push({ kind: "regulatorFields", account: ev.args.account, fields: ev.args.fields, time });
        break;
      case "ExpertFieldsSet":
        if (ev.args.account && ev.args.fields !== undefined) offices.push({ kind: "expertFields", account: ev.args.account, fields: ev.args.fields, time });
        break;
      case "Paused":
        paused = true;
        break;
      case "Unpaused":
        paused = false;
        break;
      default:
        break;
    }
  });
  for (const uid of delegatedUids) {
    const a = byUid.get(uid);
    if (a) byUid.set(uid, { ...a, delegated: true });
  }
  for (const r of revocations) {
    const a = byUid.get(r.uid);
    if (a) byUid.set(r.uid, { ...a, revoked: { by: r.by, reason: r.reason, time: r.time } });
  }
  const touched = delegatedUids.size > 0 || revocations.length > 0;
  return {
    toBlock: toBlock > prev.toBlock ? toBlock : prev.toBlock,
    attestations: touched ? attestations.map((a) => byUid.get(a.uid) ?? a) : attestations,
    byUid,
    projectStatus,
    offices,
    nonceVoids,
    paused,
    seen,
  };
}

/** The void (if any) that killed `nonce` of `signer`: a NonceIncreased with oldNonce <= nonce < newNonce. */
export function voidOf(voids: readonly NonceEvent[], signer: Address, nonce: bigint): NonceEvent | undefined {
  const who = signer.toLowerCase();
  return voids.find((v) => v.signer.toLowerCase() === who && v.oldNonce <= nonce && nonce < v.newNonce);
}

/** Block timestamps for logs that lack `blockTimestamp` (older nodes), one batched request. */
async function blockTimesFor(logs: readonly RawLog[]): Promise<Map<bigint, number>> {
  const missing = [...new Set(logs.filter((l) => l.blockTimestamp == null && l.blockNumber !== null).map((l) => l.blockNumber as bigint))];
  const client = publicClient();
  const blocks = await Promise.all(missing.map((n) => client.getBlock({ blockNumber: n })));
  return new Map(blocks.map((b) => [b.number ?? 0n, Number(b.timestamp)]));
}

/** Block-range paging of eth_getLogs (public RPCs cap the range); overridable at build time. */
export const LOG_PAGING = {
  maxRange: positiveBigInt(import.meta.env.VITE_LOG_MAX_BLOCK_RANGE, 50_000n),
  pagesPerBatch: Number(positiveBigInt(import.meta.env.VITE_LOG_PAGES_PER_BATCH, 10n)),
} as const;

function positiveBigInt(raw: string | undefined, fallback: bigint): bigint {
  if (raw === undefined || !/^\s*\d+\s*$/.test(raw)) return fallback;
  const n = BigInt(raw.trim());
  return n > 0n ? n : fallback;
}

const hex = (n: bigint): Hex => `0x${n.toString(16)}`;

function normalise(logs: readonly Record<string, unknown>[]): RawLog[] {
  return logs.map((l) => ({
    ...(l as unknown as RawLog),
    blockNumber: BigInt(l["blockNumber"] as Hex),
    logIndex: Number(l["logIndex"] as Hex),
    transactionIndex: Number(l["transactionIndex"] as Hex),
    blockTimestamp: l["blockTimestamp"] === undefined || l["blockTimestamp"] === null ? null : BigInt(l["blockTimestamp"] as Hex),
  }));
}

/** The programme's raw logs of one block range (one eth_getLogs). */
function programmeLogSource(): LogSource<RawLog> {
  const { programme } = requireContracts();
  const client = publicClient();
  return {
    getLogs: async (fromBlock, toBlock) =>
      normalise(
        (await client.request({
          method: "eth_getLogs",
          params: [{ address: programme, fromBlock: hex(fromBlock), toBlock: toBlock === "latest" ? "latest" : hex(toBlock) }],
        })) as unknown as readonly Record<string, unknown>[],
      ),
    getBlockNumber: () => client.getBlockNumber({ cacheTime: 0 }),
  };
}

export async function fetchLogRange(
  fromBlock: bigint,
  toBlock: bigint | "latest",
  headHint?: bigint,
): Promise<{ logs: RawLog[]; blockTimes: Map<bigint, number>; head: bigint | undefined }> {
  const { logs, head } = await getLogsPaged(programmeLogSource(), fromBlock, toBlock, { ...LOG_PAGING, ...(headHint !== undefined ? { headHint } : {}) });
  return { logs, blockTimes: await blockTimesFor(logs), head };
}

/** The full history; `headHint` (a recent block number) lets a range known to be large go straight to pages. */
export async function fetchFullLog(headHint?: bigint): Promise<ProgrammeLog> {
  const { deploymentBlock } = requireContracts();
  // Head and logs in one batched request when the range is small; logs of a block mined in between are folded in once (dedup by block:logIndex).
  const { logs, blockTimes, head } = await fetchLogRange(deploymentBlock, "latest", headHint);
  const last = logs.reduce((m, l) => (l.blockNumber !== null && l.blockNumber > m ? l.blockNumber : m), head ?? deploymentBlock);
  return foldLogs(EMPTY_LOG, logs, last, blockTimes);
}

/** The signer's own void of `nonce` (NonceIncreased covering it), looked up by signer on the chain; undefined if it was used instead. */
export async function fetchNonceVoid(signer: Address, nonce: bigint): Promise<{ readonly block: bigint; readonly newNonce: bigint } | undefined> {
  const { programme, deploymentBlock } = requireContracts();
  const client = publicClient();
  const event = getAbiItem({ abi: pilotProgrammeAbi, name: "NonceIncreased" });
  const { logs } = await getLogsPaged(
    {
      getLogs: (fromBlock, toBlock) => client.getLogs({ address: programme, event, args: { signer }, fromBlock, toBlock }),
      getBlockNumber: () => client.getBlockNumber({ cacheTime: 0 }),
    },
    deploymentBlock,
    "latest",
    LOG_PAGING,
  );
  const hit = logs.find((l) => l.args.oldNonce !== undefined && l.args.newNonce !== undefined && l.args.oldNonce <= nonce && nonce < l.args.newNonce);
  return hit && hit.args.newNonce !== undefined ? { block: hit.blockNumber, newNonce: hit.args.newNonce } : undefined;
}

/** The latest block number wagmi's network-status poll has cached, if any (no request). */
function cachedHead(queryClient: QueryClient): bigint | undefined {
  let best: bigint | undefined;
  for (const [, value] of queryClient.getQueriesData<bigint>({ queryKey: ["blockNumber"] })) {
    if (typeof value === "bigint" && (best === undefined || value > best)) best = value;
  }
  return best;
}

export function useProgrammeLog() {
  const queryClient = useQueryClient();
  return useQuery({ queryKey: LOG_KEY, queryFn: () => fetchFullLog(cachedHead(queryClient)), staleTime: Infinity, gcTime: 30 * 60_000 });
}

/**
 * Brings the cached log up to `toBlock` (if one is cached) and reports which
 * events arrived. Used by the live tail and right after the user's own transactions.
 */
export async function tailLog(queryClient: QueryClient, fromBlock: bigint, toBlock: bigint): Promise<{ names: Set<string> }> {
  const cached = queryClient.getQueryData<ProgrammeLog>(LOG_KEY);
  const start = cached && cached.toBlock + 1n < fromBlock ? cached.toBlock + 1n : fromBlock;
  const { logs, blockTimes } = await fetchLogRange(start, toBlock);
  const names = new Set<string>();
  for (const ev of parseEventLogs({ abi: pilotProgrammeAbi, logs, strict: false })) if (ev.eventName) names.add(ev.eventName);
  const current = queryClient.getQueryData<ProgrammeLog>(LOG_KEY);
  if (current) queryClient.setQueryData<ProgrammeLog>(LOG_KEY, foldLogs(current, logs, toBlock, blockTimes));
  return { names };
}
