/**
 * Reads that decide "valid / revoked", straight from the contracts (never the indexer):
 * - a document's verdict: sdk/onchainVerdict (attestationCount, then every page of attestationsOf),
 *   all at one pinned block;
 * - attestations by uid (a timeline page, a reference): ProgrammeReader.attestations in chunks
 *   sized by the sdk, a uid the chain does not know reported rather than failing the batch.
 */
import { decodeErrorResult, type Hex } from "viem";
import { readOnchainVerdict, toOnchainAttestation, type OnchainAttestation, type OnchainVerdict, type ProgrammeRead } from "@pilot/sdk/onchainVerdict";
import { pageSize, readAllChunks } from "@pilot/sdk/readPaging";
import { pilotProgrammeAbi, programmeReaderAbi, publicClient, requireContracts } from "../chain";

export interface ChainVerdict extends OnchainVerdict {
  readonly records: readonly OnchainAttestation[];
  /** The block every read was pinned to. */
  readonly block: bigint;
}

export async function readDocumentVerdict(contentHash: Hex): Promise<ChainVerdict> {
  const { programme } = requireContracts();
  const client = publicClient();
  const block = await client.getBlockNumber({ cacheTime: 0 });
  const read: ProgrammeRead = (fn, args) => client.readContract({ address: programme, abi: pilotProgrammeAbi, functionName: fn, args: args as never, blockNumber: block });
  return { ...(await readOnchainVerdict(read, contentHash)), block };
}

/** The uid named by an `UnknownAttestation(uid)` revert, if that is what `error` is. */
export function unknownUidOf(error: unknown): Hex | undefined {
  let current: unknown = error;
  for (let depth = 0; depth < 8 && typeof current === "object" && current !== null; depth++) {
    const data = (current as { data?: unknown }).data;
    const raw = typeof data === "string" ? data : typeof data === "object" && data !== null ? (data as { data?: unknown }).data : undefined;
    if (typeof raw === "string" && raw.startsWith("0x")) {
      try {
        const decoded = decodeErrorResult({ abi: pilotProgrammeAbi, data: raw as Hex });
        if (decoded.errorName === "UnknownAttestation") return (decoded.args as readonly [Hex])[0];
      } catch {
        /* not one of ours */
      }
    }
    current = (current as { cause?: unknown }).cause;
  }
  return undefined;
}

/**
 * Chain records of `uids` (lower-cased uid -> record). Uids the chain does not know are left out
 * (the caller reports them as disagreements).
 */
export async function readRecordsByUid(uids: readonly Hex[]): Promise<Map<string, OnchainAttestation>> {
  const { reader } = requireContracts();
  const client = publicClient();
  const out = new Map<string, OnchainAttestation>();
  let pending = [...new Set(uids.map((u) => u.toLowerCase() as Hex))];
  // Each unknown uid reverts its whole chunk: drop it and read again (at most once per uid).
  for (let attempt = 0; attempt <= pending.length; attempt++) {
    try {
      const rows = await readAllChunks(
        pending,
        (chunk) => client.readContract({ address: reader, abi: programmeReaderAbi, functionName: "attestations", args: [chunk] }),
        { pageSize: pageSize("attestations") },
      );
      rows.forEach((row) => {
        const r = toOnchainAttestation(row);
        out.set(r.uid.toLowerCase(), r);
      });
      return out;
    } catch (error) {
      const unknown = unknownUidOf(error);
      if (!unknown) throw error;
      pending = pending.filter((u) => u !== unknown.toLowerCase());
    }
  }
  return out;
}
