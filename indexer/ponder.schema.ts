/**
 * The indexer's tables: every event of the suite, folded into rows the dApp and the terminal
 * tool can page, filter, search and sort on the server, plus aggregates the overview reads
 * without scanning the log. Enum columns hold the Solidity enum's number (see sdk/domain.ts).
 * Times are block timestamps in seconds; `block` columns are block numbers.
 *
 * This file is the contract between the indexer (src/handlers) and its readers (the dApp
 * through @ponder/client, the terminal tool through GraphQL/SQL): rename nothing lightly.
 */
import { index, onchainTable, primaryKey, relations, type PgColumnsBuilders } from "ponder";

/** One row (id = 1): totals, the pause flag and how far the index has got. */
export const programme = onchainTable("programme", (t) => ({
  id: t.integer().primaryKey(),
  paused: t.boolean().notNull(),
  zones: t.integer().notNull(),
  entities: t.integer().notNull(),
  projects: t.integer().notNull(),
  attestations: t.integer().notNull(),
  revocations: t.integer().notNull(),
  delegated: t.integer().notNull(),
  /** Current holder of DEFAULT_ADMIN_ROLE (the programme office), lower-case; null before the deployment's RoleGranted. */
  admin: t.hex(),
  /** Scheduled new programme admin (two-step transfer) and from when it may accept; null when none. */
  pendingAdmin: t.hex(),
  pendingAdminAt: t.bigint(),
  /** The account that may pause and nothing else (issue 10, `GuardianSet`), lower-case; null when none. */
  guardian: t.hex(),
  /** Last block whose events are folded in, and its timestamp. */
  lastBlock: t.bigint().notNull(),
  lastTime: t.bigint().notNull(),
}));

/** Counters kept up to date by the handlers: the overview's charts read these, never the log. */
export const stat = onchainTable(
  "stat",
  (t) => ({
    /**
     * What is counted (kept up to date by indexer/src/stats.ts; keys are decimal strings unless said):
     * - `projects.status`     projects by current status (ProjectStatus number)
     * - `projects.field`      projects by field id
     * - `attestations.zone`   attestations by zone id (revoked ones included)
     * - `attestations.field`  attestations by the project's field id (revoked included)
     * - `attestations.kind`   attestations by Kind number (revoked included)
     * - `attestations.day`    attestations by UTC day `YYYY-MM-DD` of their block (revoked included)
     * - `attestations.month`  attestations by UTC month `YYYY-MM` of their block (revoked included): the
     *                         overview's chart, by month or quarter, in one row a month at any size
     * - `revocations.day`     revocations by UTC day of the revoking block
     * - `revocations.kind`    revocations by the revoked attestation's Kind number
     * - `entities.type`       entities by EntityType number
     * - `entities.field`      entities taking part in each field id (an entity counts once per field)
     * - `entities.status`     entities by current EntityStatus number
     * - `zones.status`        zones by current ZoneStatus number
     * Buckets never seen are absent (read them as 0); a bucket emptied by status moves stays at 0.
     */
    metric: t.text().notNull(),
    /** The bucket: an enum number, an id, a UTC day `YYYY-MM-DD` or a UTC month `YYYY-MM`. */
    key: t.text().notNull(),
    value: t.integer().notNull(),
  }),
  (table) => ({ pk: primaryKey({ columns: [table.metric, table.key] }) }),
);

export const zone = onchainTable(
  "zone",
  (t) => ({
    id: t.integer().primaryKey(),
    name: t.text().notNull(),
    region: t.text().notNull(),
    metadataUri: t.text().notNull(),
    metadataHash: t.hex().notNull(),
    status: t.integer().notNull(),
    createdAt: t.bigint().notNull(),
    createdBlock: t.bigint().notNull(),
    entityCount: t.integer().notNull(),
    projectCount: t.integer().notNull(),
    attestationCount: t.integer().notNull(),
    /** Current administrators' accounts, lower-case. */
    admins: t.hex().array().notNull(),
  }),
  (table) => ({ nameIdx: index().on(table.name) }),
);

