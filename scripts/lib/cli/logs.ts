/**
 * The programme's events, fetched with eth_getLogs from the deployment block in
 * block ranges (public RPCs cap the range; a refused range is halved and retried).
 */
import type { Log, LogDescription } from "ethers";
import type { ProgrammeContext } from "./context.js";

export interface ProgrammeEvent {
  event: LogDescription;
  log: Log;
}

export interface LogQuery {
  /** topics[0] alternatives (event names); all events when omitted */
  events?: string[];
  /** topics[1..] filters, as 32-byte hex or arrays of alternatives */
  topics?: (string | string[] | null)[];
  fromBlock?: number;
  toBlock?: number;
  /** block range per request (default 5000) */
  pageSize?: number;
}

export async function fetchEvents(ctx: ProgrammeContext, query: LogQuery = {}): Promise<ProgrammeEvent[]> {
  const provider = ctx.connection.ethers.provider;
  const from = query.fromBlock ?? ctx.record.deploymentBlock;
  const to = query.toBlock ?? (await provider.getBlockNumber());
  const topic0 = query.events?.map((name) => ctx.iface.getEvent(name)?.topicHash ?? "");
  const topics = [topic0 ?? null, ...(query.topics ?? [])];
  let size = Math.max(1, query.pageSize ?? 5000);
  const out: ProgrammeEvent[] = [];
  for (let start = from; start <= to; ) {
    const end = Math.min(to, start + size - 1);
    let logs: Log[];
    try {
      logs = await provider.getLogs({ address: ctx.record.programme, fromBlock: start, toBlock: end, topics });
    } catch (error) {
      if (size === 1) throw error;
      size = Math.max(1, Math.floor(size / 2));
      continue;
    }
    for (const log of logs) {
      const event = ctx.iface.parseLog(log);
      if (event) out.push({ event, log });
    }
    start = end + 1;
  }
  return out;
}

/** Block timestamps, fetched once per block. */
export function blockClock(ctx: ProgrammeContext): (block: number) => Promise<number> {
  const cache = new Map<number, Promise<number>>();
  return (block) => {
    let t = cache.get(block);
    if (!t) {
      t = ctx.connection.ethers.provider.getBlock(block).then((b) => b?.timestamp ?? 0);
      cache.set(block, t);
    }
    return t;
  };
}
