/** The indexer's /meta: which chain and contract it follows and how far it has got. */
import type { Address } from "viem";
import { IndexerError } from "./client";

export interface IndexMeta {
  readonly chainId: number;
  readonly programme: Address;
  readonly startBlock: bigint;
  /** Last block whose events are folded in. */
  readonly indexedBlock: bigint;
  /** Its timestamp (seconds), 0 when not known yet. */
  readonly indexedTime: number;
}

function toBigInt(value: unknown, name: string): bigint {
  if (typeof value === "bigint") return value;
  if (typeof value === "number" && Number.isSafeInteger(value)) return BigInt(value);
  if (typeof value === "string" && /^(0x[0-9a-fA-F]+|\d+)$/.test(value)) return BigInt(value);
  throw new IndexerError("malformed", `The indexer's /meta has no valid ${name}.`);
}

/** Validates /meta's JSON (numbers may come as strings). */
export function parseMeta(json: unknown): IndexMeta {
  if (typeof json !== "object" || json === null) throw new IndexerError("malformed", "The indexer's /meta is not an object.");
  const m = json as Record<string, unknown>;
  const programme = m["programme"];
  if (typeof programme !== "string" || !/^0x[0-9a-fA-F]{40}$/.test(programme)) throw new IndexerError("malformed", "The indexer's /meta has no programme address.");
  const indexedTime = m["indexedTime"] === undefined || m["indexedTime"] === null ? 0n : toBigInt(m["indexedTime"], "indexedTime");
  return {
    chainId: Number(toBigInt(m["chainId"], "chainId")),
    programme: programme as Address,
    startBlock: toBigInt(m["startBlock"] ?? 0, "startBlock"),
    indexedBlock: toBigInt(m["indexedBlock"], "indexedBlock"),
    indexedTime: Number(indexedTime),
  };
}

export type IndexHealth =
  | { readonly state: "synced"; readonly indexedBlock: bigint }
  | { readonly state: "lagging"; readonly indexedBlock: bigint; readonly behind: bigint }
  | { readonly state: "wrong-deployment"; readonly reason: string };

/** Blocks the index may trail the chain head and still count as "synced" (a poll period or two). */
export const LAG_TOLERANCE = 2n;

/**
 * What the header says about the index: synced, lagging by N blocks, or following another
 * chain / contract (then nothing it says is about this deployment).
 */
export function indexHealth(meta: IndexMeta, expected: { chainId: number; programme: Address }, head: bigint | undefined): IndexHealth {
  if (meta.chainId !== expected.chainId) return { state: "wrong-deployment", reason: `it follows chain ${meta.chainId}, not ${expected.chainId}` };
  if (meta.programme.toLowerCase() !== expected.programme.toLowerCase()) return { state: "wrong-deployment", reason: `it follows the contract ${meta.programme}, not ${expected.programme}` };
  if (head !== undefined && head > meta.indexedBlock + LAG_TOLERANCE) return { state: "lagging", indexedBlock: meta.indexedBlock, behind: head - meta.indexedBlock };
  return { state: "synced", indexedBlock: meta.indexedBlock };
}
