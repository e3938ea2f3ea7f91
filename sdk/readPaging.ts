/**
 * Reads that fit a node's limits: page sizes for the contracts' list views,
 * sized from the gas per row measured on them, and pagers that halve the page
 * when a node still refuses one (gas cap, out of gas, eth_getLogs range or
 * result limits), down to one row, then give up with the node's error.
 *
 * Pure: the I/O is injected (a function that reads one page), so the dApp, the
 * terminal tool and the scripts share it whatever client library they use.
 * Block-range paging of eth_getLogs lives next door, in logPaging.ts.
 */

/** Hardhat's node caps eth_call and eth_estimateGas at 2^24 gas (EIP-7825, hardfork osaka); geth's default is 50M. */
export const RPC_GAS_CAP = 16_777_216n;

/** The list-returning views: ProgrammeReader's, and PilotProgramme's `attestationsOf`. */
export type ListView = "zones" | "entities" | "entityRows" | "projects" | "accounts" | "attestations" | "attestationsOf";

export const LIST_VIEWS: readonly ListView[] = ["zones", "entities", "entityRows", "projects", "accounts", "attestations", "attestationsOf"];

/**
 * Most rows one call returns (for `accounts` and `attestations`: most items in the list passed).
 * The contracts refuse more with `PageTooLarge(limit, max)`. Mirrors ProgrammeReader's `MAX_*`
 * constants and AttestationLog's `_MAX_ATTESTATIONS_PAGE` (test/lens/page-limits.test.ts checks both).
 */
export const MAX_PAGE: Readonly<Record<ListView, number>> = {
  zones: 80,
  entities: 60,
  entityRows: 100,
  projects: 100,
  accounts: 1000,
  attestations: 800,
  attestationsOf: 1000,
};

/**
 * Gas per row, measured with eth_estimateGas (test/lens/gas-per-row.test.ts, which fails when these
 * drift by more than 10 %) on rows at the string caps issue 9 plans: names and titles 200 bytes,
 * regions 100, URIs 512, 16 signers per entity. The largest rows a bounded programme holds, so
 * pages sized from them fit; strings are not capped yet, hence the halving pagers below.
 */
export const GAS_PER_ROW: Readonly<Record<ListView, bigint>> = {
  zones: 83_000n,
  entities: 116_500n,
  entityRows: 69_500n,
  projects: 73_000n,
  accounts: 5_900n,
  attestations: 8_400n,
  attestationsOf: 6_100n,
};

/** The same views with rows like a production programme's (names of a few words, a 60-byte IPFS URI, two signers). */
export const GAS_PER_ROW_TYPICAL: Readonly<Record<ListView, bigint>> = {
  zones: 28_400n,
  entities: 35_200n,
  entityRows: 25_200n,
  projects: 27_700n,
  accounts: 5_900n,
  attestations: 8_400n,
  attestationsOf: 6_100n,
};

/** Gas of a call before its first row (intrinsic gas, calldata, the view's own reads); measured about 28,000. */
export const GAS_PER_CALL = 30_000n;

/** ProgrammeReader.isAttested: gas per attestation it reads before it finds an unrevoked one (measured). */
export const GAS_PER_SCANNED_ATTESTATION = 9_000n;

/**
 * Rows per call of `view`: as many as `budget` pays for at the measured gas per row (default:
 * half the cap, leaving room for rows longer than measured), never more than the contract
 * accepts, at least one.
 */
export function pageSize(view: ListView, budget: bigint = RPC_GAS_CAP / 2n): number {
  const fit = budget > GAS_PER_CALL ? (budget - GAS_PER_CALL) / GAS_PER_ROW[view] : 0n;
  const max = BigInt(MAX_PAGE[view]);
  return Number(fit < 1n ? 1n : fit > max ? max : fit);
}

// ---------------------------------------------------------------- errors

