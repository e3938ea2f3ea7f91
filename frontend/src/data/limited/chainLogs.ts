/**
 * The limited mode's log reads, narrowed by the events' indexed topics so that no page reads
 * more than it shows: Attested by project id, ProjectStatusChanged by project id, SignatureUsed /
 * Revoked by uid, zone administrators by zone id. Times and revocation flags come from the
 * chain's own records (ProgrammeReader.attestations), never from a log alone.
 */
import { getAbiItem, zeroHash, type Address, type Hex } from "viem";
import { ATTESTATION_KINDS, PROJECT_STATUSES } from "@pilot/sdk/domain";
import { getLogsPaged } from "@pilot/sdk/logPaging";
import { pilotProgrammeAbi, publicClient, requireContracts } from "../chain";
import { readRecordsByUid } from "../onchain/reads";
import { LOG_PAGING } from "../readMode";
import type { AttestationEvent, ProjectStatusEvent } from "../types";

const EVENTS = {
  Attested: getAbiItem({ abi: pilotProgrammeAbi, name: "Attested" }),
  ProjectStatusChanged: getAbiItem({ abi: pilotProgrammeAbi, name: "ProjectStatusChanged" }),
  SignatureUsed: getAbiItem({ abi: pilotProgrammeAbi, name: "SignatureUsed" }),
  Revoked: getAbiItem({ abi: pilotProgrammeAbi, name: "Revoked" }),
  ZoneAdminAppointed: getAbiItem({ abi: pilotProgrammeAbi, name: "ZoneAdminAppointed" }),
  NonceIncreased: getAbiItem({ abi: pilotProgrammeAbi, name: "NonceIncreased" }),
} as const;

export interface AttestedLog {
  readonly uid: Hex;
  readonly projectId: number;
  readonly attester: Address;
  readonly kind: number;
  readonly contentHash: Hex;
  readonly refUID: Hex | undefined;
  readonly uri: string;
  readonly block: bigint;
  readonly logIndex: number;
  readonly txHash: Hex;
}

/** Attested logs of [fromBlock, toBlock], of the given projects (all when undefined). One eth_getLogs. */
export async function attestedLogs(projectIds: readonly number[] | undefined, fromBlock: bigint, toBlock: bigint): Promise<AttestedLog[]> {
  const { programme } = requireContracts();
  const logs = await publicClient().getLogs({
    address: programme,
    event: EVENTS.Attested,
    ...(projectIds ? { args: { projectId: [...projectIds] } } : {}),
    fromBlock,
    toBlock,
  });
  const out: AttestedLog[] = [];
  for (const l of logs) {
    const a = l.args;
    if (a.uid === undefined || a.projectId === undefined || a.attester === undefined || a.kind === undefined || a.contentHash === undefined) continue;
    out.push({
      uid: a.uid,
      projectId: a.projectId,
      attester: a.attester,
      kind: a.kind,
      contentHash: a.contentHash,
      refUID: a.refUID && a.refUID !== zeroHash ? a.refUID : undefined,
      uri: a.uri ?? "",
      block: l.blockNumber,
      logIndex: l.logIndex,
      txHash: l.transactionHash,
    });
  }
  return out;
}

/** Attested logs of `uids`, anywhere from the deployment block to the head (block-range pages where the RPC caps the range). */
export async function attestedByUid(uids: readonly Hex[]): Promise<AttestedLog[]> {
  if (uids.length === 0) return [];
  const { programme, deploymentBlock } = requireContracts();
  const client = publicClient();
  const { logs } = await getLogsPaged(
    {
      getLogs: (from, to) => client.getLogs({ address: programme, event: EVENTS.Attested, args: { uid: [...uids] }, fromBlock: from, ...(to === "latest" ? { toBlock: "latest" as const } : { toBlock: to }) }),
      getBlockNumber: () => client.getBlockNumber({ cacheTime: 0 }),
    },
    deploymentBlock,
    "latest",
    LOG_PAGING,
  );
  return logs.flatMap((l) => {
    const a = l.args;
    if (a.uid === undefined || a.projectId === undefined || a.attester === undefined || a.kind === undefined || a.contentHash === undefined) return [];
    return [{ uid: a.uid, projectId: a.projectId, attester: a.attester, kind: a.kind, contentHash: a.contentHash, refUID: a.refUID && a.refUID !== zeroHash ? a.refUID : undefined, uri: a.uri ?? "", block: l.blockNumber, logIndex: l.logIndex, txHash: l.transactionHash }];
  });
}

