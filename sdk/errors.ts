/**
 * The contracts' custom errors in plain words, for the terminal tool and the
 * dApp alike. Pure TypeScript: give it the decoded error's name and arguments
 * (from an ethers `Interface.parseError`, viem's `decodeErrorResult`, ...) and,
 * optionally, a lookup that turns ids into names; get back one sentence with no
 * trailing full stop.
 */
import { ATTESTATION_KINDS, ENTITY_STATUSES, ENTITY_TYPES, FIELDS, PROJECT_STATUSES, ZONE_STATUSES } from "./domain.js";
import { OFFICE_LABELS, PROPOSAL_STATES, SEAT_LIMITS } from "./governance.js";
import { isoFromSeconds } from "./time.js";

/** Optional name lookups; each may return undefined when it does not know the id. */
export interface NameLookup {
  zone?(zoneId: number): Promise<string | undefined>;
  entity?(entityId: number): Promise<string | undefined>;
  project?(projectId: number): Promise<string | undefined>;
}

/** OpenZeppelin's `DEFAULT_ADMIN_ROLE`: the programme office. */
const DEFAULT_ADMIN_ROLE = `0x${"0".repeat(64)}`;
/** TimelockController's roles, keccak256 of their names. */
const TIMELOCK_ROLES: Readonly<Record<string, string>> = {
  "0xb09aa5aeb3702cfd50b6b62bc4532604938f21248a27a1d5ca736082b6819cc1": "proposer (the governor)",
  "0xd8aa0f3194971a2a116679f7c2090f6939c8d4e01a2a8d7e41d55e5351469e63": "executor",
  "0xfd643c72710c63c0180259aba6b2d05451e3591a24e58b62239378085726f783": "canceller (the governor)",
};
/** TimelockController's `OperationState`, by value. */
const OPERATION_STATES = ["unset", "waiting", "ready", "done"] as const;

/** The states whose bits are set in an OpenZeppelin `expectedStates` bitmap, in words. */
function statesIn(bitmap: unknown, names: readonly string[]): string {
  const bits = BigInt(str(bitmap));
  const list = names.filter((_, i) => (bits >> BigInt(i)) & 1n).map((n) => n.toLowerCase());
  return list.length ? list.join(" or ") : "none";
}

const num = (value: unknown): number => Number(value);
const str = (value: unknown): string => String(value);

function label(list: readonly string[], value: unknown): string {
  const i = num(value);
  return list[i] ?? `#${i}`;
}
const lower = (list: readonly string[], value: unknown): string => label(list, value).toLowerCase();

/** "Health", or "#40" for a field id that does not exist. */
export function fieldLabel(field: unknown): string {
  const i = num(field);
  return FIELDS.find((f) => f.id === i)?.label ?? `#${i}`;
}

function fieldsOf(mask: unknown): string {
  const m = num(mask) >>> 0;
  const names: string[] = [];
  for (let i = 0; i < 32; i++) if ((m >>> i) & 1) names.push(fieldLabel(i));
  return names.length ? names.join(", ") : "none";
}

/** Never throws: a deadline of 2^64-1 reads `no calendar date (… s)`. */
const when = (seconds: unknown): string => isoFromSeconds(seconds);

/** A zone's, entity's or project's name by id from `lookup`; undefined when there is none or the lookup fails (a refusal must still be worded). */
export async function lookupName(kind: "zone" | "entity" | "project", id: number, lookup: NameLookup | undefined): Promise<string | undefined> {
  try {
    return await lookup?.[kind]?.(id);
  } catch {
    return undefined;
  }
}

async function named(kind: "zone" | "entity" | "project", id: unknown, lookup: NameLookup | undefined): Promise<string> {
  const n = num(id);
  const name = await lookupName(kind, n, lookup);
  if (!name) return `${kind} #${n}`;
  return kind === "zone" ? `zone ${name}` : `${kind} #${n} "${name}"`;
}

type Describer = (args: readonly unknown[], lookup: NameLookup | undefined) => Promise<string> | string;

