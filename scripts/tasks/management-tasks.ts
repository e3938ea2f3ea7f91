/** Role and status management: each task states who may run it; the contract enforces it. */
import { task } from "hardhat/config";
import { FIELDS } from "@pilot/sdk/domain";
import { FROM, METADATA_FILE, METADATA_HASH, METADATA_URI, OPT } from "./options.js";

const zones = () => import("./actions/manage-zones.js");
const offices = () => import("./actions/manage-offices.js");
const entities = () => import("./actions/manage-entities.js");
const projects = () => import("./actions/manage-projects.js");

const ZONE = { name: "zone", description: "The zone: id or name (e.g. Chengdu)", type: OPT, defaultValue: undefined } as const;
const ACCOUNT = { name: "account", description: "The account (address) concerned", type: OPT, defaultValue: undefined } as const;
const ENTITY = { name: "entity", description: "The entity's id", type: OPT, defaultValue: undefined } as const;
const FIELD_KEYS = FIELDS.map((f) => f.key).join(", ");
const FIELDS_OPT = {
  name: "fields",
  description: `Comma-separated field keys or ids (${FIELD_KEYS})`,
  type: OPT,
  defaultValue: undefined,
} as const;
const EXPIRES = {
  name: "expires",
  description:
    "When the office expires: a date (2028-12-31), an ISO time or Unix seconds, rounded up to a UTC midnight; an account's offices share one term (default: two years from now)",
  type: OPT,
  defaultValue: undefined,
} as const;
const OFFICE_FIELDS = { ...FIELDS_OPT, description: `${FIELDS_OPT.description}; exactly this set replaces the old one; "none" dismisses` };

export const createZoneTask = task("create-zone", "Create an active pilot zone (programme office only)")
  .addOption({ name: "name", description: "Display name, e.g. Chengdu", type: OPT, defaultValue: undefined })
  .addOption({ name: "region", description: "Province or municipality", defaultValue: "" })
  .addOption(METADATA_URI)
  .addOption(METADATA_HASH)
  .addOption(METADATA_FILE)
  .addOption(FROM)
  .setAction(() => zones().then((m) => ({ default: m.createZone })))
  .build();

export const setZoneStatusTask = task("set-zone-status", "Suspend, reinstate or close a zone (programme office only; closed is final)")
  .addOption(ZONE)
  .addOption({ name: "status", description: "active, suspended or closed", type: OPT, defaultValue: undefined })
  .addOption(FROM)
  .setAction(() => zones().then((m) => ({ default: m.setZoneStatus })))
  .build();

export const appointZoneAdminTask = task("appoint-zone-admin", "Appoint an account administrator of a zone (programme office only; one zone per account)")
  .addOption(ZONE)
  .addOption(ACCOUNT)
  .addOption(EXPIRES)
  .addOption(FROM)
  .setAction(() => zones().then((m) => ({ default: m.appointZoneAdmin })))
  .build();

export const removeZoneAdminTask = task("remove-zone-admin", "Dismiss a zone administrator (programme office only)")
  .addOption(ACCOUNT)
  .addOption(FROM)
  .setAction(() => zones().then((m) => ({ default: m.removeZoneAdmin })))
  .build();

export const setRegulatorTask = task("set-regulator", "Appoint a regulator for a set of fields, or dismiss one (programme office only)")
  .addOption(ACCOUNT)
  .addOption(OFFICE_FIELDS)
  .addOption(EXPIRES)
  .addOption(FROM)
  .setAction(() => offices().then((m) => ({ default: m.setRegulator })))
  .build();

export const setExpertTask = task("set-expert", "Appoint an expert for a set of fields, or dismiss one (programme office only)")
  .addOption(ACCOUNT)
  .addOption(OFFICE_FIELDS)
  .addOption(EXPIRES)
  .addOption(FROM)
  .setAction(() => offices().then((m) => ({ default: m.setExpert })))
  .build();

export const renewOfficeTask = task("renew-office", "Renew (or shorten) every office an account holds: they expire at --expires (programme office only)")
  .addOption(ACCOUNT)
  .addOption(EXPIRES)
  .addOption(FROM)
  .setAction(() => offices().then((m) => ({ default: m.renewOffice })))
  .build();

export const setGuardianTask = task(
  "set-guardian",
  "Make an account the guardian, who may pause and nothing else; 0x0000000000000000000000000000000000000000 removes it (programme office only)",
)
  .addOption(ACCOUNT)
  .addOption(FROM)
  .setAction(() => offices().then((m) => ({ default: m.setGuardian })))
  .build();