/** Block timestamps (seconds) of `blocks`, from the logs when the node includes them, else one batched getBlock each. */
async function blockTimes(blocks: readonly bigint[], known: ReadonlyMap<bigint, number>): Promise<Map<bigint, number>> {
  const out = new Map(known);
  const missing = [...new Set(blocks.filter((b) => !out.has(b)))];
  const client = publicClient();
  const got = await Promise.all(missing.map((n) => client.getBlock({ blockNumber: n })));
  for (const b of got) if (b.number !== null) out.set(b.number, Number(b.timestamp));
  return out;
}

/** ProjectStatusChanged of one project in [fromBlock, toBlock], oldest first. */
export async function statusLogs(projectId: number, fromBlock: bigint, toBlock: bigint): Promise<ProjectStatusEvent[]> {
  const { programme } = requireContracts();
  const logs = await publicClient().getLogs({ address: programme, event: EVENTS.ProjectStatusChanged, args: { projectId }, fromBlock, toBlock });
  const known = new Map<bigint, number>();
  for (const l of logs) {
    const ts = (l as { blockTimestamp?: bigint | null }).blockTimestamp;
    if (ts !== undefined && ts !== null) known.set(l.blockNumber, Number(ts));
  }
  const times = await blockTimes(logs.map((l) => l.blockNumber), known);
  return logs
    .filter((l) => l.args.status !== undefined && l.args.by !== undefined)
    .map((l) => ({
      projectId,
      status: PROJECT_STATUSES[l.args.status ?? 0] ?? `#${l.args.status}`,
      by: l.args.by as Address,
      reason: l.args.reason ?? "",
      time: new Date((times.get(l.blockNumber) ?? 0) * 1000),
      block: l.blockNumber,
    }));
}

/** Which of `uids` were relayed (SignatureUsed) in [fromBlock, toBlock] (the blocks of their Attested; range pages where the RPC caps it). */
export async function delegatedUids(uids: readonly Hex[], fromBlock: bigint, toBlock: bigint): Promise<Set<string>> {
  if (uids.length === 0 || toBlock < fromBlock) return new Set();
  const { programme } = requireContracts();
  const client = publicClient();
  const { logs } = await getLogsPaged(
    {
      getLogs: (from, to) => client.getLogs({ address: programme, event: EVENTS.SignatureUsed, args: { uid: [...uids] }, fromBlock: from, ...(to === "latest" ? { toBlock: "latest" as const } : { toBlock: to }) }),
      getBlockNumber: () => client.getBlockNumber({ cacheTime: 0 }),
    },
    fromBlock,
    toBlock,
    LOG_PAGING,
  );
  return new Set(logs.flatMap((l) => (l.args.uid ? [l.args.uid.toLowerCase()] : [])));
}

/** Revoked events of `uids` from `fromBlock` to the head (block-range pages where the RPC caps the range). */
export async function revocationsOf(uids: readonly Hex[], fromBlock: bigint): Promise<Map<string, { by: Address; reason: string; block: bigint }>> {
  const out = new Map<string, { by: Address; reason: string; block: bigint }>();
  if (uids.length === 0) return out;
  const { programme } = requireContracts();
  const client = publicClient();
  const { logs } = await getLogsPaged(
    {
      getLogs: (from, to) => client.getLogs({ address: programme, event: EVENTS.Revoked, args: { uid: [...uids] }, fromBlock: from, ...(to === "latest" ? { toBlock: "latest" as const } : { toBlock: to }) }),
      getBlockNumber: () => client.getBlockNumber({ cacheTime: 0 }),
    },
    fromBlock,
    "latest",
    LOG_PAGING,
  );
  for (const l of logs) if (l.args.uid && l.args.revoker) out.set(l.args.uid.toLowerCase(), { by: l.args.revoker, reason: l.args.reason ?? "", block: l.blockNumber });
  return out;
}

