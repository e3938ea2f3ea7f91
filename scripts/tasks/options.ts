/** Option texts shared by several tasks, so `--help` reads the same everywhere. */
import { ArgumentType } from "hardhat/types/arguments";

export const OPT = ArgumentType.STRING_WITHOUT_DEFAULT;

export const FROM = {
  name: "from",
  description:
    "Acting account: an index (0, 1, …) or an address among the network's accounts (a node's unlocked accounts, or the key configured for a remote network). Default: the first",
  type: OPT,
  defaultValue: undefined,
} as const;

export const JSON_FLAG = { name: "json", description: "Print JSON instead of a table (for scripts and pipes)" } as const;

export const FILE_TO_HASH = {
  name: "file",
  description: "A document to hash locally with SHA-256 (the file is never uploaded). Give this or --hash",
  type: OPT,
  defaultValue: undefined,
} as const;

export const HASH = {
  name: "hash",
  description: "The document's 32-byte SHA-256 digest, 0x + 64 hex digits (e.g. from `sha256sum`). Give this or --file",
  type: OPT,
  defaultValue: undefined,
} as const;

export const KINDS_HELP = "progress-report, milestone, review, expert-opinion, evaluation, acceptance";

export const METADATA_URI = { name: "metadataUri", description: "Where a public description is published (optional)", defaultValue: "" } as const;
export const METADATA_HASH = {
  name: "metadataHash",
  description: "Digest of that description, 0x + 64 hex digits (optional; or --metadata-file)",
  type: OPT,
  defaultValue: undefined,
} as const;
export const METADATA_FILE = {
  name: "metadataFile",
  description: "A local description file to hash with SHA-256 for the metadata digest (optional)",
  type: OPT,
  defaultValue: undefined,
} as const;
