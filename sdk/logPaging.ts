/**
 * eth_getLogs over block ranges that providers may refuse as too large (public
 * RPCs cap the range at a few thousand blocks or the result at ~10,000 logs;
 * Hardhat's node fails to answer ~50,000 events in one response).
 *
 * - `getLogsPaged`: a range's logs in one array, one request when it is small
 *   (the dApp's timeline), block-range pages several per JSON-RPC batch when not.
 * - `logPages`: a range streamed page by page with bounded memory (the
 *   terminal tool's `export`), the range adapting to what the provider accepts
 *   and to how many logs a page holds.
 * - `newestFirst`: the backward twin of `logPages`, for the dApp's limited mode
 *   (no indexer): from a block down towards the deployment block, one request
 *   per range, stopping as soon as enough logs are in hand.
 *
 * Pure (the I/O is injected). Errors are classified in readPaging.ts.
 */
import { errorMessages, isRangeError, isReadLimitError } from "./readPaging.js";

export interface LogSource<T> {
  /** One eth_getLogs, inclusive bounds. */
  getLogs(fromBlock: bigint, toBlock: bigint | "latest"): Promise<readonly T[]>;
  getBlockNumber(): Promise<bigint>;
}

export interface PagingOptions {
  /** Largest block range asked in one eth_getLogs (inclusive count of blocks). */
  readonly maxRange: bigint;
  /** Pages issued together (the transport batches them into one HTTP request). */
  readonly pagesPerBatch: number;
  /** A recent head, if known: with "latest", a range already known to be too large goes straight to pages. */
  readonly headHint?: bigint;
}

export interface PagedLogs<T> {
  readonly logs: T[];
  /** The chain head the range was resolved against ("latest"), or the requested `toBlock`. */
  readonly head: bigint | undefined;
}

/** The range a provider says it accepts ("up to a 2K block range", "maximum block range: 50000"), if it says. */
export function rangeHint(error: unknown): bigint | undefined {
  for (const m of errorMessages(error)) {
    const match =
      /([\d,]+)\s*(k)?\s*-?\s*block range/i.exec(m) ??
      /block range(?: limit)?(?: is| of)?:?\s*([\d,]+)\s*(k)?/i.exec(m) ??
      /limited to (?:a )?([\d,]+)\s*(k)?/i.exec(m);
    if (match?.[1]) {
      const n = BigInt(match[1].replace(/,/g, "")) * (match[2] ? 1000n : 1n);
      if (n > 0n) return n;
    }
  }
  return undefined;
}

/** [from, to] cut into consecutive inclusive pages of at most `size` blocks. */
export function splitRange(fromBlock: bigint, toBlock: bigint, size: bigint): Array<readonly [bigint, bigint]> {
  if (size < 1n) throw new RangeError("page size must be at least one block");
  const pages: Array<readonly [bigint, bigint]> = [];
  for (let start = fromBlock; start <= toBlock; start += size) {
    const end = start + size - 1n;
    pages.push([start, end < toBlock ? end : toBlock]);
  }
  return pages;
}

/** A smaller page after a refusal of `failed` blocks: the provider's hint if below, else half (at least one). */
export function smallerRange(failed: bigint, error: unknown): bigint {
  const hint = rangeHint(error);
  if (hint !== undefined && hint < failed) return hint;
  const half = failed / 2n;
  return half < 1n ? 1n : half;
}

async function paged<T>(source: LogSource<T>, fromBlock: bigint, toBlock: bigint, size: bigint, perBatch: number): Promise<T[]> {
  const out: T[] = [];
  let span = size;
  let cursor = fromBlock;
  while (cursor <= toBlock) {
    const pages = splitRange(cursor, toBlock, span).slice(0, Math.max(1, perBatch));
    const last = pages[pages.length - 1];
    if (!last) break;
    cursor = last[1] + 1n;
    // Issued in the same tick: one JSON-RPC batch.
    const results = await Promise.allSettled(pages.map(([a, b]) => source.getLogs(a, b)));
    const refused: Array<readonly [bigint, bigint]> = [];
    let refusal: unknown;
    results.forEach((r, i) => {
      const page = pages[i];
      if (!page) return;
      if (r.status === "fulfilled") out.push(...r.value);
      else if (isRangeError(r.reason) && page[1] > page[0]) {
        refused.push(page);
        refusal = r.reason;
      } else throw r.reason;
    });
    if (refused.length > 0) {
      span = smallerRange(span, refusal);
      for (const [a, b] of refused) out.push(...(await paged(source, a, b, span, perBatch)));
    }
  }
  return out;
}

