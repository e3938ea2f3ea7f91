/**
 * The words the fill writes: document texts (only their SHA-256 goes on chain),
 * URIs and revocation reasons. Everything says FILL DATA: none of it is real.
 */
import { ATTESTATION_KINDS, type Kind } from "@pilot/sdk/domain";
import type { WorldProject } from "./world.js";

/** The document attested most often: a programme-wide standard every entity attests compliance with. */
export const BUSY_DOCUMENT =
  "FILL DATA (synthetic). Pilot Programme Data-Security Baseline 3.0: compliance statement template, " +
  "issued by the programme office. An entity attests this exact text as a milestone of each project that complies.";

/** Other shared documents, each attested now and then by entities of many projects. */
export const CIRCULARS = [
  "Circular 2024-01 on quarterly reporting formats",
  "Circular 2024-02 on personal-data minimisation in pilots",
  "Circular 2024-03 on cross-zone data exchange",
  "Circular 2024-04 on key management for signer accounts",
  "Circular 2025-01 on audit trails for government data sharing",
  "Circular 2025-02 on incident reporting",
  "Circular 2025-03 on open interfaces between pilot platforms",
  "Circular 2025-04 on archiving attested documents",
].map((title) => `FILL DATA (synthetic). ${title}: acknowledgement of receipt and implementation plan template.`);

export const FILL_REVOKE_REASONS = [
  "superseded by a corrected report",
  "filed against the wrong project",
  "document hash computed from a draft",
  "withdrawn at the entity's request",
  "contains personal data; replaced by a redacted version",
  "duplicate submission",
  "figures under audit; to be re-filed",
] as const;

export function documentText(seq: number, kind: Kind, p: Pick<WorldProject, "id" | "title" | "entityName">): string {
  return `FILL DATA (synthetic). ${ATTESTATION_KINDS[kind]} ${seq + 1} on project ${p.id} "${p.title}" of ${p.entityName}.`;
}

export function documentUri(seq: number, p: Pick<WorldProject, "key">, style: number): string {
  if (style === 0) return `urn:fill:document:${seq + 1}`;
  return `https://docs.example.org/pilot/${p.key}/${seq + 1}.pdf`;
}
