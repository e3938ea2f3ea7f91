/**
 * The programme as the fill finds it: the sample, seeded (scripts/seed), at the
 * end of its story. Pure: ids follow the sample's order (the seeder creates
 * zones, entities and projects in file order), statuses are the sample's final
 * ones, and each project knows who may attest which kind about it (the rules
 * the contracts enforce: sdk/domain.ts KINDS).
 */
import { Kind, projectTakesKind } from "@pilot/sdk/domain";
import type { Hex } from "@pilot/sdk/eip712";
import { sha256Sync } from "@pilot/sdk/hashing";
import { attestationUid } from "@pilot/sdk/uid";
import type { Sample } from "../sample/schema.js";

export interface WorldProject {
  id: number;
  key: string;
  title: string;
  entityId: number;
  entityName: string;
  zoneId: number;
  zoneName: string;
  /** Field key, e.g. "health". */
  field: string;
  /** The status at the end of the sample; the fill may accept some. */
  status: Sample["projects"][number]["status"];
  /** Account labels allowed to issue each kind about this project (empty: nobody). */
  issuers: Record<Kind, readonly string[]>;
  /** Account labels allowed to revoke someone else's attestation about it: its zone's administrator, its field's regulators. */
  revokers: readonly string[];
  /** The sample's attestations about it, oldest first (uids on chain). */
  sampleUids: readonly Hex[];
}

export interface FillWorld {
  /** Every project of the sample, id order (id = index + 1). */
  projects: readonly WorldProject[];
  /**
   * The offices the fill acts through (zone administrators, experts, regulators that issue or revoke
   * about an open project), labels in first-use order: their terms must not lapse while the fill writes.
   */
  officials: readonly string[];
  /** Attestations the seeded sample holds. */
  sampleAttestations: number;
}

/** True when the chain takes attestations of `kind` about `p` (ProjectRegistry/AttestationLog rules). */
export function isOpenFor(p: Pick<WorldProject, "status">, kind: Kind): boolean {
  return projectTakesKind(p.status, kind);
}

export function fillWorld(sample: Sample): FillWorld {
  const zoneIndex = new Map(sample.zones.map((z, i) => [z.key, { id: i + 1, zone: z }]));
  const entityIndex = new Map(sample.entities.map((e, i) => [e.key, { id: i + 1, entity: e }]));
  const zoneAdmin = new Map<string, string>();
  const experts: { label: string; fields: readonly string[] }[] = [];
  const regulators: { label: string; fields: readonly string[] }[] = [];
  for (const a of sample.accounts) {
    if (a.role === "zoneAdmin") zoneAdmin.set(a.zone, a.label);
    if (a.role === "expert") experts.push(a);
    if (a.role === "regulator") regulators.push(a);
  }
  const uidsByProject = new Map<string, Hex[]>();
  for (const a of sample.attestations) {
    const list = uidsByProject.get(a.project) ?? [];
    list.push(attestationUid(sha256Sync(a.document), 0)); // every sample document is unique (references.ts)
    uidsByProject.set(a.project, list);
  }

  const projects = sample.projects.map((p, i): WorldProject => {
    const { id: entityId, entity } = entityIndex.get(p.entity) ?? fail(`projects[${i}]: unknown entity ${p.entity}`);
    const { id: zoneId, zone } = zoneIndex.get(entity.zone) ?? fail(`entities: unknown zone ${entity.zone}`);
    // an attestation also needs its zone and entity active: otherwise nobody may attest at all
    const live = zone.status === "Active" && entity.status === "Active";
    const only = (labels: readonly string[]) => (live ? labels : []);
    const admin = zoneAdmin.get(entity.zone);
    const fieldExperts = experts.filter((x) => x.fields.includes(p.field)).map((x) => x.label);
    const fieldRegulators = regulators.filter((x) => x.fields.includes(p.field)).map((x) => x.label);
    return {
      id: i + 1,
      key: p.key,
      title: p.title,
      entityId,
      entityName: entity.name,
      zoneId,
      zoneName: zone.name,
      field: p.field,
      status: p.status,
      issuers: {
        [Kind.ProgressReport]: only(entity.signers),
        [Kind.Milestone]: only(entity.signers),
        [Kind.Review]: only(admin ? [admin] : []),
        [Kind.ExpertOpinion]: only(fieldExperts),
        [Kind.Evaluation]: only(fieldRegulators),
        [Kind.Acceptance]: only(fieldRegulators),
      },
      revokers: [...(admin ? [admin] : []), ...fieldRegulators],
      sampleUids: uidsByProject.get(p.key) ?? [],
    };
  });
  const officials = new Set<string>();
  for (const p of projects) {
    if (Object.values(p.issuers).every((labels) => labels.length === 0)) continue; // zone or entity not active: the fill never writes about it
    for (const kind of [Kind.Review, Kind.ExpertOpinion, Kind.Evaluation, Kind.Acceptance]) for (const label of p.issuers[kind]) officials.add(label);
    for (const label of p.revokers) officials.add(label);
  }
  return { projects, officials: [...officials], sampleAttestations: sample.attestations.length };
}

function fail(message: string): never {
  throw new Error(message);
}
