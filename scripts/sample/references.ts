/**
 * Cross-reference checks of a sample file whose shape is already valid: every
 * key it points at exists, every account holds the role its action needs (the
 * same rules the contracts enforce), and the story is in an order the chain
 * accepts. Returns the first problem as `{ path, message }`, or null.
 */
import { FIELDS, KINDS, kindRule } from "@pilot/sdk/domain";
import type { Sample, SampleAccount, SampleAttestation, SampleEntity, SampleProject } from "./schema.js";

export interface Problem {
  path: (string | number)[];
  message: string;
}

type Path = Problem["path"];

class Found extends Error {
  constructor(readonly problem: Problem) {
    super(problem.message);
  }
}

function fail(path: Path, message: string): never {
  throw new Found({ path, message });
}

function indexByKey<T>(items: readonly T[], keyOf: (item: T) => string, collection: string, keyName: string): Map<string, T> {
  const map = new Map<string, T>();
  items.forEach((item, i) => {
    const k = keyOf(item);
    if (map.has(k)) fail([collection, i, keyName], `duplicate ${keyName} "${k}"`);
    map.set(k, item);
  });
  return map;
}

/** The kinds a project still Proposed (or Rejected, never approved) takes: sdk/domain's KINDS table. */
const WHILE_PROPOSED = new Set<string>(KINDS.filter((k) => k.whileProposed).map((k) => k.label));

export function findReferenceProblem(sample: Sample): Problem | null {
  try {
    checkAll(sample);
    return null;
  } catch (error) {
    if (error instanceof Found) return error.problem;
    throw error;
  }
}

