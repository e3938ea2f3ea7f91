import type { HardhatRuntimeEnvironment } from "hardhat/types/hre";
import { Kind, PROJECT_STATUSES } from "../../../sdk/domain.js";
import { fieldLabel, kindLabel } from "../../../sdk/errors.js";
import { runAction, type ActionResult } from "../../lib/cli/cli-error.js";
import { openProgramme } from "../../lib/cli/context.js";
import { isoTime, print, toJson } from "../../lib/cli/format.js";
import { fetchEvents } from "../../lib/cli/logs.js";
import { contentHashFrom } from "../../lib/cli/parse.js";

interface Args {
  file?: string;
  hash?: string;
  json: boolean;
}

interface Finding {
  uid: string;
  kind: string;
  attester: string;
  actingAs: string;
  entity?: { id: number; name: string };
  project: { id: number; title: string; status: string; zone: string };
  time: string;
  uri: string;
  ref: string;
  revoked: boolean;
  revokedBy?: string;
  revokeReason?: string;
}

const PAGE = 200;

/**
 * Exit code 0 only when the document has at least one valid (unrevoked)
 * attestation; 1 when it has none (never attested, or every one revoked) or on error.
 */
export default async function verifyDocument(args: Args, hre: HardhatRuntimeEnvironment): Promise<ActionResult<Finding[]>> {
  const result = await runAction(async () => {
    const { hash, source } = await contentHashFrom(args);
    const ctx = await openProgramme(hre);
    const count = Number(await ctx.programme.attestationCount(hash));
    const records = [];
    for (let offset = 0; offset < count; offset += PAGE) records.push(...(await ctx.programme.attestationsOf(hash, offset, PAGE)));
    const uids = records.map((r) => r.uid);
    const attested = uids.length ? await fetchEvents(ctx, { events: ["Attested"], topics: [uids] }) : [];
    const revoked = uids.length ? await fetchEvents(ctx, { events: ["Revoked"], topics: [uids] }) : [];
    const eventOf = new Map(attested.map((a) => [String(a.event.args.uid), a.event]));
    const revocationOf = new Map(revoked.map((r) => [String(r.event.args.uid), r.event]));

    const findings: Finding[] = [];
    for (const r of records) {
      const p = await ctx.programme.getProject(r.projectId);
      const zone = await ctx.programme.getZone(p.zoneId);
      const kind = Number(r.kind);
      let actingAs: string;
      let entity: Finding["entity"];
      if (kind <= Kind.Milestone) {
        const e = await ctx.programme.getEntity(p.entityId);
        entity = { id: Number(e.id), name: e.name };
        actingAs = `signer of entity #${e.id} "${e.name}"`;
      } else if (kind === Kind.Review) actingAs = `administrator of zone ${zone.name}`;
      else if (kind === Kind.ExpertOpinion) actingAs = `expert in ${fieldLabel(p.field)}`;
      else actingAs = `regulator of ${fieldLabel(p.field)}`;
      const ev = eventOf.get(r.uid);
      const rev = revocationOf.get(r.uid);
      findings.push({
        uid: r.uid, kind: kindLabel(kind), attester: r.attester, actingAs, entity,
        project: { id: Number(p.id), title: p.title, status: PROJECT_STATUSES[Number(p.status)], zone: zone.name },
        time: isoTime(r.time), uri: ev ? String(ev.args.uri) : "", ref: ev ? String(ev.args.refUID) : "",
        revoked: r.revoked, revokedBy: rev ? String(rev.args.revoker) : undefined,
        revokeReason: rev ? String(rev.args.reason) : r.revoked ? "(reason not found in logs)" : undefined,
      });
    }
    const valid = findings.filter((f) => !f.revoked).length;
    if (args.json) print(toJson({ contentHash: hash, chainId: ctx.chainId, valid: valid > 0, attestations: findings }));
    else {
      print(`document ${hash} (${source})`);
      if (findings.length === 0) print(`NOT ATTESTED on chain ${ctx.chainId}: no attestation carries this hash`);
      else if (valid === 0) print(`NOT VALID: all ${findings.length} attestation(s) of this document are revoked`);
      else print(`ATTESTED: ${valid} valid attestation(s)${findings.length > valid ? `, ${findings.length - valid} revoked` : ""}`);
      for (const f of findings) {
        print(`- ${f.revoked ? "REVOKED " : ""}${f.kind} on ${f.time}, project #${f.project.id} "${f.project.title}" (${f.project.status}, zone ${f.project.zone})`);
        print(`    by ${f.attester}, ${f.actingAs}`);
        print(`    uid ${f.uid}${f.uri ? `  uri ${f.uri}` : ""}`);
        if (f.revoked) print(`    revoked by ${f.revokedBy ?? "?"}: ${f.revokeReason}`);
      }
    }
    return { findings, valid };
  });
  if (!result.success) return result;
  const { findings, valid } = result.value;
  if (valid === 0) return { success: false, error: findings.length ? "every attestation is revoked" : "not attested" };
  return { success: true, value: findings };
}