/**
 * Attested logs made into attestations: time and revoked flag from the chain's records (one
 * ProgrammeReader call per page), "relayed" from SignatureUsed in the same blocks, the revocation's
 * author and reason from its Revoked event (both optional: the overview shows neither). Newest first.
 */
export async function completeAttestations(
  logs: readonly AttestedLog[],
  fromBlock: bigint,
  toBlock: bigint,
  details: { readonly relayed: boolean; readonly reasons: boolean } = { relayed: true, reasons: true },
): Promise<AttestationEvent[]> {
  if (logs.length === 0) return [];
  const uids = logs.map((l) => l.uid);
  const [records, relayed] = await Promise.all([readRecordsByUid(uids), details.relayed ? delegatedUids(uids, fromBlock, toBlock) : Promise.resolve(new Set<string>())]);
  const revokedUids = uids.filter((u) => records.get(u.toLowerCase())?.revoked);
  const reasons = details.reasons ? await revocationsOf(revokedUids, fromBlock) : new Map<string, { by: Address; reason: string; block: bigint }>();
  return [...logs]
    .sort((a, b) => (a.block === b.block ? b.logIndex - a.logIndex : a.block > b.block ? -1 : 1))
    .map((l): AttestationEvent => {
      const record = records.get(l.uid.toLowerCase());
      const rev = reasons.get(l.uid.toLowerCase());
      return {
        uid: l.uid,
        projectId: l.projectId,
        attester: l.attester,
        kind: l.kind,
        kindLabel: ATTESTATION_KINDS[l.kind] ?? `Kind ${l.kind}`,
        contentHash: l.contentHash,
        refUID: l.refUID,
        uri: l.uri,
        time: new Date((record?.time ?? 0) * 1000),
        block: l.block,
        txHash: l.txHash,
        delegated: relayed.has(l.uid.toLowerCase()),
        ...(record?.revoked ? { revoked: { by: rev?.by, reason: rev?.reason, time: undefined } } : {}),
      };
    });
}

/** Accounts ever appointed administrator of `zoneId` (ZoneAdminAppointed by zone topic, whole history in range pages). */
export async function appointedAdmins(zoneId: number): Promise<Address[]> {
  const { programme, deploymentBlock } = requireContracts();
  const client = publicClient();
  const { logs } = await getLogsPaged(
    {
      getLogs: (from, to) => client.getLogs({ address: programme, event: EVENTS.ZoneAdminAppointed, args: { zoneId }, fromBlock: from, ...(to === "latest" ? { toBlock: "latest" as const } : { toBlock: to }) }),
      getBlockNumber: () => client.getBlockNumber({ cacheTime: 0 }),
    },
    deploymentBlock,
    "latest",
    LOG_PAGING,
  );
  return [...new Set(logs.flatMap((l) => (l.args.account ? [l.args.account] : [])))];
}

/** The signer's own void of `nonce` (NonceIncreased covering it), looked up by signer topic; undefined if it was used instead. */
export async function fetchNonceVoid(signer: Address, nonce: bigint): Promise<{ readonly block: bigint; readonly newNonce: bigint } | undefined> {
  const { programme, deploymentBlock } = requireContracts();
  const client = publicClient();
  const { logs } = await getLogsPaged(
    {
      getLogs: (from, to) => client.getLogs({ address: programme, event: EVENTS.NonceIncreased, args: { signer }, fromBlock: from, ...(to === "latest" ? { toBlock: "latest" as const } : { toBlock: to }) }),
      getBlockNumber: () => client.getBlockNumber({ cacheTime: 0 }),
    },
    deploymentBlock,
    "latest",
    LOG_PAGING,
  );
  const hit = logs.find((l) => l.args.oldNonce !== undefined && l.args.newNonce !== undefined && l.args.oldNonce <= nonce && nonce < l.args.newNonce);
  return hit && hit.args.newNonce !== undefined ? { block: hit.blockNumber, newNonce: hit.args.newNonce } : undefined;
}