/**
 * The logs of [fromBlock, toBlock]. With "latest": one batch of (head, logs to
 * "latest") unless `headHint` already shows the range too large; on a range
 * refusal, pages up to the head fetched in that same batch.
 */
export async function getLogsPaged<T>(source: LogSource<T>, fromBlock: bigint, toBlock: bigint | "latest", options: PagingOptions): Promise<PagedLogs<T>> {
  const { maxRange, pagesPerBatch, headHint } = options;
  if (maxRange < 1n) throw new RangeError("maxRange must be at least one block");
  if (toBlock !== "latest") {
    if (toBlock < fromBlock) return { logs: [], head: toBlock };
    const span = toBlock - fromBlock + 1n;
    if (span > maxRange) return { logs: await paged(source, fromBlock, toBlock, maxRange, pagesPerBatch), head: toBlock };
    try {
      return { logs: [...(await source.getLogs(fromBlock, toBlock))], head: toBlock };
    } catch (error) {
      if (!isRangeError(error) || span === 1n) throw error;
      return { logs: await paged(source, fromBlock, toBlock, smallerRange(span, error), pagesPerBatch), head: toBlock };
    }
  }
  if (headHint !== undefined && headHint - fromBlock + 1n > maxRange) {
    const head = await source.getBlockNumber();
    return { logs: head < fromBlock ? [] : await paged(source, fromBlock, head, maxRange, pagesPerBatch), head };
  }
  // Both in the same tick: one batched HTTP request in the common (small) case.
  const [headResult, logsResult] = await Promise.allSettled([source.getBlockNumber(), source.getLogs(fromBlock, "latest")]);
  if (logsResult.status === "fulfilled") {
    return { logs: [...logsResult.value], head: headResult.status === "fulfilled" ? headResult.value : undefined };
  }
  if (!isRangeError(logsResult.reason)) throw logsResult.reason;
  const head = headResult.status === "fulfilled" ? headResult.value : await source.getBlockNumber();
  if (head < fromBlock) return { logs: [], head };
  const span = head - fromBlock + 1n;
  const first = span > maxRange ? maxRange : smallerRange(span, logsResult.reason);
  return { logs: await paged(source, fromBlock, head, first, pagesPerBatch), head };
}

export interface LogPageOptions {
  readonly fromBlock: bigint;
  /** Inclusive. */
  readonly toBlock: bigint;
  /** Blocks asked in the first request (default 2,000). */
  readonly range?: bigint;
  /** Never more blocks than this in one request (default 10,000). */
  readonly maxRange?: bigint;
  /** A page holding more logs than this makes the next range half as long; one holding under a quarter of it, twice as long (default 2,000). */
  readonly targetLogs?: number;
  /** Which errors a shorter range may cure (default `isReadLimitError`: range and result limits, responses too large or cut off). */
  readonly retryable?: (error: unknown) => boolean;
}

export interface LogPage<T> {
  readonly fromBlock: bigint;
  readonly toBlock: bigint;
  readonly logs: readonly T[];
}

/**
 * [fromBlock, toBlock] page by page, in order, one request each, holding one page at a time.
 * A refused range is retried shorter (the provider's hint, else half) down to one block, after
 * which the error is rethrown; the range never grows back past one that was refused.
 */
export async function* logPages<T>(
  getLogs: (fromBlock: bigint, toBlock: bigint) => Promise<readonly T[]>,
  options: LogPageOptions,
): AsyncGenerator<LogPage<T>> {
  const maxRange = options.maxRange ?? 10_000n;
  if (maxRange < 1n) throw new RangeError("maxRange must be at least one block");
  const target = Math.max(1, options.targetLogs ?? 2_000);
  const retryable = options.retryable ?? isReadLimitError;
  let ceiling = maxRange;
  let span = options.range ?? 2_000n;
  if (span > ceiling) span = ceiling;
  if (span < 1n) span = 1n;
  for (let start = options.fromBlock; start <= options.toBlock;) {
    const end = start + span - 1n < options.toBlock ? start + span - 1n : options.toBlock;
    let logs: readonly T[];
    try {
      logs = await getLogs(start, end);
    } catch (error) {
      const asked = end - start + 1n;
      if (asked <= 1n || !retryable(error)) throw error;
      span = smallerRange(asked, error);
      ceiling = span;
      continue;
    }
    yield { fromBlock: start, toBlock: end, logs };
    start = end + 1n;
    if (logs.length > target && span > 1n) span /= 2n;
    else if (logs.length * 4 < target && span * 2n <= ceiling) span *= 2n;
  }
}

