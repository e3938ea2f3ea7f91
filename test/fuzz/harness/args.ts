/**
 * Symbolic arguments: generated up front by fast-check, resolved against the model when the command
 * runs (so that "an existing zone" means one that exists now). Boundary values are always in reach.
 */
import fc from "fast-check";
import { ZERO_BYTES32 } from "../model/index.js";

export type IdRef = { t: "ex"; i: number } | { t: "zero" } | { t: "max" } | { t: "next" };
export type ActorRef = { t: "fit"; i: number } | { t: "admin" } | { t: "any"; i: number };
export type AddrRef = { t: "fit"; i: number } | { t: "pool"; i: number };
export type HashRef = { t: "pool"; i: number } | { t: "zero" } | { t: "fresh"; i: number };
export type UidRef = { t: "ex"; i: number } | { t: "unknown" } | { t: "zero" } | { t: "prev" };

export const UINT32_MAX = 2 ** 32 - 1;

export const idRef: fc.Arbitrary<IdRef> = fc.oneof(
  { weight: 12, arbitrary: fc.nat(63).map((i): IdRef => ({ t: "ex", i })) },
  { weight: 1, arbitrary: fc.constant<IdRef>({ t: "zero" }) },
  { weight: 1, arbitrary: fc.constant<IdRef>({ t: "max" }) },
  { weight: 1, arbitrary: fc.constant<IdRef>({ t: "next" }) },
);

export function resolveId(r: IdRef, count: number): number {
  switch (r.t) {
    case "ex":
      return count === 0 ? 1 : (r.i % count) + 1;
    case "zero":
      return 0;
    case "max":
      return UINT32_MAX;
    case "next":
      return count + 1;
  }
}

export const actorRef: fc.Arbitrary<ActorRef> = fc.oneof(
  { weight: 6, arbitrary: fc.nat(63).map((i): ActorRef => ({ t: "fit", i })) },
  { weight: 2, arbitrary: fc.constant<ActorRef>({ t: "admin" }) },
  { weight: 3, arbitrary: fc.nat(11).map((i): ActorRef => ({ t: "any", i })) },
);

/** Index into the address pool: 12 EOAs, 2 wallets, the zero address (14). */
export const addrRef: fc.Arbitrary<AddrRef> = fc.oneof(
  { weight: 4, arbitrary: fc.nat(63).map((i): AddrRef => ({ t: "fit", i })) },
  { weight: 4, arbitrary: fc.nat(14).map((i): AddrRef => ({ t: "pool", i })) },
);

/** Six fixed document hashes (so that hashes repeat and uids chain), zero, and fresh ones. */
export const HASH_POOL = Array.from({ length: 6 }, (_, i) => `0x${(i + 1).toString(16).padStart(2, "0").repeat(32)}`);
export const hashRef: fc.Arbitrary<HashRef> = fc.oneof(
  { weight: 8, arbitrary: fc.nat(5).map((i): HashRef => ({ t: "pool", i })) },
  { weight: 1, arbitrary: fc.constant<HashRef>({ t: "zero" }) },
  { weight: 3, arbitrary: fc.nat(1_000_000).map((i): HashRef => ({ t: "fresh", i })) },
);
export function resolveHash(r: HashRef): string {
  if (r.t === "pool") return HASH_POOL[r.i];
  if (r.t === "zero") return ZERO_BYTES32;
  return `0x${"f".repeat(56)}${r.i.toString(16).padStart(8, "0")}`;
}

export const uidRef: fc.Arbitrary<UidRef> = fc.oneof(
  { weight: 10, arbitrary: fc.nat(63).map((i): UidRef => ({ t: "ex", i })) },
  { weight: 1, arbitrary: fc.constant<UidRef>({ t: "unknown" }) },
  { weight: 1, arbitrary: fc.constant<UidRef>({ t: "zero" }) },
);
export const UNKNOWN_UID = `0x${"ab".repeat(32)}`;

export const text: fc.Arbitrary<string> = fc.oneof(
  { weight: 6, arbitrary: fc.constantFrom("Chengdu", "West China Hospital", "x") },
  { weight: 2, arbitrary: fc.constant("") },
  { weight: 1, arbitrary: fc.constant("成都 · 高新区") },
  { weight: 1, arbitrary: fc.constant("long ".repeat(120)) },
);
export const optText: fc.Arbitrary<string> = fc.constantFrom("", "", "ipfs://bafy", "https://example.org/doc.pdf");

const bit = (f: number) => (2 ** f) >>> 0;
export const fieldsMask: fc.Arbitrary<number> = fc.oneof(
  { weight: 6, arbitrary: fc.constantFrom(bit(11) | bit(12), bit(11), bit(12), bit(1), bit(16)) },
  { weight: 2, arbitrary: fc.nat(16).map(bit) },
  { weight: 2, arbitrary: fc.constantFrom(0, 2 ** 17 - 1, bit(17), bit(31), UINT32_MAX) },
  { weight: 1, arbitrary: fc.nat({ max: UINT32_MAX }) },
);
/** `uint8 field`: `fit` resolves to a field of the sender's entity. */
export type FieldRef = { t: "fit"; i: number } | { t: "val"; v: number };
export const fieldRef: fc.Arbitrary<FieldRef> = fc.oneof(
  { weight: 6, arbitrary: fc.nat(31).map((i): FieldRef => ({ t: "fit", i })) },
  { weight: 2, arbitrary: fc.nat(16).map((v): FieldRef => ({ t: "val", v })) },
  { weight: 1, arbitrary: fc.constantFrom(16, 17, 31, 32, 255).map((v): FieldRef => ({ t: "val", v })) },
);
export const uint8Enum = (max: number): fc.Arbitrary<number> =>
  fc.oneof({ weight: 10, arbitrary: fc.nat(max) }, { weight: 1, arbitrary: fc.constantFrom(max + 1, 255) });

/**
 * An office's expiry (issue 10), relative to the block the transaction lands in: a day or a week on
 * (so that the warps make offices lapse), far off, or refused (the past, today's midnight, after day 65,535).
 */
export type TermChoice = "day" | "week" | "far" | "past" | "midnight" | "tooLate";
export const termArb: fc.Arbitrary<TermChoice> = fc.oneof(
  { weight: 3, arbitrary: fc.constantFrom<TermChoice>("day", "week", "far") },
  { weight: 1, arbitrary: fc.constantFrom<TermChoice>("past", "midnight", "tooLate") },
);
/** 2100-01-01T00:00:00Z: a term that outlives every run. */
export const FAR_TERM = 4_102_444_800;
export function resolveTerm(t: TermChoice, now: number): number {
  const DAY = 86_400;
  switch (t) {
    case "day":
      return now + DAY;
    case "week":
      return now + 7 * DAY;
    case "far":
      return FAR_TERM;
    case "past":
      return now - 1;
    case "midnight":
      return Math.floor(now / DAY) * DAY;
    case "tooLate":
      return 65_536 * DAY;
  }
}
