/**
 * The shape of the sample programme file (data/sample-programme.json), as a
 * zod schema. Enumerations come from the shared vocabulary (sdk/domain.ts), so
 * the file, the contracts' clients and the dApp cannot drift apart.
 * Cross-references (entity -> zone, attestation -> project, ...) are checked
 * by references.ts once the shape is right; validate.ts runs both.
 */
import { z } from "zod";
import { ATTESTATION_KINDS, ENTITY_TYPES, FIELDS, PROJECT_STATUSES, type FieldKey } from "@pilot/sdk/domain";

export const SAMPLE_FORMAT = "pilot-programme/sample@1" as const;

export type EntityTypeLabel = (typeof ENTITY_TYPES)[number];
export type KindLabel = (typeof ATTESTATION_KINDS)[number];
export type ProjectStatusLabel = Exclude<(typeof PROJECT_STATUSES)[number], "None">;

const FIELD_KEYS: ReadonlySet<string> = new Set(FIELDS.map((f) => f.key));

/** A string from a fixed list, with a message that names the bad value. */
function oneOf<T extends string>(what: string, values: readonly T[]) {
  const set: ReadonlySet<string> = new Set(values);
  return z.string().refine(
    (v): v is T => set.has(v),
    (v) => ({ message: `unknown ${what} "${v}" (expected one of: ${values.join(", ")})` }),
  );
}

const fieldKey = z.string().refine(
  (v): v is FieldKey => FIELD_KEYS.has(v),
  (v) => ({ message: `unknown field "${v}"` }),
);

const key = z.string().regex(/^[a-z0-9][a-z0-9-]*$/, "must be lower-case letters, digits and dashes");
const label = z.string().min(1, "must not be empty");
const text = z.string().trim().min(1, "must not be empty");
const fieldList = z.array(fieldKey).min(1, "needs at least one field");

const office = { label, name: text };
export const AccountSchema = z.discriminatedUnion("role", [
  z.object({ ...office, role: z.literal("programmeAdmin") }).strict(),
  z.object({ ...office, role: z.literal("relayer") }).strict(),
  z.object({ ...office, role: z.literal("regulator"), fields: fieldList }).strict(),
  z.object({ ...office, role: z.literal("expert"), fields: fieldList }).strict(),
  z.object({ ...office, role: z.literal("zoneAdmin"), zone: key }).strict(),
  z.object({ ...office, role: z.literal("signer"), entity: key }).strict(),
]);

export const ZoneSchema = z
  .object({
    key,
    name: text,
    region: text,
    /** Status at the end of the sample (zones start Active). */
    status: oneOf("zone status", ["Active", "Suspended"] as const),
  })
  .strict();

export const EntitySchema = z
  .object({
    key,
    name: text,
    zone: key,
    type: oneOf("entity type", ENTITY_TYPES),
    fields: fieldList,
    /** Account labels signing for the entity (first = primary key). */
    signers: z.array(label).min(1, "needs at least one signer"),
    /** Status at the end of the sample (entities start Active). */
    status: oneOf("entity status", ["Active", "Suspended"] as const),
    /** False only for participants named in public reports. */
    fictional: z.boolean(),
    /** Short description; its SHA-256 becomes the entity's metadata hash. */
    description: text,
  })
  .strict();

const PROJECT_STATUS_LABELS = PROJECT_STATUSES.filter((s): s is ProjectStatusLabel => s !== "None");

export const ProjectSchema = z
  .object({
    key,
    entity: key,
    field: fieldKey,
    title: text,
    summary: text,
    status: oneOf("project status", PROJECT_STATUS_LABELS),
    /** Who moved it to Rejected / Suspended / Terminated, and why (absent otherwise). */
    statusChange: z.object({ by: label, reason: text }).strict().optional(),
  })
  .strict();

export const AttestationSchema = z
  .object({
    key,
    project: key,
    kind: oneOf("attestation kind", ATTESTATION_KINDS),
    attester: label,
    /** Synthetic document text; the seeder hashes it (SHA-256) and never uploads it. */
    document: text,
    uri: z.string().optional(),
    /** An earlier attestation of the same project this one amends or answers. */
    ref: key.optional(),
    /** Signed by the attester (EIP-712), submitted by `relayer` with attestBySig. */
    delegated: z.object({ relayer: label }).strict().optional(),
    revoked: z.object({ by: label, reason: text }).strict().optional(),
  })
  .strict();

export const SampleSchema = z
  .object({
    format: z.literal(SAMPLE_FORMAT),
    notice: z.string().refine((v) => v.includes("SAMPLE DATA"), { message: 'must say "SAMPLE DATA"' }),
    seed: z.number().int(),
    fields: z.array(z.object({ key: fieldKey, label: text, category: text }).strict()),
    accounts: z.array(AccountSchema).min(1),
    zones: z.array(ZoneSchema).min(1),
    entities: z.array(EntitySchema),
    projects: z.array(ProjectSchema),
    attestations: z.array(AttestationSchema),
  })
  .strict();

export type Sample = z.infer<typeof SampleSchema>;
export type SampleAccount = z.infer<typeof AccountSchema>;
export type SampleZone = z.infer<typeof ZoneSchema>;
export type SampleEntity = z.infer<typeof EntitySchema>;
export type SampleProject = z.infer<typeof ProjectSchema>;
export type SampleAttestation = z.infer<typeof AttestationSchema>;