export const entity = onchainTable(
  "entity",
  (t) => ({
    id: t.integer().primaryKey(),
    zoneId: t.integer().notNull(),
    entityType: t.integer().notNull(),
    /** Bitmask of field ids. */
    fields: t.integer().notNull(),
    name: t.text().notNull(),
    /** `name` lower-cased, for case-insensitive search. */
    search: t.text().notNull(),
    metadataUri: t.text().notNull(),
    metadataHash: t.hex().notNull(),
    status: t.integer().notNull(),
    registeredAt: t.bigint().notNull(),
    projectCount: t.integer().notNull(),
    attestationCount: t.integer().notNull(),
    /** Current signers, lower-case (at most a few per entity). */
    signers: t.hex().array().notNull(),
  }),
  (table) => ({
    zoneIdx: index().on(table.zoneId),
    statusIdx: index().on(table.status),
    typeIdx: index().on(table.entityType),
  }),
);

export const project = onchainTable(
  "project",
  (t) => ({
    id: t.integer().primaryKey(),
    entityId: t.integer().notNull(),
    zoneId: t.integer().notNull(),
    field: t.integer().notNull(),
    proposer: t.hex().notNull(),
    title: t.text().notNull(),
    search: t.text().notNull(),
    metadataUri: t.text().notNull(),
    metadataHash: t.hex().notNull(),
    status: t.integer().notNull(),
    proposedAt: t.bigint().notNull(),
    updatedAt: t.bigint().notNull(),
    attestationCount: t.integer().notNull(),
    revokedCount: t.integer().notNull(),
    lastAttestationAt: t.bigint(),
  }),
  (table) => ({
    entityIdx: index().on(table.entityId),
    zoneIdx: index().on(table.zoneId),
    statusIdx: index().on(table.status),
    fieldIdx: index().on(table.field),
  }),
);

/** Shared columns of the history tables: where in the chain the event sits. */
const at = (t: PgColumnsBuilders) => ({
  block: t.bigint().notNull(),
  logIndex: t.integer().notNull(),
  time: t.bigint().notNull(),
  txHash: t.hex().notNull(),
});

export const zoneStatusChange = onchainTable(
  "zone_status_change",
  (t) => ({
    id: t.text().primaryKey(), // `${block}-${logIndex}`
    zoneId: t.integer().notNull(),
    status: t.integer().notNull(),
    by: t.hex().notNull(),
    ...at(t),
  }),
  (table) => ({ zoneIdx: index().on(table.zoneId) }),
);

export const entityStatusChange = onchainTable(
  "entity_status_change",
  (t) => ({
    id: t.text().primaryKey(),
    entityId: t.integer().notNull(),
    status: t.integer().notNull(),
    by: t.hex().notNull(),
    ...at(t),
  }),
  (table) => ({ entityIdx: index().on(table.entityId) }),
);

export const projectStatusChange = onchainTable(
  "project_status_change",
  (t) => ({
    id: t.text().primaryKey(),
    projectId: t.integer().notNull(),
    status: t.integer().notNull(),
    by: t.hex().notNull(),
    reason: t.text().notNull(),
    ...at(t),
  }),
  (table) => ({ projectIdx: index().on(table.projectId) }),
);

/** Signer keys with their history: one row per add and per removal. */
export const signerEvent = onchainTable(
  "signer_event",
  (t) => ({
    id: t.text().primaryKey(),
    entityId: t.integer().notNull(),
    account: t.hex().notNull(),
    added: t.boolean().notNull(),
    ...at(t),
  }),
  (table) => ({ entityIdx: index().on(table.entityId), accountIdx: index().on(table.account) }),
);

/** The current entitlements of an account (lower-case): what `getAccount` returns, from events. */
export const account = onchainTable("account", (t) => ({
  address: t.hex().primaryKey(),
  entityId: t.integer().notNull(),
  zoneAdminOf: t.integer().notNull(),
  regulatorFields: t.integer().notNull(),
  expertFields: t.integer().notNull(),
  /** Next EIP-712 nonce, as far as SignatureUsed / NonceIncreased tell. */
  nonce: t.bigint().notNull(),
  /**
   * When the account's offices expire (one term for all of them; a UTC midnight, seconds), from
   * ZoneAdminAppointed, RegulatorFieldsSet, ExpertFieldsSet and OfficeRenewed; 0 when never set. An
   * office is lapsed from this instant on (mirrors `getAccount().officeExpiryDay * 86400`).
   */
  officeExpiresAt: t.bigint().notNull(),
}));

