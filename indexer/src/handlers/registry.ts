/**
 * Registry events: zones and their administrators, entities and their signers, projects and
 * their status history. Counter columns and `stat` buckets move with every event.
 */
import { ponder } from "ponder:registry";
import { entity, entityStatusChange, project, projectStatusChange, signerEvent, zone, zoneStatusChange, officeEvent } from "ponder:schema";
import { updateAccount } from "../accounts";
import { at, bump, move, touchProgramme } from "../stats";

const lower = (a: `0x${string}`) => a.toLowerCase() as `0x${string}`;
const ZONE_ACTIVE = 1;
const ENTITY_ACTIVE = 1;
const PROJECT_PROPOSED = 1;

/** Field ids set in a bitmask. */
function fieldsOf(mask: number): number[] {
  const ids: number[] = [];
  for (let i = 0; i < 32; i++) if ((mask >>> i) & 1) ids.push(i);
  return ids;
}

ponder.on("PilotProgramme:ZoneCreated", async ({ event, context }) => {
  const { db } = context;
  const { zoneId, name, region, metadataURI, metadataHash } = event.args;
  await db.insert(zone).values({
    id: zoneId,
    name,
    region,
    metadataUri: metadataURI,
    metadataHash,
    status: ZONE_ACTIVE,
    createdAt: event.block.timestamp,
    createdBlock: event.block.number,
    entityCount: 0,
    projectCount: 0,
    attestationCount: 0,
    admins: [],
  });
  await bump(db, "zones.status", ZONE_ACTIVE);
  await touchProgramme(db, event.block, (p) => ({ zones: p.zones + 1 }));
});

ponder.on("PilotProgramme:ZoneStatusChanged", async ({ event, context }) => {
  const { db } = context;
  const { zoneId, status, by } = event.args;
  const before = await db.find(zone, { id: zoneId });
  if (before) await move(db, "zones.status", before.status, status);
  await db.update(zone, { id: zoneId }).set({ status });
  await db.insert(zoneStatusChange).values({ ...at(event), zoneId, status, by: lower(by) });
  await touchProgramme(db, event.block);
});

ponder.on("PilotProgramme:ZoneAdminAppointed", async ({ event, context }) => {
  const { db } = context;
  const { zoneId, account, expiresAt } = event.args;
  const address = lower(account);
  await db.update(zone, { id: zoneId }).set((z) => ({ admins: z.admins.includes(address) ? z.admins : [...z.admins, address] }));
  await updateAccount(db, address, () => ({ zoneAdminOf: zoneId, officeExpiresAt: BigInt(expiresAt) }));
  await db.insert(officeEvent).values({ ...at(event), account: address, office: "zoneAdmin", value: zoneId, appointed: true, expiresAt: BigInt(expiresAt) });
  await touchProgramme(db, event.block);
});

ponder.on("PilotProgramme:ZoneAdminRemoved", async ({ event, context }) => {
  const { db } = context;
  const { zoneId, account } = event.args;
  const address = lower(account);
  await db.update(zone, { id: zoneId }).set((z) => ({ admins: z.admins.filter((a) => a !== address) }));
  await updateAccount(db, address, () => ({ zoneAdminOf: 0 }));
  await db.insert(officeEvent).values({ ...at(event), account: address, office: "zoneAdmin", value: zoneId, appointed: false });
  await touchProgramme(db, event.block);
});

ponder.on("PilotProgramme:EntityRegistered", async ({ event, context }) => {
  const { db } = context;
  const { entityId, zoneId, entityType, fields, name, metadataURI, metadataHash } = event.args;
  await db.insert(entity).values({
    id: entityId,
    zoneId,
    entityType,
    fields,
    name,
    search: name.toLowerCase(),
    metadataUri: metadataURI,
    metadataHash,
    status: ENTITY_ACTIVE,
    registeredAt: event.block.timestamp,
    projectCount: 0,
    attestationCount: 0,
    signers: [],
  });
  await db.update(zone, { id: zoneId }).set((z) => ({ entityCount: z.entityCount + 1 }));
  await bump(db, "entities.type", entityType);
  await bump(db, "entities.status", ENTITY_ACTIVE);
  for (const field of fieldsOf(fields)) await bump(db, "entities.field", field);
  await touchProgramme(db, event.block, (p) => ({ entities: p.entities + 1 }));
});

ponder.on("PilotProgramme:EntityStatusChanged", async ({ event, context }) => {
  const { db } = context;
  const { entityId, status, by } = event.args;
  const before = await db.find(entity, { id: entityId });
  if (before) await move(db, "entities.status", before.status, status);
  await db.update(entity, { id: entityId }).set({ status });
  await db.insert(entityStatusChange).values({ ...at(event), entityId, status, by: lower(by) });
  await touchProgramme(db, event.block);
});

ponder.on("PilotProgramme:SignerAdded", async ({ event, context }) => {
  const { db } = context;
  const { entityId, account } = event.args;
  const address = lower(account);
  await db.update(entity, { id: entityId }).set((e) => ({ signers: e.signers.includes(address) ? e.signers : [...e.signers, address] }));
  await updateAccount(db, address, () => ({ entityId }));
  await db.insert(signerEvent).values({ ...at(event), entityId, account: address, added: true });
  await touchProgramme(db, event.block);
});

ponder.on("PilotProgramme:SignerRemoved", async ({ event, context }) => {
  const { db } = context;
  const { entityId, account } = event.args;
  const address = lower(account);
  await db.update(entity, { id: entityId }).set((e) => ({ signers: e.signers.filter((a) => a !== address) }));
  await updateAccount(db, address, () => ({ entityId: 0 }));
  await db.insert(signerEvent).values({ ...at(event), entityId, account: address, added: false });
  await touchProgramme(db, event.block);
});

ponder.on("PilotProgramme:ProjectProposed", async ({ event, context }) => {
  const { db } = context;
  const { projectId, entityId, zoneId, field, proposer, title, metadataURI, metadataHash } = event.args;
  await db.insert(project).values({
    id: projectId,
    entityId,
    zoneId,
    field,
    proposer: lower(proposer),
    title,
    search: title.toLowerCase(),
    metadataUri: metadataURI,
    metadataHash,
    status: PROJECT_PROPOSED,
    proposedAt: event.block.timestamp,
    updatedAt: event.block.timestamp,
    attestationCount: 0,
    revokedCount: 0,
    lastAttestationAt: null,
  });
  await db.update(entity, { id: entityId }).set((e) => ({ projectCount: e.projectCount + 1 }));
  await db.update(zone, { id: zoneId }).set((z) => ({ projectCount: z.projectCount + 1 }));
  await bump(db, "projects.status", PROJECT_PROPOSED);
  await bump(db, "projects.field", field);
  await touchProgramme(db, event.block, (p) => ({ projects: p.projects + 1 }));
});

/** Approvals, rejections, suspensions…, an acceptance attestation (Accepted) and its revocation (Active again). */
ponder.on("PilotProgramme:ProjectStatusChanged", async ({ event, context }) => {
  const { db } = context;
  const { projectId, status, by, reason } = event.args;
  const before = await db.find(project, { id: projectId });
  if (before) await move(db, "projects.status", before.status, status);
  await db.update(project, { id: projectId }).set({ status, updatedAt: event.block.timestamp });
  await db.insert(projectStatusChange).values({ ...at(event), projectId, status, by: lower(by), reason });
  await touchProgramme(db, event.block);
});
