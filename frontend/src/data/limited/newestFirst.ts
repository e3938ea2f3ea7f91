/**
 * eth_getLogs newest first, for the limited mode (no indexer): from a block down towards the
 * deployment block, one request per range, stopping as soon as enough logs are in hand — so a
 * page never downloads more of the history than it shows. The range starts at a size estimated
 * from the chain's density of events (a dense fill gets short ranges, a quiet chain long ones),
 * grows while ranges come back sparse and shrinks when one holds too many. A refused range is
 * retried shorter through the sdk's policy (`smallerRange`: the provider's hint, else half;
 * `isReadLimitError`), down to one block.
 *
 * This is the backward twin of sdk/logPaging.ts `logPages` (which pages forward); pure, the
 * I/O is injected, unit-tested in newestFirst.test.ts.
 */
import { smallerRange } from "@sdk/logPaging";
import { isReadLimitError } from "@sdk/readPaging";

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

export async function newestFirst<T>(getLogs: (fromBlock: bigint, toBlock: bigint) => Promise<readonly T[]>, options: NewestFirstOptions): Promise<NewestFirstResult<T>> {
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
