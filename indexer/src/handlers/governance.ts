/**
 * Governance events: the programme office (OpenZeppelin AccessControlDefaultAdminRules: role
 * grants, two-step admin transfer, delay changes), pause, and the field-scoped offices
 * (regulators, experts), their terms (issue 10: renewals) and the guardian. Every one is also kept as
 * a `governance_event` / `office_event` row.
 */
import { ponder } from "ponder:registry";
import { governanceEvent, officeEvent, programme } from "ponder:schema";
import { updateAccount } from "../accounts";
import { at, PROGRAMME_ID, touchProgramme } from "../stats";

const DEFAULT_ADMIN_ROLE = "0x0000000000000000000000000000000000000000000000000000000000000000";
const lower = (a: `0x${string}`) => a.toLowerCase() as `0x${string}`;

type Json = Record<string, unknown>;
const encode = (args: Json) => JSON.stringify(args, (_k, v: unknown) => (typeof v === "bigint" ? v.toString() : v));

ponder.on("PilotProgramme:setup", async ({ context }) => {
  await context.db.insert(programme).values({
    id: PROGRAMME_ID,
    paused: false,
    zones: 0,
    entities: 0,
    projects: 0,
    attestations: 0,
    revocations: 0,
    delegated: 0,
    admin: null,
    pendingAdmin: null,
    pendingAdminAt: null,
    guardian: null,
    lastBlock: 0n,
    lastTime: 0n,
  });
});

ponder.on("PilotProgramme:Paused", async ({ event, context }) => {
  const { db } = context;
  await db.insert(governanceEvent).values({ ...at(event), name: "Paused", account: lower(event.args.account), args: "{}" });
  await touchProgramme(db, event.block, () => ({ paused: true }));
});

ponder.on("PilotProgramme:Unpaused", async ({ event, context }) => {
  const { db } = context;
  await db.insert(governanceEvent).values({ ...at(event), name: "Unpaused", account: lower(event.args.account), args: "{}" });
  await touchProgramme(db, event.block, () => ({ paused: false }));
});

ponder.on("PilotProgramme:GuardianSet", async ({ event, context }) => {
  const { db } = context;
  const { previous, guardian } = event.args;
  const who = lower(guardian);
  await db.insert(governanceEvent).values({ ...at(event), name: "GuardianSet", account: who, args: encode({ previous: lower(previous) }) });
  await touchProgramme(db, event.block, () => ({ guardian: /^0x0{40}$/.test(who) ? null : who }));
});

ponder.on("PilotProgramme:RoleGranted", async ({ event, context }) => {
  const { db } = context;
  const { role, account, sender } = event.args;
  const who = lower(account);
  await db.insert(governanceEvent).values({ ...at(event), name: "RoleGranted", account: who, args: encode({ role, sender: lower(sender) }) });
  await touchProgramme(db, event.block, (p) =>
    role === DEFAULT_ADMIN_ROLE ? { admin: who, ...(p.pendingAdmin === who ? { pendingAdmin: null, pendingAdminAt: null } : {}) } : {},
  );
});

ponder.on("PilotProgramme:RoleRevoked", async ({ event, context }) => {
  const { db } = context;
  const { role, account, sender } = event.args;
  const who = lower(account);
  await db.insert(governanceEvent).values({ ...at(event), name: "RoleRevoked", account: who, args: encode({ role, sender: lower(sender) }) });
  await touchProgramme(db, event.block, (p) => (role === DEFAULT_ADMIN_ROLE && p.admin === who ? { admin: null } : {}));
});

ponder.on("PilotProgramme:RoleAdminChanged", async ({ event, context }) => {
  const { db } = context;
  await db.insert(governanceEvent).values({ ...at(event), name: "RoleAdminChanged", account: null, args: encode({ ...event.args }) });
  await touchProgramme(db, event.block);
});

ponder.on("PilotProgramme:DefaultAdminTransferScheduled", async ({ event, context }) => {
  const { db } = context;
  const { newAdmin, acceptSchedule } = event.args;
  const who = lower(newAdmin);
  await db.insert(governanceEvent).values({ ...at(event), name: "DefaultAdminTransferScheduled", account: who, args: encode({ acceptSchedule }) });
  await touchProgramme(db, event.block, () => ({ pendingAdmin: who, pendingAdminAt: BigInt(acceptSchedule) }));
});

ponder.on("PilotProgramme:DefaultAdminTransferCanceled", async ({ event, context }) => {
  const { db } = context;
  await db.insert(governanceEvent).values({ ...at(event), name: "DefaultAdminTransferCanceled", account: null, args: "{}" });
  await touchProgramme(db, event.block, () => ({ pendingAdmin: null, pendingAdminAt: null }));
});

ponder.on("PilotProgramme:DefaultAdminDelayChangeScheduled", async ({ event, context }) => {
  const { db } = context;
  await db.insert(governanceEvent).values({ ...at(event), name: "DefaultAdminDelayChangeScheduled", account: null, args: encode({ ...event.args }) });
  await touchProgramme(db, event.block);
});

ponder.on("PilotProgramme:DefaultAdminDelayChangeCanceled", async ({ event, context }) => {
  const { db } = context;
  await db.insert(governanceEvent).values({ ...at(event), name: "DefaultAdminDelayChangeCanceled", account: null, args: "{}" });
  await touchProgramme(db, event.block);
});

ponder.on("PilotProgramme:EIP712DomainChanged", async ({ event, context }) => {
  const { db } = context;
  await db.insert(governanceEvent).values({ ...at(event), name: "EIP712DomainChanged", account: null, args: "{}" });
  await touchProgramme(db, event.block);
});

ponder.on("PilotProgramme:RegulatorFieldsSet", async ({ event, context }) => {
  const { db } = context;
  const { account, fields, expiresAt } = event.args;
  const who = lower(account);
  await updateAccount(db, who, () => ({ regulatorFields: fields, officeExpiresAt: BigInt(expiresAt) }));
  await db
    .insert(officeEvent)
    .values({ ...at(event), account: who, office: "regulator", value: fields, appointed: fields !== 0, expiresAt: BigInt(expiresAt) });
  await touchProgramme(db, event.block);
});

ponder.on("PilotProgramme:ExpertFieldsSet", async ({ event, context }) => {
  const { db } = context;
  const { account, fields, expiresAt } = event.args;
  const who = lower(account);
  await updateAccount(db, who, () => ({ expertFields: fields, officeExpiresAt: BigInt(expiresAt) }));
  await db.insert(officeEvent).values({ ...at(event), account: who, office: "expert", value: fields, appointed: fields !== 0, expiresAt: BigInt(expiresAt) });
  await touchProgramme(db, event.block);
});

ponder.on("PilotProgramme:OfficeRenewed", async ({ event, context }) => {
  const { db } = context;
  const { account, expiresAt } = event.args;
  const who = lower(account);
  await updateAccount(db, who, () => ({ officeExpiresAt: BigInt(expiresAt) }));
  await db.insert(officeEvent).values({ ...at(event), account: who, office: "renewal", value: 0, appointed: true, expiresAt: BigInt(expiresAt) });
  await touchProgramme(db, event.block);
});
