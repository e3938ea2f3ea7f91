/**
 * What an index is OF: a fingerprint of the chain, the deployment and the indexer's own code.
 * A local dev chain restarted from scratch keeps its chain id and, with a deterministic
 * deployer, even the contract address; what differs is the hash of the deployment block.
 * The indexer's source is in it too, so a changed handler never resumes an index built by
 * the old one (Ponder would refuse the schema of "a different app" anyway).
 */
import { createHash } from "node:crypto";
import { readdir, readFile } from "node:fs/promises";
import path from "node:path";

export interface FingerprintInput {
  chainId: number;
  programme: string;
  startBlock: bigint;
  /** Hash of block `startBlock` on the chain being indexed. */
  startBlockHash: string;
  /** Digest of the indexer's code (see {@link sourceDigest}). */
  code: string;
}

/** 64 hex characters; equal inputs, equal fingerprints (addresses and hashes case-insensitive). */
export function fingerprintOf(input: FingerprintInput): string {
  return createHash("sha256")
    .update(
      JSON.stringify([
        "pilot-indexer@1",
        input.chainId,
        input.programme.toLowerCase(),
        input.startBlock.toString(),
        input.startBlockHash.toLowerCase(),
        input.code,
      ]),
    )
    .digest("hex");
}

async function listFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true });
  const nested = await Promise.all(
    entries.map(async (e) => {
      const full = path.join(dir, e.name);
      if (e.isDirectory()) return listFiles(full);
      return /\.(ts|js|mjs)$/.test(e.name) ? [full] : [];
    }),
  );
  return nested.flat();
}

/**
 * Digest of everything that decides what the index holds: ponder.config.ts, ponder.schema.ts,
 * src/** (handlers and API), the ABI and the installed Ponder version.
 */
export async function sourceDigest(indexerDir: string, extraFiles: readonly string[]): Promise<string> {
  const files = [
    path.join(indexerDir, "ponder.config.ts"),
    path.join(indexerDir, "ponder.schema.ts"),
    ...(await listFiles(path.join(indexerDir, "src"))),
    ...extraFiles,
  ].sort();
  const hash = createHash("sha256");
  for (const file of files) {
    hash
      .update(path.relative(indexerDir, file))
      .update("\0")
      .update(await readFile(file))
      .update("\0");
  }
  return hash.digest("hex");
}
