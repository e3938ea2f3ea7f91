import type { HardhatRuntimeEnvironment } from "hardhat/types/hre";
import { KIND_ISSUER, Kind, PROJECT_STATUSES } from "@pilot/sdk/domain";
import { fieldLabel, kindLabel } from "@pilot/sdk/errors";
import { type ActionResult } from "../runtime/cli-error.js";
import { runAction } from "../runtime/run-action.js";
import { openProgramme } from "../runtime/context.js";
import { isoTime, print, toJson } from "../runtime/format.js";
import { fetchEvents } from "../runtime/logs.js";
import { contentHashFrom } from "../runtime/parse.js";
import { cliPageSize } from "../runtime/page-size.js";
import { readStandings, standingLabel, standingNote } from "../runtime/standing.js";
import { readAllAttestationsOf, verdictOf, type ProgrammeRead } from "@pilot/sdk/onchainVerdict";
import type { Hex } from "@pilot/sdk/eip712";

interface Args {
  file?: string;
  hash?: string;
  json: boolean;
}

interface Finding {
  uid: string;
  kind: string;
  attester: string;
  /** "former signer" / "former office" when the attester no longer holds the role it issued with (state at `block`); "" when it does. */
  attesterStanding: string;
  actingAs: string;
  entity?: { id: number; name: string };
  project: { id: number; title: string; status: string; zone: string };
  time: string;
  uri: string;
  ref: string;
  revoked: boolean;
  revokedBy?: string;
  /** "former signer" / "former office" when the revoker no longer holds what let it revoke; "" when it does. */
  revokedByStanding?: string;
  revokeReason?: string;
}

/**
 * Exit code 0 only when the document has at least one valid (unrevoked)
 * attestation; 1 when it has none (never attested, or every one revoked) or on error.
 */
export default async function verifyDocument(args: Args, hre: HardhatRuntimeEnvironment): Promise<ActionResult<Finding[]>> {
  const result = await runAction(async () => {
    const { hash, source } = await contentHashFrom(args);
    const ctx = await openProgramme(hre);
    // one state for every read: the block the count was read at
    const blockTag = await ctx.connection.ethers.provider.getBlockNumber();
    const readProgramme: ProgrammeRead = (fn, a) =>
      fn === "attestationCount"
        ? ctx.programme.attestationCount(a[0] as string, { blockTag })
        : ctx.programme.attestationsOf(a[0] as string, a[1] as bigint, a[2] as bigint, { blockTag });
    // the count, then every page of attestationsOf: never a verdict from a first page alone
    const { records } = await readAllAttestationsOf(readProgramme, hash as Hex, { pageSize: cliPageSize("attestationsOf") });
    const uids = records.map((r) => r.uid);
    const window = { toBlock: blockTag };
    const attested = uids.length ? await fetchEvents(ctx, { events: ["Attested"], topics: [uids], ...window }) : [];
    const revoked = uids.length ? await fetchEvents(ctx, { events: ["Revoked"], topics: [uids], ...window }) : [];
    const eventOf = new Map(attested.map((a) => [String(a.event.args.uid), a.event]));
    const revocationOf = new Map(revoked.map((r) => [String(r.event.args.uid), r.event]));

    // a document attested many times is mostly about few projects: read each project, zone and entity once
    const cached = <K, V>(load: (key: K) => Promise<V>) => {
      const seen = new Map<K, Promise<V>>();
      return (key: K) => {
        let v = seen.get(key);
        if (!v) seen.set(key, (v = load(key)));
        return v;
      };
    };
    const projectOf = cached((id: number) => ctx.programme.getProject(id, { blockTag }));
    const zoneOf = cached((id: bigint) => ctx.programme.getZone(id, { blockTag }));
    const entityOf = cached((id: bigint) => ctx.programme.getEntity(id, { blockTag }));

    // each distinct attester and revoker once: do they still hold the role? (state at the same block)
    const standings = await readStandings(ctx, [...records.map((r) => r.attester), ...revoked.map((r) => String(r.event.args.revoker))], blockTag);

    const findings: Finding[] = [];
    for (const r of records) {
      const p = await projectOf(r.projectId);
      const zone = await zoneOf(p.zoneId);
      const kind = r.kind;
      let actingAs: string;
      let entity: Finding["entity"];
      const issuer = KIND_ISSUER[kind as Kind] ?? "regulator";
      if (issuer === "entity") {
        const e = await entityOf(p.entityId);
        entity = { id: Number(e.id), name: e.name };
        actingAs = `signer of entity #${e.id} "${e.name}"`;
      } else if (issuer === "zoneAdmin") actingAs = `administrator of zone ${zone.name}`;
      else if (issuer === "expert") actingAs = `expert in ${fieldLabel(p.field)}`;
      else actingAs = `regulator of ${fieldLabel(p.field)}`;
      const ev = eventOf.get(r.uid);
      const rev = revocationOf.get(r.uid);
      const scope = { entityId: Number(p.entityId), zoneId: Number(p.zoneId), field: Number(p.field) };
      findings.push({
        uid: r.uid,
        kind: kindLabel(kind),
        attester: r.attester,
        attesterStanding: standingLabel(standings.attester(r.attester, kind, scope)),
        actingAs,
        entity,
        project: { id: Number(p.id), title: p.title, status: PROJECT_STATUSES[Number(p.status)], zone: zone.name },
        time: isoTime(r.time),
        uri: ev ? String(ev.args.uri) : "",
        ref: ev ? String(ev.args.refUID) : "",
        revoked: r.revoked,
        revokedBy: rev ? String(rev.args.revoker) : undefined,
        revokedByStanding: rev ? standingLabel(standings.revoker(String(rev.args.revoker), r.attester, kind, scope)) : undefined,
        revokeReason: rev ? String(rev.args.reason) : r.revoked ? "(reason not found in logs)" : undefined,
      });
    }
    const { valid } = verdictOf(records); // from every record: the count, then every page
    if (args.json)
      print(
        toJson({
          contentHash: hash,
          chainId: ctx.chainId,
          block: blockTag,
          valid: valid > 0,
          count: findings.length,
          validCount: valid,
          revokedCount: findings.length - valid,
          attestations: findings,
        }),
      );
    else {
      print(`document ${hash} (${source})`);
      if (findings.length === 0) print(`NOT ATTESTED on chain ${ctx.chainId}: no attestation carries this hash`);
      else if (valid === 0) print(`NOT VALID: all ${findings.length} attestation(s) of this document are revoked`);
      else print(`ATTESTED: ${valid} valid attestation(s)${findings.length > valid ? `, ${findings.length - valid} revoked` : ""}`);
      for (const f of findings) {
        print(
          `- ${f.revoked ? "REVOKED " : ""}${f.kind} on ${f.time}, project #${f.project.id} "${f.project.title}" (${f.project.status}, zone ${f.project.zone})`,
        );
        print(`    by ${f.attester}, ${f.actingAs}${standingNote(f.attesterStanding)}`);
        print(`    uid ${f.uid}${f.uri ? `  uri ${f.uri}` : ""}`);
        if (f.revoked) print(`    revoked by ${f.revokedBy ?? "?"}${standingNote(f.revokedByStanding)}: ${f.revokeReason}`);
      }
    }
    return { findings, valid };
  });
  if (!result.success) return result;
  const { findings, valid } = result.value;
  if (valid === 0) return { success: false, error: findings.length ? "every attestation is revoked" : "not attested" };
  return { success: true, value: findings };
}
