/**
 * Input validation for the terminal tasks: every value a user types is checked
 * here, with a message naming the option, before anything touches the chain.
 */
import { readFile, stat } from "node:fs/promises";
import { getAddress, isAddress } from "ethers";
import { ATTESTATION_KINDS, ENTITY_STATUSES, ENTITY_TYPES, FIELDS, PROJECT_STATUSES, ZONE_STATUSES } from "@pilot/sdk/domain";
import type { Hex } from "@pilot/sdk/eip712";
import { MAX_OFFICE_EXPIRY, defaultOfficeExpiry, effectiveOfficeExpiry } from "@pilot/sdk/governance";
import { parseContentHash, sha256Hex } from "@pilot/sdk/hashing";
import { isoFromSeconds } from "@pilot/sdk/time";
import { CliError } from "./cli-error.js";

/** "Expert opinion" -> "expert-opinion"; also accepts camel case and underscores. */
export function slug(text: string): string {
  return text
    .trim()
    .replace(/([a-z])([A-Z])/g, "$1-$2")
    .replace(/[\s_()]+/g, "-")
    .replace(/-+/g, "-")
    .replace(/^-|-$/g, "")
    .toLowerCase();
}

export function required(value: string | undefined, option: string): string {
  if (value === undefined || value.trim() === "") throw new CliError(`--${option} is required`);
  return value.trim();
}

/** A positive integer id (zone, entity, project). */
export function parseId(value: string | undefined, option: string): number {
  const v = required(value, option);
  if (!/^\d+$/.test(v) || Number(v) < 1 || Number(v) > 0xffffffff) {
    throw new CliError(`--${option} must be a positive whole number, got "${v}"`);
  }
  return Number(v);
}

export function parseAddress(value: string | undefined, option: string): Hex {
  const v = required(value, option);
  if (/^0x[0-9a-fA-F]{40}$/.test(v) && !isAddress(v)) {
    throw new CliError(`--${option} "${v}" has a wrong checksum (its upper/lower case letters do not match): check it`);
  }
  if (!isAddress(v)) throw new CliError(`--${option} "${v}" is not a valid address (0x followed by 40 hex digits)`);
  return getAddress(v) as Hex;
}

export function parseAddressList(value: string | undefined, option: string): Hex[] {
  if (value === undefined || value.trim() === "") return [];
  return value.split(",").map((a) => parseAddress(a, option));
}

export function parseHash(value: string | undefined, option: string): Hex {
  const v = required(value, option);
  const hash = parseContentHash(v);
  if (!hash) throw new CliError(`--${option} "${v}" is not a 32-byte hash (0x followed by 64 hex digits)`);
  return hash;
}

/** Reads and SHA-256-hashes a local file; the file never leaves this machine. */
export async function hashFile(file: string): Promise<Hex> {
  let isFile = false;
  try {
    isFile = (await stat(file)).isFile();
  } catch {
    throw new CliError(`file not found: ${file}`);
  }
  if (!isFile) throw new CliError(`not a file: ${file}`);
  return sha256Hex(await readFile(file));
}

/** Exactly one of --file and --hash, turned into a content hash. */
export async function contentHashFrom(args: { file?: string; hash?: string }): Promise<{ hash: Hex; source: string }> {
  const hasFile = args.file !== undefined && args.file !== "";
  const hasHash = args.hash !== undefined && args.hash !== "";
  if (hasFile === hasHash) throw new CliError("give exactly one of --file <path> and --hash <0x…>");
  if (hasFile) return { hash: await hashFile(args.file as string), source: `file ${args.file}` };
  return { hash: parseHash(args.hash, "hash"), source: "hash" };
}

function pick(list: readonly string[], value: string | undefined, option: string, first = 0): number {
  const v = required(value, option);
  if (/^\d+$/.test(v) && Number(v) >= first && Number(v) < list.length) return Number(v);
  const wanted = slug(v);
  const index = list.findIndex((item, i) => i >= first && slug(item) === wanted);
  if (index < 0) {
    const choices = list.slice(first).map(slug).join(", ");
    throw new CliError(`--${option} "${v}" is not one of: ${choices}`);
  }
  return index;
}