function checkAll(sample: Sample): void {
  sample.fields.forEach((f, i) => {
    const expected = FIELDS[i];
    if (!expected || expected.key !== f.key) {
      fail(["fields", i, "key"], `expected "${expected?.key ?? "(none)"}" (fields must list sdk/domain.ts FIELDS in order)`);
    }
  });
  if (sample.fields.length !== FIELDS.length) fail(["fields"], `expected ${FIELDS.length} fields, found ${sample.fields.length}`);

  const accounts = indexByKey(sample.accounts, (a) => a.label, "accounts", "label");
  const zones = indexByKey(sample.zones, (z) => z.key, "zones", "key");
  const entities = indexByKey(sample.entities, (e) => e.key, "entities", "key");
  const projects = indexByKey(sample.projects, (p) => p.key, "projects", "key");

  const account = (path: Path, lbl: string): SampleAccount => accounts.get(lbl) ?? fail(path, `unknown account "${lbl}"`);

  // -- accounts: HD index 0 deploys the suite and is the programme office
  if (sample.accounts[0]?.role !== "programmeAdmin") fail(["accounts", 0, "role"], 'the first account must be the "programmeAdmin"');
  const zoneAdmins = new Map<string, string>();
  sample.accounts.forEach((a, i) => {
    if (i > 0 && a.role === "programmeAdmin") fail(["accounts", i, "role"], "only one programmeAdmin (the first account)");
    if (a.role === "zoneAdmin") {
      if (!zones.has(a.zone)) fail(["accounts", i, "zone"], `unknown zone "${a.zone}"`);
      if (zoneAdmins.has(a.zone)) fail(["accounts", i, "zone"], `zone "${a.zone}" already has an administrator`);
      zoneAdmins.set(a.zone, a.label);
    }
    if (a.role === "signer" && !entities.has(a.entity)) fail(["accounts", i, "entity"], `unknown entity "${a.entity}"`);
    if ((a.role === "regulator" || a.role === "expert") && new Set(a.fields).size !== a.fields.length) {
      fail(["accounts", i, "fields"], "lists a field twice");
    }
  });
  sample.zones.forEach((z, i) => {
    if (!zoneAdmins.has(z.key)) fail(["zones", i], `zone "${z.key}" has no zoneAdmin account`);
  });

  // -- entities
  const signerOf = new Map<string, string>();
  sample.entities.forEach((e, i) => {
    if (!zones.has(e.zone)) fail(["entities", i, "zone"], `unknown zone "${e.zone}"`);
    if (new Set(e.fields).size !== e.fields.length) fail(["entities", i, "fields"], "lists a field twice");
    if (e.fictional && !e.name.startsWith("Fictional ")) fail(["entities", i, "name"], 'a fictional entity\'s name must start with "Fictional "');
    e.signers.forEach((lbl, j) => {
      const a = account(["entities", i, "signers", j], lbl);
      if (a.role !== "signer" || a.entity !== e.key) {
        fail(["entities", i, "signers", j], `account "${lbl}" is not a signer account of entity "${e.key}"`);
      }
      if (signerOf.has(lbl)) fail(["entities", i, "signers", j], `account "${lbl}" already signs for "${signerOf.get(lbl)}"`);
      signerOf.set(lbl, e.key);
    });
  });
  sample.accounts.forEach((a, i) => {
    if (a.role === "signer" && signerOf.get(a.label) !== a.entity) {
      fail(["accounts", i, "entity"], `account "${a.label}" is not listed in the signers of entity "${a.entity}"`);
    }
  });

  // -- projects
  const zoneOfProject = (p: SampleProject): string => (entities.get(p.entity) as SampleEntity).zone;
  sample.projects.forEach((p, i) => {
    const e = entities.get(p.entity) ?? fail(["projects", i, "entity"], `unknown entity "${p.entity}"`);
    if (!e.fields.includes(p.field)) fail(["projects", i, "field"], `field "${p.field}" is not one of entity "${e.key}"'s fields`);
    const needsChange = p.status === "Rejected" || p.status === "Suspended" || p.status === "Terminated";
    if (needsChange && !p.statusChange) fail(["projects", i, "statusChange"], `required for status "${p.status}" (who and why)`);
    if (!needsChange && p.statusChange) fail(["projects", i, "statusChange"], `not allowed for status "${p.status}"`);
    if (p.statusChange) {
      const by = account(["projects", i, "statusChange", "by"], p.statusChange.by);
      const zoneAuthority = by.role === "programmeAdmin" || (by.role === "zoneAdmin" && by.zone === e.zone);
      const regulator = by.role === "regulator" && by.fields.includes(p.field);
      if (!(zoneAuthority || (p.status !== "Rejected" && regulator))) {
        fail(["projects", i, "statusChange", "by"], `account "${by.label}" may not set project "${p.key}" to ${p.status}`);
      }
    }
  });

  // -- attestations, in file order (the order they are recorded)
  const seen = new Map<string, SampleAttestation>();
  const documents = new Map<string, string>();
  const acceptances = new Map<string, number>();
  sample.attestations.forEach((a, i) => {
    const at = (...rest: Path): Path => ["attestations", i, ...rest];
    if (seen.has(a.key)) fail(at("key"), `duplicate key "${a.key}"`);
    const p = projects.get(a.project) ?? fail(at("project"), `unknown project "${a.project}"`);
    if (acceptances.has(p.key)) fail(at("project"), `project "${p.key}" was already accepted (attestations[${acceptances.get(p.key)}])`);
    if ((p.status === "Proposed" || p.status === "Rejected") && !WHILE_PROPOSED.has(a.kind)) {
      fail(at("kind"), `a ${a.kind} cannot be recorded on project "${p.key}", which is never approved (${p.status})`);
    }
    checkIssuer(at("attester"), account(at("attester"), a.attester), a.kind, p, zoneOfProject(p));
    if (a.ref !== undefined) {
      const ref = seen.get(a.ref) ?? fail(at("ref"), `"${a.ref}" is not an earlier attestation`);
      if (ref.project !== a.project) fail(at("ref"), `"${a.ref}" is about project "${ref.project}", not "${a.project}"`);
    }
    if (a.delegated) {
      const relayer = account(at("delegated", "relayer"), a.delegated.relayer);
      if (relayer.label === a.attester) fail(at("delegated", "relayer"), "the relayer must be another account than the attester");
    }
    if (a.revoked) {
      if (a.kind === "Acceptance") fail(at("revoked"), "an acceptance is not revoked in the sample (it would reopen the project)");
      const by = account(at("revoked", "by"), a.revoked.by);
      const allowed =
        by.label === a.attester || (by.role === "zoneAdmin" && by.zone === zoneOfProject(p)) || (by.role === "regulator" && by.fields.includes(p.field));
      if (!allowed) fail(at("revoked", "by"), `account "${by.label}" may not revoke an attestation about project "${p.key}"`);
    }
    const prior = documents.get(a.document);
    if (prior !== undefined) fail(at("document"), `same document as ${prior} (content hashes must be unique)`);
    documents.set(a.document, `attestations[${i}]`);
    if (a.kind === "Acceptance") acceptances.set(p.key, i);
    seen.set(a.key, a);
  });
  sample.projects.forEach((p, i) => {
    if (p.status === "Accepted" && !acceptances.has(p.key)) fail(["projects", i, "status"], `"Accepted" needs an Acceptance attestation of project "${p.key}"`);
    if (p.status !== "Accepted" && acceptances.has(p.key)) {
      fail(["projects", i, "status"], `project "${p.key}" has an Acceptance (attestations[${acceptances.get(p.key)}]) but status "${p.status}"`);
    }
  });
}

function checkIssuer(path: Path, a: SampleAccount, kind: string, p: SampleProject, zone: string): void {
  const issuer = kindRule(kind)?.issuer ?? "regulator";
  if (issuer === "entity") {
    if (a.role !== "signer" || a.entity !== p.entity)
      fail(path, `"${a.label}" may not issue a ${kind} on project "${p.key}" (needs a signer of entity "${p.entity}")`);
  } else if (issuer === "zoneAdmin") {
    if (a.role !== "zoneAdmin" || a.zone !== zone)
      fail(path, `"${a.label}" may not issue a Review on project "${p.key}" (needs the administrator of zone "${zone}")`);
  } else if (issuer === "expert") {
    if (a.role !== "expert" || !a.fields.includes(p.field))
      fail(path, `"${a.label}" may not issue an Expert opinion on project "${p.key}" (needs an expert in "${p.field}")`);
  } else if (a.role !== "regulator" || !a.fields.includes(p.field)) {
    fail(path, `"${a.label}" may not issue an ${kind} on project "${p.key}" (needs a regulator of "${p.field}")`);
  }
}