// ------------------------------------------------------------------ newest first

/*
 * eth_getLogs newest first: a page never downloads more of the history than it shows. The range
 * starts at a size estimated from the chain's density of events (a dense fill gets short ranges,
 * a quiet chain long ones), grows while ranges come back sparse and shrinks when one holds too
 * many. A refused range is retried shorter through the same policy as `logPages` (`smallerRange`:
 * the provider's hint, else half; `isReadLimitError`), down to one block.
 */

export interface NewestFirstOptions {
  /** Never below this block (the programme's deployment block). */
  readonly floor: bigint;
  /** Scan blocks up to and including this one (the head, or just below what was read before). */
  readonly below: bigint;
  /** Blocks in the first request. */
  readonly range: bigint;
  /** Never more blocks in one request (providers cap it). */
  readonly maxRange: bigint;
  /** Stop once at least this many logs are in hand. */
  readonly target: number;
  /** Stop after this many requests even if short of `target` (the caller offers "load older"). */
  readonly maxRequests: number;
  /**
   * Logs per block to expect at least (e.g. the chain's average, for an unfiltered scan): a range
   * is never sized for a sparser stretch than this, so one sparse range (say, the quiet blocks at
   * the head) is not followed by a long one that lands in a dense stretch and reads far too much.
   */
  readonly prior?: number;
  readonly retryable?: (error: unknown) => boolean;
}

export interface NewestFirstResult<T> {
  /** Newest range first; within a range, as the node returned them (oldest first). */
  readonly ranges: readonly { readonly fromBlock: bigint; readonly toBlock: bigint; readonly logs: readonly T[] }[];
  /** The oldest block read (inclusive); `below + 1` when nothing was read. */
  readonly oldestBlock: bigint;
  /** Whether the scan reached the floor: nothing older exists. */
  readonly exhausted: boolean;
  /** The range to start with next time (for "load older"). */
  readonly nextRange: bigint;
  readonly requests: number;
}

const clamp = (n: bigint, lo: bigint, hi: bigint) => (n < lo ? lo : n > hi ? hi : n);

/**
 * A first range from the chain's average density: `target` logs' worth of blocks when events are
 * spread evenly over [floor, head], between 1 and `maxRange`.
 */
export function rangeForDensity(events: bigint | number, blocks: bigint, target: number, maxRange: bigint): bigint {
  const n = BigInt(events);
  if (n <= 0n || blocks <= 0n) return maxRange;
  return clamp((BigInt(Math.max(1, target)) * blocks) / n, 1n, maxRange);
}

export async function newestFirst<T>(
  getLogs: (fromBlock: bigint, toBlock: bigint) => Promise<readonly T[]>,
  options: NewestFirstOptions,
): Promise<NewestFirstResult<T>> {
  const retryable = options.retryable ?? isReadLimitError;
  let ceiling = options.maxRange < 1n ? 1n : options.maxRange;
  let span = clamp(options.range, 1n, ceiling);
  let top = options.below;
  let found = 0;
  let requests = 0;
  const ranges: { fromBlock: bigint; toBlock: bigint; logs: readonly T[] }[] = [];
  while (top >= options.floor && found < options.target && requests < options.maxRequests) {
    const bottom = top - span + 1n > options.floor ? top - span + 1n : options.floor;
    let logs: readonly T[];
    requests++;
    try {
      logs = await getLogs(bottom, top);
    } catch (error) {
      const asked = top - bottom + 1n;
      if (asked <= 1n || !retryable(error)) throw error;
      span = smallerRange(asked, error);
      ceiling = span;
      continue;
    }
    ranges.push({ fromBlock: bottom, toBlock: top, logs });
    found += logs.length;
    top = bottom - 1n;
    const asked = span;
    const missing = Math.max(1, options.target - found);
    const density = Math.max(logs.length / Number(asked), options.prior ?? 0);
    if (density === 0) span = clamp(asked * 8n, 1n, ceiling);
    else {
      // Blocks that should hold what is still missing, at the density just seen (or the prior); at most 4x the last range.
      const blocks = BigInt(Math.max(1, Math.floor(missing / density)));
      span = clamp(blocks, 1n, clamp(asked * 4n, 1n, ceiling));
    }
  }
  return { ranges, oldestBlock: top + 1n, exhausted: top < options.floor, nextRange: span, requests };
}