export const parseKind = (v: string | undefined, option = "kind"): number => pick(ATTESTATION_KINDS, v, option);
export const parseEntityType = (v: string | undefined, option = "type"): number => pick(ENTITY_TYPES, v, option);
export const parseZoneStatus = (v: string | undefined, option = "status"): number => pick(ZONE_STATUSES, v, option, 1);
export const parseEntityStatus = (v: string | undefined, option = "status"): number => pick(ENTITY_STATUSES, v, option, 1);
export const parseProjectStatusFilter = (v: string | undefined, option = "status"): number => pick(PROJECT_STATUSES, v, option, 1);

/** One field by key ("health"), label or id. */
export function parseField(value: string | undefined, option = "field"): number {
  const v = required(value, option);
  if (/^\d+$/.test(v) && Number(v) < FIELDS.length) return Number(v);
  const wanted = slug(v);
  const field = FIELDS.find((f) => f.key === wanted || slug(f.label) === wanted);
  if (!field) throw new CliError(`--${option} "${v}" is not a field; fields: ${FIELDS.map((f) => f.key).join(", ")}`);
  return field.id;
}

/** A comma-separated field list as a bitmask; "none" is the empty set (only where allowed). */
export function parseFields(value: string | undefined, option = "fields", allowNone = false): number {
  const v = required(value, option);
  if (slug(v) === "none") {
    if (!allowNone) throw new CliError(`--${option} needs at least one field`);
    return 0;
  }
  let mask = 0;
  for (const part of v.split(",")) mask |= 1 << parseField(part, option);
  return mask >>> 0;
}

/** A 32-byte uid (attestation id). */
export const parseUid = (value: string | undefined, option = "uid"): Hex => {
  const v = required(value, option);
  if (!/^0x[0-9a-fA-F]{64}$/.test(v)) throw new CliError(`--${option} "${v}" is not an attestation uid (0x followed by 64 hex digits)`);
  return v.toLowerCase() as Hex;
};

/**
 * `--expires` of an appointment or renewal: a date (2028-12-31, UTC midnight), an ISO instant
 * (2028-12-31T12:00:00Z) or Unix seconds; omitted: two years from `nowSeconds` (the chain's clock).
 * Must lie in the future and no later than 2149-06-06 (the contract rounds up to a UTC midnight).
 */
export function parseExpiry(value: string | undefined, nowSeconds: number, option = "expires"): number {
  if (value === undefined || value.trim() === "") return defaultOfficeExpiry(nowSeconds);
  const v = value.trim();
  const seconds = /^\d+$/.test(v) ? Number(v) : Date.parse(/^\d{4}-\d{2}-\d{2}$/.test(v) ? `${v}T00:00:00Z` : v) / 1000;
  if (!Number.isFinite(seconds)) throw new CliError(`--${option} "${v}" is not a date (2028-12-31), an ISO time or Unix seconds`);
  const effective = effectiveOfficeExpiry(Math.floor(seconds));
  if (effective <= nowSeconds)
    throw new CliError(`--${option} ${isoFromSeconds(effective)} is not in the future (the chain's clock reads ${isoFromSeconds(nowSeconds)})`);
  if (effective > MAX_OFFICE_EXPIRY) throw new CliError(`--${option} must be no later than ${isoFromSeconds(MAX_OFFICE_EXPIRY)}`);
  return effective;
}

export const UINT64_MAX = 2n ** 64n - 1n;

/** A uint64 in decimal (a signature nonce). */
export function parseUint64(value: string | undefined, option: string): bigint {
  const v = required(value, option);
  if (!/^\d+$/.test(v) || BigInt(v) > UINT64_MAX) throw new CliError(`--${option} must be a whole number from 0 to ${UINT64_MAX}, got "${v}"`);
  return BigInt(v);
}

export function parsePositiveInt(value: string | undefined, option: string, fallback: number): number {
  if (value === undefined || value === "") return fallback;
  if (!/^\d+$/.test(value) || Number(value) < 1) throw new CliError(`--${option} must be a positive whole number, got "${value}"`);
  return Number(value);
}
