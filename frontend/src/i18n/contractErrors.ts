/**
 * Every contract refusal sdk/errors.ts words, in the active language, by the custom error's name.
 * The English wording is sdk/errors.ts's (shared with the terminal tool): the English catalogue mirrors
 * it and a test (contractErrors.test.ts) holds the two equal, error by error, for every error sdk/errors.ts
 * knows; the same test fails when sdk/errors.ts gains an error this module does not word. An error
 * neither knows is "the contract refused: Name(args)" in the active language.
 */
import { lookupName, type NameLookup } from "@pilot/sdk/errors";
import { ATTESTATION_KINDS, ENTITY_STATUSES, ENTITY_TYPES, FIELDS, PROJECT_STATUSES, ZONE_STATUSES } from "@pilot/sdk/domain";
import { isoFromSeconds } from "@pilot/sdk/time";
import i18n from "./index";
import { GOVERNANCE_LOCAL, lacksTimelockRole } from "./governanceText";
import { entityName, fieldLabel, statusLabel, zoneName } from "./labels";

const t = i18n.t.bind(i18n);
const num = (v: unknown): number => Number(v);
const str = (v: unknown): string => String(v);
const hex = (v: unknown): string => `0x${(num(v) >>> 0).toString(16)}`;
const DEFAULT_ADMIN_ROLE = `0x${"0".repeat(64)}`;

async function named(kind: "zone" | "entity" | "project", id: unknown, lookup: NameLookup | undefined): Promise<string> {
  const n = num(id);
  const name = await lookupName(kind, n, lookup);
  if (kind === "zone") return name ? t("contractErrors.named.zone", { name: zoneName(name) }) : t("contractErrors.named.zoneNo", { id: n });
  if (kind === "entity") return name ? t("contractErrors.named.entity", { id: n, name: entityName(name) }) : t("contractErrors.named.entityNo", { id: n });
  return name ? t("contractErrors.named.project", { id: n, name }) : t("contractErrors.named.projectNo", { id: n });
}

const status = (list: readonly string[], value: unknown): string => {
  const label = list[num(value)];
  return label === undefined ? `#${num(value)}` : statusLabel(label).toLowerCase();
};

/** A field by its id, in the active language; "#40" for an id that does not exist (as sdk/errors.ts). */
const field = (value: unknown): string => {
  const f = FIELDS.find((x) => x.id === num(value));
  return f ? fieldLabel(f.id) : `#${num(value)}`;
};

type Local = (args: readonly unknown[], lookup: NameLookup | undefined) => Promise<string | undefined> | string | undefined;

/** A length bound: "the name is 300 bytes long; at most 200 bytes are allowed". */
const tooLong =
  (key: "NameTooLong" | "TitleTooLong" | "RegionTooLong" | "URITooLong" | "ReasonTooLong"): Local =>
  ([n, max]) => {
    const values = { length: str(n), max: str(max) };
    switch (key) {
      case "NameTooLong":
        return t("contractErrors.NameTooLong", values);
      case "TitleTooLong":
        return t("contractErrors.TitleTooLong", values);
      case "RegionTooLong":
        return t("contractErrors.RegionTooLong", values);
      case "URITooLong":
        return t("contractErrors.URITooLong", values);
      default:
        return t("contractErrors.ReasonTooLong", values);
    }
  };
/** The offices `OfficeExpired` names (Solidity `Office`: zone administrator, regulator, expert). */
const officeLabel = (office: unknown): string =>
  [t("officeErrors.office.zoneAdmin"), t("officeErrors.office.regulator"), t("officeErrors.office.expert")][num(office)] ?? `#${num(office)}`;