/** eth_getLogs refused for its block range or result size (not a rate limit or an outage). */
const RANGE_PATTERNS: readonly RegExp[] = [
  /block range/i,
  /range (?:is )?too (?:large|wide|big)/i,
  /too (?:many|large a range of) blocks/i,
  /exceed(?:s|ed)? (?:the )?max(?:imum)? (?:block )?range/i,
  /query returned more than \d+ results/i,
  /too many (?:results|logs)/i,
  /(?:result|log)s? (?:count )?limit/i,
  /log response size exceeded/i,
  /response size (?:is )?(?:too large|exceeded)/i,
  /limited to (?:a )?[\d,]+k? ?(?:block )?range/i,
  /more than [\d,]+ blocks/i,
  /specify a smaller/i,
];

/** A call that needs more gas than the node grants, or a response too big to carry. */
const SIZE_PATTERNS: readonly RegExp[] = [
  /out of gas/i,
  /gas required exceeds allowance/i,
  /greater than the cap/i,
  /exceeds (?:the )?(?:rpc |transaction |block )?gas (?:cap|limit)/i,
  /gas cap/i,
  /response (?:is )?too (?:large|big)/i,
  /payload too large/i,
  /\b413\b/,
  // Hardhat's HTTP provider when a response never arrives in one piece (eth_getLogs at ~50,000 events)
  /failed to make post request/i,
  /socket hang up|other side closed|ECONNRESET/i,
  /timed? ?out|timeout/i,
];

/** Every message along an error's `cause` chain (viem, ethers and Hardhat nest them). */
export function errorMessages(error: unknown): string[] {
  const out: string[] = [];
  let current: unknown = error;
  for (let depth = 0; depth < 8 && typeof current === "object" && current !== null; depth++) {
    const record = current as Record<string, unknown>;
    for (const key of ["message", "details", "shortMessage", "reason"] as const) {
      const v = record[key];
      if (typeof v === "string") out.push(v);
    }
    const nested = record.error ?? (record.info as Record<string, unknown> | undefined)?.error;
    if (typeof nested === "object" && nested !== null) {
      const m = (nested as Record<string, unknown>).message;
      if (typeof m === "string") out.push(m);
    }
    current = record.cause;
  }
  if (typeof error === "string") out.push(error);
  return out;
}

/** Whether a failed eth_getLogs was refused for its block range / result count (not a rate limit or an outage). */
export function isRangeError(error: unknown): boolean {
  return errorMessages(error).some((m) => RANGE_PATTERNS.some((p) => p.test(m)));
}

/**
 * Whether a smaller page or block range may succeed where this one failed: the gas cap, out of
 * gas, an eth_getLogs range or result limit, a response too large (or cut off). Not a revert
 * with data (a custom error such as `PageTooLarge` is a contract's answer, not a node's limit),
 * not a rate limit.
 */
export function isReadLimitError(error: unknown): boolean {
  const messages = errorMessages(error);
  if (messages.some((m) => /rate limit|too many requests|\b429\b/i.test(m))) return false;
  return messages.some((m) => RANGE_PATTERNS.some((p) => p.test(m)) || SIZE_PATTERNS.some((p) => p.test(m)));
}

// ---------------------------------------------------------------- pagers

/**
 * `attempt(size)`; on an error `retryable` accepts, `attempt(floor(size / 2))`, and so on down to
 * one; an error at size one, or one `retryable` refuses, is rethrown as it came.
 */
export async function withHalving<T>(
  size: number,
  attempt: (size: number) => Promise<T>,
  retryable: (error: unknown) => boolean = isReadLimitError,
): Promise<{ value: T; size: number }> {
  let current = Math.max(1, Math.floor(size));
  for (;;) {
    try {
      return { value: await attempt(current), size: current };
    } catch (error) {
      if (current <= 1 || !retryable(error)) throw error;
      current = Math.max(1, Math.floor(current / 2));
    }
  }
}

/** One call of an offset-paged view: its rows and, when the view says, how many exist. */
export interface OffsetPage<T> {
  readonly rows: readonly T[];
  readonly total?: number | bigint;
}

export interface PagerOptions {
  /** Rows asked per call at first, e.g. `pageSize("projects")`; halved on a read-limit error and kept small after. */
  readonly pageSize: number;
  /** How many rows exist, when known before the first call (e.g. from `attestationCount`). */
  readonly total?: number | bigint;
  /** First offset (default 0). */
  readonly offset?: number;
  /** Which errors a smaller page may cure (default `isReadLimitError`). */
  readonly retryable?: (error: unknown) => boolean;
}

