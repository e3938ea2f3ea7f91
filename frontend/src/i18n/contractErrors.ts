/**
 * The contract refusals a dApp user meets most, in the active language, by the custom error's name.
 * The English wording is sdk/errors.ts's (shared with the terminal tool): the English catalogue mirrors
 * it and a test (contractErrors.test.ts) holds the two equal. Any other error: undefined, and the caller
 * uses sdk/errors.ts's English sentence.
 */
import type { NameLookup } from "@sdk/errors";
import { PROJECT_STATUSES, ENTITY_STATUSES, ZONE_STATUSES } from "@sdk/domain";
import { isoFromSeconds } from "@sdk/time";
import i18n from "./index";
import { GOVERNANCE_LOCAL } from "./governanceText";
import { entityName, fieldLabel, statusLabel, zoneName } from "./labels";

const t = i18n.t.bind(i18n);
const num = (v: unknown): number => Number(v);
const str = (v: unknown): string => String(v);
const DEFAULT_ADMIN_ROLE = `0x${"0".repeat(64)}`;

async function named(kind: "zone" | "entity" | "project", id: unknown, lookup: NameLookup | undefined): Promise<string> {
  const n = num(id);
  let name: string | undefined;
  try {
    name = await lookup?.[kind]?.(n);
  } catch {
    name = undefined;
  }
  if (kind === "zone") return name ? t("contractErrors.named.zone", { name: zoneName(name) }) : t("contractErrors.named.zoneNo", { id: n });
  if (kind === "entity") return name ? t("contractErrors.named.entity", { id: n, name: entityName(name) }) : t("contractErrors.named.entityNo", { id: n });
  return name ? t("contractErrors.named.project", { id: n, name }) : t("contractErrors.named.projectNo", { id: n });
}

const status = (list: readonly string[], value: unknown): string => {
  const label = list[num(value)];
  return label === undefined ? `#${num(value)}` : statusLabel(label).toLowerCase();
};

type Local = (args: readonly unknown[], lookup: NameLookup | undefined) => Promise<string | undefined> | string | undefined;

/** The offices `OfficeExpired` names (Solidity `Office`: zone administrator, regulator, expert). */
const officeLabel = (office: unknown): string =>
  [t("officeErrors.office.zoneAdmin"), t("officeErrors.office.regulator"), t("officeErrors.office.expert")][num(office)] ?? `#${num(office)}`;

const LOCAL: Readonly<Record<string, Local>> = {
  EnforcedPause: () => t("contractErrors.EnforcedPause"),
  UnknownProject: ([p]) => t("contractErrors.UnknownProject", { id: num(p) }),
  EmptyName: () => t("contractErrors.EmptyName"),
  EmptyReason: () => t("contractErrors.EmptyReason"),
  ZeroContentHash: () => t("contractErrors.ZeroContentHash"),
  NotZoneAdmin: async ([z, a], l) =>
    num(z) === 0 ? t("contractErrors.NotZoneAdminNone", { account: str(a) }) : t("contractErrors.NotZoneAdmin", { account: str(a), zone: await named("zone", z, l) }),
  NotRegulator: ([f, a]) => t("contractErrors.NotRegulator", { account: str(a), field: fieldLabel(num(f)) }),
  NotExpert: ([f, a]) => t("contractErrors.NotExpert", { account: str(a), field: fieldLabel(num(f)) }),
  NotEntitySigner: async ([e, a], l) =>
    num(e) === 0 ? t("contractErrors.NotEntitySignerNone", { account: str(a) }) : t("contractErrors.NotEntitySigner", { account: str(a), entity: await named("entity", e, l) }),
  NotProjectAuthority: async ([p, a], l) => t("contractErrors.NotProjectAuthority", { account: str(a), project: await named("project", p, l) }),
  NotAuthorizedToRevoke: ([uid, a]) => t("contractErrors.NotAuthorizedToRevoke", { account: str(a), uid: str(uid) }),
  ZoneNotActive: async ([z, s], l) => t("contractErrors.ZoneNotActive", { zone: await named("zone", z, l), status: status(ZONE_STATUSES, s) }),
  EntityNotActive: async ([e, s], l) => t("contractErrors.EntityNotActive", { entity: await named("entity", e, l), status: status(ENTITY_STATUSES, s) }),
  ProjectNotOpen: async ([p, s], l) => t("contractErrors.ProjectNotOpen", { project: await named("project", p, l), status: status(PROJECT_STATUSES, s) }),
  AlreadyRevoked: ([uid]) => t("contractErrors.AlreadyRevoked", { uid: str(uid) }),
  ReferenceOutsideProject: async ([uid, p], l) => t("contractErrors.ReferenceOutsideProject", { uid: str(uid), project: await named("project", p, l) }),
  ExpiredSignature: ([d]) => t("contractErrors.ExpiredSignature", { time: isoFromSeconds(d) }),
  InvalidNonce: ([s, n]) => t("contractErrors.InvalidNonce", { signer: str(s), nonce: str(n) }),
  InvalidSignature: ([s]) => t("contractErrors.InvalidSignature", { signer: str(s) }),
  OfficeExpired: ([a, office, time]) => t("officeErrors.OfficeExpired", { account: str(a), office: officeLabel(office), time: isoFromSeconds(time) }),
  AccessControlUnauthorizedAccount: ([a, role]) => (str(role).toLowerCase() === DEFAULT_ADMIN_ROLE ? t("contractErrors.NotProgrammeOffice", { account: str(a) }) : undefined),
  ...GOVERNANCE_LOCAL,
};

/** The names this module words itself (the others are sdk/errors.ts's English). */
export const LOCALISED_ERRORS: readonly string[] = Object.keys(LOCAL);

/** One sentence (no trailing full stop) in the active language, or undefined for an error this module does not word. */
export async function localContractError(name: string, args: readonly unknown[], lookup?: NameLookup): Promise<string | undefined> {
  const local = Object.hasOwn(LOCAL, name) ? LOCAL[name] : undefined;
  if (!local) return undefined;
  try {
    return await local(args, lookup);
  } catch {
    return undefined;
  }
}
