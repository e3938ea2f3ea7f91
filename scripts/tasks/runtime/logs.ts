/**
 * The programme's events, fetched with eth_getLogs from the deployment block in
 * block-range pages (sdk/logPaging.ts: a range the provider refuses, or an
 * answer too big to arrive, is retried shorter, down to one block; the range
 * adapts to how many events a page holds).
 */
import type { Interface, Log, LogDescription } from "ethers";
import { logPages } from "@pilot/sdk/logPaging";
import type { ProgrammeContext } from "./context.js";

export interface ProgrammeEvent {
  event: LogDescription;
  log: Log;
}

export interface LogQuery {
  /** Another contract of the suite (e.g. the governor) and its ABI; default: the programme */
  address?: string;
  iface?: Interface;
  /** topics[0] alternatives (event names); all events when omitted */
  events?: string[];
  /** topics[1..] filters, as 32-byte hex or arrays of alternatives */
  topics?: (string | string[] | null)[];
  fromBlock?: number;
  toBlock?: number;
  /** most blocks per request (default 5000) */
  pageSize?: number;
}

/** Topic alternatives per request at most: providers limit the size of a filter. */
const TOPIC_CHUNK = 100;

export interface EventPage {
  fromBlock: number;
  toBlock: number;
  events: ProgrammeEvent[];
}

/** The events of `query`, one block-range page at a time, in chain order (bounded memory). */
export async function* eventPages(ctx: ProgrammeContext, query: LogQuery = {}): AsyncGenerator<EventPage> {
  const provider = ctx.connection.ethers.provider;
  const from = query.fromBlock ?? ctx.record.deploymentBlock;
  const to = query.toBlock ?? (await provider.getBlockNumber());
  const iface = query.iface ?? ctx.iface;
  const address = query.address ?? ctx.record.programme;
  const topic0 = query.events?.map((name) => iface.getEvent(name)?.topicHash ?? "");
  const topics = [topic0 ?? null, ...(query.topics ?? [])];
  const maxRange = BigInt(Math.max(1, query.pageSize ?? 5000));
  const pages = logPages((a, b) => provider.getLogs({ address, fromBlock: Number(a), toBlock: Number(b), topics }), {
    fromBlock: BigInt(from),
    toBlock: BigInt(to),
    range: maxRange < 500n ? maxRange : 500n,
    maxRange,
  });
  for await (const page of pages) {
    const events: ProgrammeEvent[] = [];
    for (const log of page.logs) {
      const event = iface.parseLog(log);
      if (event) events.push({ event, log });
    }
    yield { fromBlock: Number(page.fromBlock), toBlock: Number(page.toBlock), events };
  }
}

/** Every event of `query`, collected. A long list of alternatives in one topic position is asked in chunks. */
export async function fetchEvents(ctx: ProgrammeContext, query: LogQuery = {}): Promise<ProgrammeEvent[]> {
  const wide = (query.topics ?? []).findIndex((t) => Array.isArray(t) && t.length > TOPIC_CHUNK);
  if (wide >= 0) {
    const alternatives = query.topics?.[wide] as string[];
    const out: ProgrammeEvent[] = [];
    for (let i = 0; i < alternatives.length; i += TOPIC_CHUNK) {
      const topics = [...(query.topics ?? [])];
      topics[wide] = alternatives.slice(i, i + TOPIC_CHUNK);
      out.push(...(await fetchEvents(ctx, { ...query, topics })));
    }
    return out.sort((a, b) => a.log.blockNumber - b.log.blockNumber || a.log.index - b.log.index);
  }
  const out: ProgrammeEvent[] = [];
  for await (const page of eventPages(ctx, query)) out.push(...page.events);
  return out;
}

/** Block timestamps, fetched once per block; `forget()` drops what is cached (streaming callers keep it small). */
export function blockClock(ctx: ProgrammeContext): ((block: number) => Promise<number>) & { forget(): void } {
  const cache = new Map<number, Promise<number>>();
  const clock = (block: number) => {
    let t = cache.get(block);
    if (!t) {
      t = ctx.connection.ethers.provider.getBlock(block).then((b) => b?.timestamp ?? 0);
      cache.set(block, t);
    }
    return t;
  };
  return Object.assign(clock, { forget: () => cache.clear() });
}