/** Offices (zone administrator, regulator, expert) with their history. */
export const officeEvent = onchainTable(
  "office_event",
  (t) => ({
    id: t.text().primaryKey(),
    account: t.hex().notNull(),
    /** `zoneAdmin` | `regulator` | `expert` | `renewal` (every office of the account, OfficeRenewed). */
    office: t.text().notNull(),
    /** zoneAdmin: the zone id; regulator/expert: the new fields bitmask; renewal: 0. */
    value: t.integer().notNull(),
    /** zoneAdmin: appointed (true) or removed; regulator/expert: fields non-empty; renewal: true. */
    appointed: t.boolean().notNull(),
    /** The account's term after the event (seconds); null for a zone administrator's removal. */
    expiresAt: t.bigint(),
    ...at(t),
  }),
  (table) => ({ accountIdx: index().on(table.account), officeIdx: index().on(table.office) }),
);

export const attestation = onchainTable(
  "attestation",
  (t) => ({
    uid: t.hex().primaryKey(),
    /** Order in the log (0-based across the programme): stable paging key. */
    seq: t.integer().notNull(),
    projectId: t.integer().notNull(),
    entityId: t.integer().notNull(),
    zoneId: t.integer().notNull(),
    field: t.integer().notNull(),
    attester: t.hex().notNull(),
    kind: t.integer().notNull(),
    contentHash: t.hex().notNull(),
    refUid: t.hex(),
    uri: t.text().notNull(),
    delegated: t.boolean().notNull(),
    /** Who sent the transaction when delegated (the attester otherwise). */
    relayer: t.hex().notNull(),
    nonce: t.bigint(),
    revoked: t.boolean().notNull(),
    revoker: t.hex(),
    revokeReason: t.text(),
    revokedAt: t.bigint(),
    ...at(t),
  }),
  (table) => ({
    seqIdx: index().on(table.seq),
    projectIdx: index().on(table.projectId, table.seq),
    entityIdx: index().on(table.entityId, table.seq),
    zoneIdx: index().on(table.zoneId, table.seq),
    hashIdx: index().on(table.contentHash),
    attesterIdx: index().on(table.attester),
    refIdx: index().on(table.refUid),
  }),
);

export const nonceIncrease = onchainTable(
  "nonce_increase",
  (t) => ({
    id: t.text().primaryKey(),
    signer: t.hex().notNull(),
    oldNonce: t.bigint().notNull(),
    newNonce: t.bigint().notNull(),
    ...at(t),
  }),
  (table) => ({ signerIdx: index().on(table.signer) }),
);

/** Pause and unpause, and changes of the programme admin (OpenZeppelin's default-admin events). */
export const governanceEvent = onchainTable("governance_event", (t) => ({
  id: t.text().primaryKey(),
  /** Event name, e.g. `Paused`, `Unpaused`, `DefaultAdminTransferScheduled`, `RoleGranted`. */
  name: t.text().notNull(),
  account: t.hex(),
  /** The event's other arguments, JSON-encoded (bigints as strings). */
  args: t.text().notNull(),
  ...at(t),
}));

export const projectRelations = relations(project, ({ many, one }) => ({
  attestations: many(attestation),
  statusChanges: many(projectStatusChange),
  entity: one(entity, { fields: [project.entityId], references: [entity.id] }),
  zone: one(zone, { fields: [project.zoneId], references: [zone.id] }),
}));
export const attestationRelations = relations(attestation, ({ one }) => ({
  project: one(project, { fields: [attestation.projectId], references: [project.id] }),
}));
export const projectStatusChangeRelations = relations(projectStatusChange, ({ one }) => ({
  project: one(project, { fields: [projectStatusChange.projectId], references: [project.id] }),
}));
export const entityRelations = relations(entity, ({ many, one }) => ({
  projects: many(project),
  zone: one(zone, { fields: [entity.zoneId], references: [zone.id] }),
}));
export const zoneRelations = relations(zone, ({ many }) => ({ entities: many(entity) }));