const LOCAL: Readonly<Record<string, Local>> = {
  // system
  EnforcedPause: () => t("contractErrors.EnforcedPause"),
  ExpectedPause: () => t("contractErrors.ExpectedPause"),
  // unknown ids
  UnknownZone: ([z]) => t("contractErrors.UnknownZone", { id: num(z) }),
  UnknownEntity: ([e]) => t("contractErrors.UnknownEntity", { id: num(e) }),
  UnknownProject: ([p]) => t("contractErrors.UnknownProject", { id: num(p) }),
  UnknownAttestation: ([uid]) => t("contractErrors.UnknownAttestation", { uid: str(uid) }),
  // bad input
  EmptyName: () => t("contractErrors.EmptyName"),
  EmptyReason: () => t("contractErrors.EmptyReason"),
  ZeroContentHash: () => t("contractErrors.ZeroContentHash"),
  ZeroAddress: () => t("contractErrors.ZeroAddress"),
  EmptyBatch: () => t("contractErrors.EmptyBatch"),
  InvalidKind: ([k]) => t("contractErrors.InvalidKind", { value: num(k), max: ATTESTATION_KINDS.length - 1 }),
  InvalidEntityType: ([ty]) => t("contractErrors.InvalidEntityType", { value: num(ty), max: ENTITY_TYPES.length - 1 }),
  InvalidStatus: ([s]) => t("contractErrors.InvalidStatus", { value: num(s) }),
  InvalidFields: ([mask]) =>
    num(mask) === 0 ? t("contractErrors.InvalidFieldsNone") : t("contractErrors.InvalidFields", { mask: hex(mask), max: FIELDS.length - 1 }),
  InvalidField: ([f]) => t("contractErrors.InvalidField", { value: num(f), max: FIELDS.length - 1 }),
  FieldNotInEntity: async ([e, f], l) => t("contractErrors.FieldNotInEntity", { entity: await named("entity", e, l), field: field(f) }),
  // roles and scope
  NotZoneAdmin: async ([z, a], l) =>
    num(z) === 0
      ? t("contractErrors.NotZoneAdminNone", { account: str(a) })
      : t("contractErrors.NotZoneAdmin", { account: str(a), zone: await named("zone", z, l) }),
  NotRegulator: ([f, a]) => t("contractErrors.NotRegulator", { account: str(a), field: field(f) }),
  NotExpert: ([f, a]) => t("contractErrors.NotExpert", { account: str(a), field: field(f) }),
  NotEntitySigner: async ([e, a], l) =>
    num(e) === 0
      ? t("contractErrors.NotEntitySignerNone", { account: str(a) })
      : t("contractErrors.NotEntitySigner", { account: str(a), entity: await named("entity", e, l) }),
  NotProjectAuthority: async ([p, a], l) => t("contractErrors.NotProjectAuthority", { account: str(a), project: await named("project", p, l) }),
  NotAuthorizedToRevoke: ([uid, a]) => t("contractErrors.NotAuthorizedToRevoke", { account: str(a), uid: str(uid) }),
  AlreadyZoneAdmin: async ([a, z], l) => t("contractErrors.AlreadyZoneAdmin", { account: str(a), zone: await named("zone", z, l) }),
  SignerAlreadyRegistered: async ([a, e], l) => t("contractErrors.SignerAlreadyRegistered", { account: str(a), entity: await named("entity", e, l) }),
  AccountIsEntitySigner: async ([a, e], l) => t("contractErrors.AccountIsEntitySigner", { account: str(a), entity: await named("entity", e, l) }),
  AccountHoldsOffice: ([a]) => t("contractErrors.AccountHoldsOffice", { account: str(a) }),
  InvalidConsent: async ([a, e], l) => t("contractErrors.InvalidConsent", { account: str(a), entity: await named("entity", e, l) }),
  // bounds
  NameTooLong: tooLong("NameTooLong"),
  TitleTooLong: tooLong("TitleTooLong"),
  RegionTooLong: tooLong("RegionTooLong"),
  URITooLong: tooLong("URITooLong"),
  ReasonTooLong: tooLong("ReasonTooLong"),
  TooManySigners: async ([e, max], l) => t("contractErrors.TooManySigners", { entity: await named("entity", e, l), max: str(max) }),
  // lifecycle
  IllegalZoneTransition: async ([z, from, to], l) =>
    t("contractErrors.IllegalTransition", { subject: await named("zone", z, l), from: status(ZONE_STATUSES, from), to: status(ZONE_STATUSES, to) }),
  IllegalEntityTransition: async ([e, from, to], l) =>
    t("contractErrors.IllegalTransition", { subject: await named("entity", e, l), from: status(ENTITY_STATUSES, from), to: status(ENTITY_STATUSES, to) }),
  IllegalProjectTransition: async ([p, from, to], l) =>
    t("contractErrors.IllegalTransition", { subject: await named("project", p, l), from: status(PROJECT_STATUSES, from), to: status(PROJECT_STATUSES, to) }),
  ZoneNotActive: async ([z, s], l) => t("contractErrors.ZoneNotActive", { zone: await named("zone", z, l), status: status(ZONE_STATUSES, s) }),
  EntityNotActive: async ([e, s], l) => t("contractErrors.EntityNotActive", { entity: await named("entity", e, l), status: status(ENTITY_STATUSES, s) }),
  ProjectNotOpen: async ([p, s], l) => t("contractErrors.ProjectNotOpen", { project: await named("project", p, l), status: status(PROJECT_STATUSES, s) }),
  // attestation log
  AlreadyRevoked: ([uid]) => t("contractErrors.AlreadyRevoked", { uid: str(uid) }),
  ReferenceOutsideProject: async ([uid, p], l) => t("contractErrors.ReferenceOutsideProject", { uid: str(uid), project: await named("project", p, l) }),
  TooManyAttestations: ([h]) => t("contractErrors.TooManyAttestations", { hash: str(h) }),
  // reads
  PageTooLarge: ([limit, max]) => t("contractErrors.PageTooLarge", { limit: str(limit), max: str(max) }),
  // delegated attestation
  ExpiredSignature: ([d]) => t("contractErrors.ExpiredSignature", { time: isoFromSeconds(d) }),
  InvalidNonce: ([s, n]) => t("contractErrors.InvalidNonce", { signer: str(s), nonce: str(n) }),
  NonceJumpTooLarge: ([current, requested, max]) => t("contractErrors.NonceJumpTooLarge", { current: str(current), requested: str(requested), max: str(max) }),
  InvalidSignature: ([s]) => t("contractErrors.InvalidSignature", { signer: str(s) }),
  // OpenZeppelin access control (the programme office; the timelock's roles)
  AccessControlUnauthorizedAccount: ([a, role]) =>
    str(role).toLowerCase() === DEFAULT_ADMIN_ROLE
      ? t("contractErrors.NotProgrammeOffice", { account: str(a) })
      : (lacksTimelockRole(a, role) ?? t("contractErrors.LacksRole", { account: str(a), role: str(role) })),
  AccessControlBadConfirmation: () => t("contractErrors.AccessControlBadConfirmation"),
  AccessControlEnforcedDefaultAdminRules: () => t("contractErrors.AccessControlEnforcedDefaultAdminRules"),
  AccessControlInvalidDefaultAdmin: ([a]) => t("contractErrors.AccessControlInvalidDefaultAdmin", { account: str(a) }),
  AccessControlEnforcedDefaultAdminDelay: ([time]) => t("contractErrors.AccessControlEnforcedDefaultAdminDelay", { time: isoFromSeconds(time) }),
  // OpenZeppelin internals (constructor / admin-delay arithmetic)
  InvalidShortString: () => t("contractErrors.InvalidShortString"),
  StringTooLong: ([text]) => t("contractErrors.StringTooLong", { text: str(text) }),
  SafeCastOverflowedUintDowncast: ([bits, value]) => t("contractErrors.SafeCastOverflowedUintDowncast", { value: str(value), bits: num(bits) }),
  // Solidity built-ins
  Error: ([message]) => t("contractErrors.Error", { message: str(message) }),
  Panic: ([code]) => t("contractErrors.Panic", { code: `0x${num(code).toString(16)}` }),
  OfficeExpired: ([a, office, time]) => t("officeErrors.OfficeExpired", { account: str(a), office: officeLabel(office), time: isoFromSeconds(time) }),
  InvalidOfficeExpiry: ([time]) => t("officeErrors.InvalidOfficeExpiry", { time: isoFromSeconds(time) }),
  HoldsNoOffice: ([a]) => t("officeErrors.HoldsNoOffice", { account: str(a) }),
  ...GOVERNANCE_LOCAL,
};

/** The names this module words itself (every name in sdk/errors.ts's table: contractErrors.test.ts holds it so). */
export const LOCALISED_ERRORS: readonly string[] = Object.keys(LOCAL);

/**
 * One sentence (no trailing full stop) in the active language. An error this module does not know reads
 * "the contract refused: Name(arg, …)", as sdk/errors.ts says it; undefined only if wording it throws
 * (the caller then falls back to sdk/errors.ts's English).
 */
export async function localContractError(name: string, args: readonly unknown[], lookup?: NameLookup): Promise<string | undefined> {
  const local = Object.hasOwn(LOCAL, name) ? LOCAL[name] : undefined;
  try {
    if (!local) return t("contractErrors.unknown", { name, args: args.map(str).join(", ") });
    return await local(args, lookup);
  } catch {
    return undefined;
  }
}
