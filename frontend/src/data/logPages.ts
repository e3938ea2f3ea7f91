/**
 * eth_getLogs over a block range that public RPCs may refuse as too large.
 * One request when the range is small (or unknown, with "latest": the head is
 * fetched in the same JSON-RPC batch); block-range pages, several per batch,
 * when the range exceeds `maxRange` or the provider rejects it — halving the
 * page (or following the provider's hint) for as long as it keeps refusing.
 * Pure (the I/O is injected): unit-tested in logPages.test.ts.
 */

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

const RANGE_PATTERNS: readonly RegExp[] = [
  /block range/i,
  /range (?:is )?too (?:large|wide|big)/i,
  /too (?:many|large a range of) blocks/i,
  /exceed(?:s|ed)? (?:the )?max(?:imum)? (?:block )?range/i,
  /query returned more than \d+ results/i,
  /log response size exceeded/i,
  /response size (?:is )?(?:too large|exceeded)/i,
  /limited to (?:a )?[\d,]+k? ?(?:block )?range/i,
  /more than [\d,]+ blocks/i,
  /specify a smaller/i,
];

function messagesOf(error: unknown): string[] {
  const out: string[] = [];
  let current: unknown = error;
  for (let depth = 0; depth < 8 && typeof current === "object" && current !== null; depth++) {
    for (const key of ["message", "details", "shortMessage"] as const) {
      const v = (current as Record<string, unknown>)[key];
      if (typeof v === "string") out.push(v);
    }
    current = (current as { cause?: unknown }).cause;
  }
  if (typeof error === "string") out.push(error);
  return out;
}

/** Whether a failed eth_getLogs was refused for its block range / result size (not a rate limit or an outage). */
export function isRangeError(error: unknown): boolean {
  return messagesOf(error).some((m) => RANGE_PATTERNS.some((p) => p.test(m)));
}

/** The range a provider says it accepts ("up to a 2K block range", "maximum block range: 50000"), if it says. */
export function rangeHint(error: unknown): bigint | undefined {
  for (const m of messagesOf(error)) {
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

/** A smaller page after a refusal of `failed` blocks: the provider's hint if below, else half. */
function smaller(failed: bigint, error: unknown): bigint {
  const hint = rangeHint(error);
  if (hint !== undefined && hint < failed) return hint;
  return failed / 2n;
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
      span = smaller(span, refusal);
      if (span < 1n) span = 1n;
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
      return { logs: await paged(source, fromBlock, toBlock, smaller(span, error), pagesPerBatch), head: toBlock };
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
  const first = span > maxRange ? maxRange : smaller(span, logsResult.reason);
  return { logs: await paged(source, fromBlock, head, first < 1n ? 1n : first, pagesPerBatch), head };
}