const DESCRIBERS: Record<string, Describer> = {
  // system
  EnforcedPause: () => "the programme is paused: no writes until the programme office unpauses it",
  ExpectedPause: () => "the programme is not paused",
  // unknown ids
  UnknownZone: ([z]) => `there is no zone #${num(z)}`,
  UnknownEntity: ([e]) => `there is no entity #${num(e)}`,
  UnknownProject: ([p]) => `there is no project #${num(p)}`,
  UnknownAttestation: ([uid]) => `there is no attestation ${str(uid)}`,
  // bad input
  EmptyName: () => "the name or title must not be empty",
  EmptyReason: () => "a reason is required",
  ZeroContentHash: () => "the content hash must not be zero",
  ZeroAddress: () => "the zero address cannot be used",
  EmptyBatch: () => "the batch is empty",
  InvalidKind: ([k]) => `${num(k)} is not an attestation kind (0..${ATTESTATION_KINDS.length - 1})`,
  InvalidEntityType: ([t]) => `${num(t)} is not an entity type (0..${ENTITY_TYPES.length - 1})`,
  InvalidStatus: ([s]) => `${num(s)} is not a valid status`,
  InvalidFields: ([mask]) =>
    num(mask) === 0
      ? "at least one field is required"
      : `the field set 0x${(num(mask) >>> 0).toString(16)} names fields that do not exist (valid ids: 0..${FIELDS.length - 1})`,
  InvalidField: ([f]) => `${num(f)} is not a field id (valid ids: 0..${FIELDS.length - 1})`,
  FieldNotInEntity: async ([e, f], l) => `${await named("entity", e, l)} does not take part in field ${fieldLabel(f)}`,
  // roles and scope
  NotZoneAdmin: async ([z, a], l) =>
    num(z) === 0 ? `account ${str(a)} administers no zone` : `account ${str(a)} is not an administrator of ${await named("zone", z, l)}`,
  NotRegulator: ([f, a]) => `account ${str(a)} is not a regulator of field ${fieldLabel(f)}`,
  NotExpert: ([f, a]) => `account ${str(a)} is not an expert of field ${fieldLabel(f)}`,
  NotEntitySigner: async ([e, a], l) =>
    num(e) === 0 ? `account ${str(a)} does not sign for any entity` : `account ${str(a)} is not a signer of ${await named("entity", e, l)}`,
  NotProjectAuthority: async ([p, a], l) =>
    `account ${str(a)} may not change the status of ${await named("project", p, l)} (its zone's administrators, regulators of its field and the programme office may)`,
  NotAuthorizedToRevoke: ([uid, a]) =>
    `account ${str(a)} may not revoke attestation ${str(uid)} (the programme office, the project's zone administrators, regulators of its field, and its attester while it still holds the role that issued it may)`,
  AlreadyZoneAdmin: async ([a, z], l) => `account ${str(a)} already administers ${await named("zone", z, l)}`,
  SignerAlreadyRegistered: async ([a, e], l) => `account ${str(a)} already signs for ${await named("entity", e, l)}`,
  AccountIsEntitySigner: async ([a, e], l) => `account ${str(a)} signs for ${await named("entity", e, l)} and cannot hold an office`,
  AccountHoldsOffice: ([a]) => `account ${str(a)} holds an office (programme office, zone administrator, regulator or expert) and cannot sign for an entity`,
  OfficeExpired: ([a, office, t]) =>
    `account ${str(a)}'s office as ${label(OFFICE_LABELS, office)} expired at ${when(t)}: it acts as no office until the programme office renews it`,
  InvalidOfficeExpiry: ([t]) =>
    `an office's expiry must lie in the future and no later than 2149-06-06 (it is rounded up to a UTC midnight); ${when(t)} is not`,
  HoldsNoOffice: ([a]) => `account ${str(a)} holds no office (zone administrator, regulator or expert) to renew`,
  InvalidConsent: async ([a, e], l) =>
    `account ${str(a)} has not consented to sign for ${await named("entity", e, l)}: the key itself must sign the consent, at its current nonce (a consent dies when the key is removed or raises its nonce)`,
  // bounds
  NameTooLong: ([n, max]) => `the name is ${str(n)} bytes long; at most ${str(max)} bytes are allowed`,
  TitleTooLong: ([n, max]) => `the title is ${str(n)} bytes long; at most ${str(max)} bytes are allowed`,
  RegionTooLong: ([n, max]) => `the region is ${str(n)} bytes long; at most ${str(max)} bytes are allowed`,
  URITooLong: ([n, max]) => `the URI is ${str(n)} bytes long; at most ${str(max)} bytes are allowed`,
  ReasonTooLong: ([n, max]) => `the reason is ${str(n)} bytes long; at most ${str(max)} bytes are allowed`,
  TooManySigners: async ([e, max], l) => `${await named("entity", e, l)} already has ${str(max)} signer keys, the most an entity may hold: remove one first`,
  // lifecycle
  IllegalZoneTransition: async ([z, from, to], l) => `${await named("zone", z, l)} cannot go from ${lower(ZONE_STATUSES, from)} to ${lower(ZONE_STATUSES, to)}`,
  IllegalEntityTransition: async ([e, from, to], l) =>
    `${await named("entity", e, l)} cannot go from ${lower(ENTITY_STATUSES, from)} to ${lower(ENTITY_STATUSES, to)}`,
  IllegalProjectTransition: async ([p, from, to], l) =>
    `${await named("project", p, l)} cannot go from ${lower(PROJECT_STATUSES, from)} to ${lower(PROJECT_STATUSES, to)}`,
  ZoneNotActive: async ([z, s], l) => `${await named("zone", z, l)} is not active (it is ${lower(ZONE_STATUSES, s)})`,
  EntityNotActive: async ([e, s], l) => `${await named("entity", e, l)} is not active (it is ${lower(ENTITY_STATUSES, s)})`,
  ProjectNotOpen: async ([p, s], l) => `${await named("project", p, l)} is ${lower(PROJECT_STATUSES, s)} and takes no such attestation`,
  // attestation log
  AlreadyRevoked: ([uid]) => `attestation ${str(uid)} is already revoked`,
  ReferenceOutsideProject: async ([uid, p], l) => `the referenced attestation ${str(uid)} is not about ${await named("project", p, l)}`,
  TooManyAttestations: ([h]) => `document ${str(h)} has reached the maximum number of attestations`,
  // reads
  PageTooLarge: ([limit, max]) => `a read asked for ${str(limit)} rows in one call; at most ${str(max)} are returned per call: read in pages`,
  // delegated attestation
  ExpiredSignature: ([d]) => `the signature expired at ${when(d)}`,
  // raised by attestBySig (the signature's nonce is not the current one) and by increaseNonce (the new
  // nonce is not above it): one sentence true of both
  InvalidNonce: ([s, n]) =>
    `${str(s)}'s signature nonce is ${str(n)}: a new nonce must be above it, and only a signature carrying exactly ${str(n)} can be relayed (a lower one was already used or voided, a higher one must wait)`,
  NonceJumpTooLarge: ([current, requested, max]) =>
    `the nonce may move at most ${str(max)} past its current value ${str(current)} in one step (asked for ${str(requested)})`,
  InvalidSignature: ([s]) => `the signature is not ${str(s)}'s (tampered, or signed for another chain or contract)`,
  // seats (ProgrammeSeats)
  EmptySeatName: () => "a seat needs the body's name",
  SeatNameTooLong: ([n, max]) => `the body's name is ${str(n)} bytes long; at most ${str(max)} bytes are allowed`,
  TooManySeats: ([max]) => `there are already ${str(max)} seats, the most there may be (at most ${SEAT_LIMITS.maxSeats})`,
  UnknownSeat: ([id]) => `there is no seat #${num(id)}`,
  ZeroSeatHolder: () => "a seat's holder cannot be the zero address",
  AlreadyHoldsSeat: ([a, id]) => `account ${str(a)} already holds seat #${num(id)}: one seat, one vote per account`,
  SeatVoteNotDelegable: ([a, d]) => `a seat's vote cannot be delegated: ${str(a)} votes itself, not through ${str(d)}`,
  DelegationBySigDisabled: ([d]) => `seats' votes are never delegated by signature (asked for ${str(d)})`,
  SeatListMismatch: ([names, holders]) => `${str(names)} seat names were given for ${str(holders)} holders: give one holder per name`,
  SeatsOwnerRequired: () => "the seats must keep their owner (the timelock) so that governance can change them",
  OwnableUnauthorizedAccount: ([a]) => `account ${str(a)} is not the seats' owner: only a passed proposal (the timelock) changes seats`,
  OwnableInvalidOwner: ([a]) => `${str(a)} cannot own the seats`,
  ERC5805FutureLookup: ([t, c]) => `votes at ${str(t)} are not known yet (the clock reads ${str(c)})`,
  ERC6372InconsistentClock: () => "the votes' clock is inconsistent",
  VotesExpiredSignature: ([t]) => `the delegation signature expired at ${when(t)}`,
  InvalidAccountNonce: ([a, n]) => `${str(a)}'s signature nonce is ${str(n)}`,
  CheckpointUnorderedInsertion: () => "a vote checkpoint would go back in time",
  // governor (OpenZeppelin Governor)
  GovernorAlreadyCastVote: ([a]) => `account ${str(a)} has already voted on this proposal`,
  GovernorAlreadyQueuedProposal: ([id]) => `proposal ${str(id)} is already queued`,
  GovernorDisabledDeposit: () => "the governor takes no deposits",
  GovernorInsufficientProposerVotes: ([a, votes, threshold]) =>
    `account ${str(a)} has ${str(votes)} vote(s); proposing needs ${str(threshold)}: only a seat holder proposes`,
  GovernorInvalidProposalLength: ([t, c, v]) => `a proposal needs as many targets, calls and values (${str(t)}, ${str(c)}, ${str(v)}), at least one`,
  GovernorInvalidQuorumFraction: ([n, d]) => `a quorum of more than ${str(n)}/${str(d)} of the seats is not allowed (below ${str(d)}/${str(d)} only)`,
  GovernorInvalidSignature: ([a]) => `the vote's signature is not ${str(a)}'s`,
  GovernorInvalidVoteParams: () => "this governor takes no vote parameters",
  GovernorInvalidVoteType: () => "a vote is 0 (against), 1 (for) or 2 (abstain)",
  GovernorInvalidVotingPeriod: ([p]) => `a voting period of ${str(p)} seconds is not allowed`,
  GovernorNonexistentProposal: ([id]) => `there is no proposal ${str(id)}`,
  GovernorNotQueuedProposal: ([id]) => `proposal ${str(id)} is not queued`,
  GovernorOnlyExecutor: ([a]) => `account ${str(a)} is not the governor's executor (the timelock): this changes only through a proposal`,
  GovernorQueueNotImplemented: () => "this governor cannot queue proposals",
  GovernorRestrictedProposer: ([a]) => `account ${str(a)} may not make this proposal`,
  GovernorUnableToCancel: ([id, a]) => `account ${str(a)} cannot cancel proposal ${str(id)}: only its proposer, and only before voting starts`,
  GovernorUnexpectedProposalState: ([id, current, expected]) =>
    `proposal ${str(id)} is ${lower(PROPOSAL_STATES, current)}; this needs it to be ${statesIn(expected, PROPOSAL_STATES)}`,
  // timelock (OpenZeppelin TimelockController)
  TimelockInsufficientDelay: ([d, min]) => `a delay of ${str(d)} seconds is below the timelock's minimum of ${str(min)}`,
  TimelockInvalidOperationLength: ([t, p, v]) => `an operation needs as many targets, calls and values (${str(t)}, ${str(p)}, ${str(v)})`,
  TimelockUnauthorizedCaller: ([a]) => `account ${str(a)} may not change the timelock: only the timelock itself (a passed proposal) may`,
  TimelockUnexecutedPredecessor: ([id]) => `operation ${str(id)} must be executed first`,
  TimelockUnexpectedOperationState: ([id, expected]) =>
    `timelock operation ${str(id)} is not ${statesIn(expected, OPERATION_STATES)}: not yet queued, still waiting for its delay, or already done`,
  FailedCall: () => "a call the proposal makes failed",
  // OpenZeppelin access control (the programme office; the timelock's roles)
  AccessControlUnauthorizedAccount: ([a, role]) =>
    str(role).toLowerCase() === DEFAULT_ADMIN_ROLE
      ? `account ${str(a)} is not the programme office (programme administrator)`
      : TIMELOCK_ROLES[str(role).toLowerCase()]
        ? `account ${str(a)} lacks the timelock's ${TIMELOCK_ROLES[str(role).toLowerCase()]} role`
        : `account ${str(a)} lacks role ${str(role)}`,
  AccessControlBadConfirmation: () => "only the account itself may renounce its role",
  AccessControlEnforcedDefaultAdminRules: () => "the programme office role moves only through the two-step transfer",
  AccessControlInvalidDefaultAdmin: ([a]) => `account ${str(a)} cannot become the programme office`,
  AccessControlEnforcedDefaultAdminDelay: ([t]) => `the programme office transfer can be accepted only after ${when(t)}`,
  // OpenZeppelin internals (constructor / admin-delay arithmetic)
  InvalidShortString: () => "the EIP-712 domain name or version is invalid",
  StringTooLong: ([text]) => `the string "${str(text)}" is too long`,
  SafeCastOverflowedUintDowncast: ([bits, value]) => `the value ${str(value)} does not fit in ${num(bits)} bits`,
  // refusals found before any transaction: the dApp and the terminal tool check these first
  // (the governor itself would count a vote of weight 0, and the timelock does not say when it opens)
  NotSeatHolder: ([a]) => `account ${str(a)} holds no seat: only the bodies' seat holders vote`,
  NoVoteAtSnapshot: ([a, snapshot]) => `account ${str(a)} held no seat when this proposal's vote was set (${when(snapshot)}), so it has no vote on it`,
  VotingNotOpen: ([start]) => `voting on this proposal opens at ${when(start)}`,
  VotingClosed: ([end]) => `voting on this proposal closed at ${when(end)}`,
  ProposalNotSucceeded: ([state]) => `only a proposal that passed can be queued; this one is ${lower(PROPOSAL_STATES, state)}`,
  ProposalNotQueued: ([state]) => `only a queued proposal can be executed; this one is ${lower(PROPOSAL_STATES, state)}`,
  TimelockNotReady: ([eta]) => `the timelock holds this proposal until ${when(eta)}; it can be executed from then on`,
  // Solidity built-ins
  Error: ([message]) => `the contract refused: ${str(message)}`,
  Panic: ([code]) => `the contract failed (panic 0x${num(code).toString(16)})`,
};