export const registerEntityTask = task(
  "register-entity",
  "Register a pilot entity in a zone with its signer accounts (that zone's administrator or the programme office)",
)
  .addOption(ZONE)
  .addOption({ name: "name", description: "The entity's name", type: OPT, defaultValue: undefined })
  .addOption({
    name: "type",
    description: "hospital, university, enterprise, bank, utility, government-body, court, research-institute or other",
    type: OPT,
    defaultValue: undefined,
  })
  .addOption(FIELDS_OPT)
  .addOption({
    name: "signers",
    description:
      "Comma-separated addresses that sign for the entity (optional); each key must be unlocked on this network to sign its consent, else use --consents",
    defaultValue: "",
  })
  .addOption({ name: "consents", description: "Comma-separated signer consent files (sign-signer-consent) for the entity's keys", defaultValue: "" })
  .addOption(METADATA_URI)
  .addOption(METADATA_HASH)
  .addOption(METADATA_FILE)
  .addOption(FROM)
  .setAction(() => entities().then((m) => ({ default: m.registerEntity })))
  .build();

export const addSignerTask = task("add-signer", "Add a signer key to an entity with the key's consent (its zone's administrator or the programme office)")
  .addOption(ENTITY)
  .addOption({ ...ACCOUNT, description: "The key (address), when this network unlocks it (it signs its consent on the spot)" })
  .addOption({ name: "consent", description: "The key's consent file, from sign-signer-consent", type: OPT, defaultValue: undefined })
  .addOption(FROM)
  .setAction(() => entities().then((m) => ({ default: m.addSigner })))
  .build();

export const signSignerConsentTask = task(
  "sign-signer-consent",
  "As the key (--from), consent to sign for an entity (EIP-712, proof of possession) and write the file its zone administrator passes to add-signer --consent",
)
  .addOption(ENTITY)
  .addOption({ name: "out", description: "Where to write the consent JSON file", type: OPT, defaultValue: undefined })
  .addOption({ name: "deadlineMinutes", description: "Minutes the consent stays valid (default 10080, one week)", type: OPT, defaultValue: undefined })
  .addOption(FROM)
  .setAction(() => import("./actions/sign-signer-consent.js"))
  .build();

export const removeSignerTask = task(
  "remove-signer",
  "Remove a signer account from an entity; its past attestations stay (its zone's administrator or the programme office)",
)
  .addOption(ENTITY)
  .addOption(ACCOUNT)
  .addOption(FROM)
  .setAction(() => entities().then((m) => ({ default: m.removeSigner })))
  .build();

export const setEntityStatusTask = task(
  "set-entity-status",
  "Suspend, reinstate or revoke an entity (its zone's administrator or the programme office; revoked is final)",
)
  .addOption(ENTITY)
  .addOption({ name: "status", description: "active, suspended or revoked", type: OPT, defaultValue: undefined })
  .addOption(FROM)
  .setAction(() => entities().then((m) => ({ default: m.setEntityStatus })))
  .build();

export const proposeProjectTask = task("propose-project", "Propose a project of the acting account's entity in one of its fields (an entity signer)")
  .addOption({ name: "field", description: `The project's field (key or id: ${FIELD_KEYS})`, type: OPT, defaultValue: undefined })
  .addOption({ name: "title", description: "The project's title", type: OPT, defaultValue: undefined })
  .addOption(METADATA_URI)
  .addOption(METADATA_HASH)
  .addOption(METADATA_FILE)
  .addOption(FROM)
  .setAction(() => projects().then((m) => ({ default: m.proposeProject })))
  .build();

export const setProjectStatusTask = task(
  "set-project-status",
  "Move a project along its lifecycle: approve or reject (zone administrator, programme office); suspend, resume or terminate (also a regulator of its field)",
)
  .addOption({ name: "project", description: "The project's id", type: OPT, defaultValue: undefined })
  .addOption({ name: "action", description: "approve, reject, suspend, resume or terminate", type: OPT, defaultValue: undefined })
  .addOption({ name: "reason", description: "Why (required to reject, suspend or terminate)", defaultValue: "" })
  .addOption(FROM)
  .setAction(() => projects().then((m) => ({ default: m.setProjectStatus })))
  .build();

export const pauseTask = task("pause", "Stop every write in an emergency (programme office or guardian)")
  .addOption(FROM)
  .setAction(() => offices().then((m) => ({ default: m.pause })))
  .build();

export const unpauseTask = task("unpause", "Let writes through again (programme office only)")
  .addOption(FROM)
  .setAction(() => offices().then((m) => ({ default: m.unpause })))
  .build();