/** A page is short: rows are missing between `offset` and the total. */
export class ShortPageError extends Error {
  readonly offset: number;
  readonly expected: number;
  readonly received: number;
  constructor(offset: number, expected: number, received: number) {
    super(`a page at offset ${offset} returned ${received} row(s) where ${expected} were expected: the read would be incomplete`);
    this.name = "ShortPageError";
    this.offset = offset;
    this.expected = expected;
    this.received = received;
  }
}

/**
 * Every row from `offset` to the total (from the options, else from the first page), one call
 * per page, halving the page on a read-limit error. Never truncates: a page that comes back
 * shorter than `min(limit, total - offset)` throws `ShortPageError`. A total that grows between
 * calls (a view that reports it) is followed.
 */
export async function* readPages<T>(
  read: (offset: number, limit: number) => Promise<OffsetPage<T>>,
  options: PagerOptions,
): AsyncGenerator<{ offset: number; rows: readonly T[]; total: number }> {
  let size = Math.max(1, Math.floor(options.pageSize));
  let offset = options.offset ?? 0;
  let total = options.total === undefined ? undefined : Number(options.total);
  while (total === undefined || offset < total) {
    const { value: page, size: used } = await withHalving(size, (limit) => read(offset, limit), options.retryable);
    size = used;
    if (page.total !== undefined) total = Math.max(total ?? 0, Number(page.total));
    if (total === undefined) {
      // a view that reports no total: the last page is the short one
      yield { offset, rows: page.rows, total: offset + page.rows.length };
      if (page.rows.length < used) return;
      offset += page.rows.length;
      continue;
    }
    const expected = Math.min(used, total - offset);
    if (page.rows.length < expected) throw new ShortPageError(offset, expected, page.rows.length);
    const rows = page.rows.length > expected ? page.rows.slice(0, expected) : page.rows;
    yield { offset, rows, total };
    offset += rows.length;
  }
}

/** `readPages`, collected. */
export async function readAllPages<T>(
  read: (offset: number, limit: number) => Promise<OffsetPage<T>>,
  options: PagerOptions,
): Promise<{ rows: T[]; total: number }> {
  const rows: T[] = [];
  let total = options.total === undefined ? 0 : Number(options.total);
  for await (const page of readPages(read, options)) {
    rows.push(...page.rows);
    total = page.total;
  }
  return { rows, total: Math.max(total, rows.length) };
}

export interface ChunkOptions {
  /** Items per call at first, e.g. `pageSize("attestations")`. */
  readonly pageSize: number;
  readonly retryable?: (error: unknown) => boolean;
}

/**
 * A list argument (uids for `attestations`, addresses for `accounts`) in consecutive chunks, one
 * call each, halving the chunk on a read-limit error. Each call must answer one row per item.
 */
export async function* readChunks<I, T>(
  items: readonly I[],
  read: (chunk: readonly I[]) => Promise<readonly T[]>,
  options: ChunkOptions,
): AsyncGenerator<{ items: readonly I[]; rows: readonly T[] }> {
  let size = Math.max(1, Math.floor(options.pageSize));
  for (let i = 0; i < items.length;) {
    const { value, size: used } = await withHalving(size, (n) => read(items.slice(i, i + n)).then((rows) => ({ rows, n })), options.retryable);
    size = used;
    const chunk = items.slice(i, i + value.n);
    if (value.rows.length !== chunk.length) throw new ShortPageError(i, chunk.length, value.rows.length);
    yield { items: chunk, rows: value.rows };
    i += chunk.length;
  }
}

/** `readChunks`, collected: one row per item, in order. */
export async function readAllChunks<I, T>(items: readonly I[], read: (chunk: readonly I[]) => Promise<readonly T[]>, options: ChunkOptions): Promise<T[]> {
  const out: T[] = [];
  for await (const { rows } of readChunks(items, read, options)) out.push(...rows);
  return out;
}
