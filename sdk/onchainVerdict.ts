/**
 * The chain's word on a document: every attestation carrying its content hash,
 * read from PilotProgramme itself (`attestationCount`, then every page of
 * `attestationsOf` up to it), and the verdict they give. An indexer or a log
 * may help show more, but a "valid / revoked" answer comes from here: never
 * from a first page alone, never truncated.
 *
 * The contract read is injected, so any client library fits; e.g. with viem:
 *   const read: ProgrammeRead = (fn, args) =>
 *     client.readContract({ address, abi: pilotProgrammeAbi, functionName: fn, args: args as never, blockNumber });
 * and with ethers: `(fn, args) => programme[fn](...args, { blockTag })`.
 * Pin a block in `read` to have every call answer from one state.
 */
import { pageSize, readAllPages } from "./readPaging.js";

type Hex = `0x${string}`;

export interface OnchainAttestation {
  uid: Hex;
  contentHash: Hex;
  attester: Hex;
  projectId: number;
  kind: number;
  time: number;
  revoked: boolean;
}

/** Calls PilotProgramme's view `fn` with `args` and returns what it returned. */
export type ProgrammeRead = (fn: "attestationCount" | "attestationsOf", args: readonly unknown[]) => Promise<unknown>;

export interface VerdictOptions {
  /** Rows per `attestationsOf` call at first (default `pageSize("attestationsOf")`); halved when a node refuses a page. */
  readonly pageSize?: number;
}

/** What a view returns for one attestation: a viem object, an ethers Result, or an array in ABI order. */
function field(raw: unknown, name: keyof OnchainAttestation, index: number): unknown {
  if (typeof raw !== "object" || raw === null) throw new TypeError(`attestationsOf returned a row that is not a record: ${String(raw)}`);
  const named = (raw as Record<string, unknown>)[name];
  if (named !== undefined) return named;
  if (Array.isArray(raw) || typeof (raw as { length?: unknown }).length === "number") return (raw as unknown[])[index];
  return undefined;
}

/** One `Attestation` struct as the views return it, in plain numbers. */
export function toOnchainAttestation(raw: unknown): OnchainAttestation {
  const hex = (v: unknown, what: string): Hex => {
    if (typeof v !== "string" || !/^0x[0-9a-fA-F]*$/.test(v)) throw new TypeError(`attestation ${what} is not hex: ${String(v)}`);
    return v as Hex;
  };
  const num = (v: unknown, what: string): number => {
    if (typeof v !== "number" && typeof v !== "bigint") throw new TypeError(`attestation ${what} is not a number: ${String(v)}`);
    return Number(v);
  };
  const revoked = field(raw, "revoked", 6);
  if (typeof revoked !== "boolean") throw new TypeError(`attestation revoked flag is not a boolean: ${String(revoked)}`);
  return {
    uid: hex(field(raw, "uid", 0), "uid"),
    contentHash: hex(field(raw, "contentHash", 1), "contentHash"),
    attester: hex(field(raw, "attester", 2), "attester"),
    projectId: num(field(raw, "projectId", 3), "projectId"),
    kind: num(field(raw, "kind", 4), "kind"),
    time: num(field(raw, "time", 5), "time"),
    revoked,
  };
}

/**
 * Every attestation of `contentHash`: `attestationCount` and the first `attestationsOf` page in
 * one round trip (most documents fit in one page), then the remaining pages up to the count
 * (halving a page a node refuses). Throws rather than return fewer than `count` records, or a
 * record of another document. Pin `read` to one block so that the count and the pages agree.
 */
export async function readAllAttestationsOf(
  read: ProgrammeRead,
  contentHash: Hex,
  options: VerdictOptions = {},
): Promise<{ count: number; records: OnchainAttestation[] }> {
  const size = Math.max(1, Math.floor(options.pageSize ?? pageSize("attestationsOf")));
  const readPage = async (offset: number, limit: number) => {
    const page = await read("attestationsOf", [contentHash, BigInt(offset), BigInt(limit)]);
    if (!Array.isArray(page)) throw new TypeError("attestationsOf did not return a list");
    return { rows: page.map(toOnchainAttestation) };
  };
  const [rawCount, first] = await Promise.all([
    read("attestationCount", [contentHash]),
    // speculative: a first page the node refuses (gas cap) is read again by the halving pager below
    readPage(0, size).catch(() => undefined),
  ]);
  if (typeof rawCount !== "bigint" && typeof rawCount !== "number") throw new TypeError(`attestationCount returned ${String(rawCount)}`);
  const count = Number(rawCount);
  if (count === 0) return { count, records: [] };
  // the first page holds what it should (min(size, count) rows): go on from there; otherwise from 0
  const head = first !== undefined && first.rows.length >= Math.min(size, count) ? first.rows.slice(0, Math.min(size, count)) : [];
  const { rows } =
    head.length >= count
      ? { rows: [] as OnchainAttestation[] }
      : // a refused first page (the gas cap): go on at half its size, as the pager would have
        await readAllPages(readPage, { pageSize: first === undefined ? Math.max(1, Math.floor(size / 2)) : size, total: count, offset: head.length });
  const records = [...head, ...rows];
  for (const r of records) {
    if (r.contentHash.toLowerCase() !== contentHash.toLowerCase()) {
      throw new Error(`attestationsOf(${contentHash}) returned attestation ${r.uid} of another document (${r.contentHash})`);
    }
  }
  return { count, records };
}

export interface OnchainVerdict {
  /** Attestations carrying the hash, revoked ones included. */
  count: number;
  /** Unrevoked ones. */
  valid: number;
  revoked: number;
  /** "valid": at least one unrevoked; "revoked": attested, every one revoked; "not-attested": none. */
  status: "valid" | "revoked" | "not-attested";
}

export function verdictOf(records: readonly OnchainAttestation[]): OnchainVerdict {
  const revoked = records.filter((r) => r.revoked).length;
  const valid = records.length - revoked;
  return { count: records.length, valid, revoked, status: records.length === 0 ? "not-attested" : valid > 0 ? "valid" : "revoked" };
}

/** Every attestation of the document from the chain, and the verdict they give. */
export async function readOnchainVerdict(
  read: ProgrammeRead,
  contentHash: Hex,
  options: VerdictOptions = {},
): Promise<OnchainVerdict & { records: OnchainAttestation[] }> {
  const { records } = await readAllAttestationsOf(read, contentHash, options);
  return { ...verdictOf(records), records };
}