/** True when `name` is an error this module describes in its own words. */
export function isKnownError(name: string): boolean {
  return Object.hasOwn(DESCRIBERS, name);
}

/** Every error this module describes in its own words (e.g. for a translation to cover them all). */
export const KNOWN_ERRORS: readonly string[] = Object.freeze(Object.keys(DESCRIBERS));

/**
 * One sentence for a decoded contract error, e.g.
 * `account 0xAbc… is not an administrator of zone Chengdu`.
 * Unknown errors come back as `the contract refused: Name(arg, …)`.
 */
export async function describeContractError(name: string, args: readonly unknown[] = [], lookup?: NameLookup): Promise<string> {
  const describe = DESCRIBERS[name];
  if (describe) return describe(args, lookup);
  return `the contract refused: ${name}(${args.map(str).join(", ")})`;
}

/** Lower-case label of an entity type, for messages and tables. */
/**
 * An account's offices in words, for a sentence: "zone administrator of Ganzhou", "regulator of Health,
 * Energy and expert of Health" (`zone`: the zone's name, or its number when unknown); `count` says
 * whether "office" or "offices" fits.
 */
export function officesInWords(
  offices: { readonly zoneAdminOf: number; readonly regulatorFields: number; readonly expertFields: number },
  zone?: string,
): { words: string; count: number } {
  const parts: string[] = [];
  if (offices.zoneAdminOf !== 0) parts.push(`zone administrator of ${zone ?? `#${offices.zoneAdminOf}`}`);
  if (offices.regulatorFields !== 0) parts.push(`regulator of ${fieldsOf(offices.regulatorFields)}`);
  if (offices.expertFields !== 0) parts.push(`expert of ${fieldsOf(offices.expertFields)}`);
  return { words: parts.length > 1 ? `${parts.slice(0, -1).join(", ")} and ${parts.at(-1)}` : (parts[0] ?? "no office"), count: parts.length };
}

/**
 * Issue 10: an account acts with an office whose term has ended, which the chain treats as none
 * (`OfficeExpired`). Says what lapsed and when (a UTC date), and who renews it: `renewal.governed`, a
 * proposal (the bodies' timelock is the office), else the programme office itself; `renewal.command`
 * is the command that does it.
 */
export function lapsedOfficeSentence(
  account: string,
  offices: { readonly zoneAdminOf: number; readonly regulatorFields: number; readonly expertFields: number; readonly expiredAt: number },
  zone: string | undefined,
  renewal: { readonly governed: boolean; readonly command: string },
): string {
  const { words, count } = officesInWords(offices, zone);
  const date = when(offices.expiredAt).slice(0, 10);
  const who = renewal.governed ? "a governance action" : "the programme office's action";
  return `${account}'s ${count > 1 ? "offices" : "office"} as ${words} lapsed on ${date} and ${count > 1 ? "act" : "acts"} as none; renewing ${count > 1 ? "them" : "it"} is ${who} (${renewal.command})`;
}

export const entityTypeLabel = (t: unknown): string => label(ENTITY_TYPES, t);
export const kindLabel = (k: unknown): string => label(ATTESTATION_KINDS, k);
export const fieldsLabel = fieldsOf;
