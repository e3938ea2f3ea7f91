import type { HardhatRuntimeEnvironment } from "hardhat/types/hre";
import { PROJECT_STATUSES } from "@pilot/sdk/domain";
import { fieldLabel, kindLabel } from "@pilot/sdk/errors";
import { runAction } from "../runtime/run-action.js";
import { openProgramme, read } from "../runtime/context.js";
import { isoTime, print, toJson } from "../runtime/format.js";
import { blockClock, fetchEvents } from "../runtime/logs.js";
import { parseId } from "../runtime/parse.js";
import { readStandings, standingLabel, standingNote } from "../runtime/standing.js";

interface Args {
  id?: string;
  json: boolean;
}

interface TimelineItem {
  type: "status" | "attestation";
  time: string;
  block: number;
  status?: string;
  by?: string;
  reason?: string;
  uid?: string;
  kind?: string;
  attester?: string;
  /** "former signer" / "former office" when the attester no longer holds the role it issued with; "" when it does. */
  attesterStanding?: string;
  contentHash?: string;
  uri?: string;
  ref?: string;
  revoked?: boolean;
  revokedBy?: string;
  /** "former signer" / "former office" when the revoker no longer holds what let it revoke; "" when it does. */
  revokedByStanding?: string;
  revokeReason?: string;
}

export default function project(args: Args, hre: HardhatRuntimeEnvironment) {
  return runAction(async () => {
    const id = parseId(args.id, "id");
    const ctx = await openProgramme(hre);
    const p = await read(ctx, () => ctx.programme.getProject(id));
    const entity = await ctx.programme.getEntity(p.entityId);
    const zone = await ctx.programme.getZone(p.zoneId);
    const idTopic = `0x${id.toString(16).padStart(64, "0")}`;
    const clock = blockClock(ctx);

    const attested = await fetchEvents(ctx, { events: ["Attested"], topics: [null, idTopic] });
    const statuses = await fetchEvents(ctx, { events: ["ProjectStatusChanged"], topics: [idTopic] });
    const uids = attested.map((a) => String(a.event.args.uid));
    const revocations = uids.length ? await fetchEvents(ctx, { events: ["Revoked"], topics: [uids] }) : [];
    const revokedBy = new Map(revocations.map((r) => [String(r.event.args.uid), r]));

    // each distinct attester and revoker once: do they still hold the role? (current state)
    const standings = await readStandings(ctx, [
      ...attested.map((a) => String(a.event.args.attester)),
      ...revocations.map((r) => String(r.event.args.revoker)),
    ]);
    const scope = { entityId: Number(p.entityId), zoneId: Number(p.zoneId), field: Number(p.field) };

    const timeline: TimelineItem[] = [];
    for (const { event, log } of statuses) {
      timeline.push({
        type: "status",
        block: log.blockNumber,
        time: isoTime(await clock(log.blockNumber)),
        status: PROJECT_STATUSES[Number(event.args.status)],
        by: String(event.args.by),
        reason: String(event.args.reason),
      });
    }
    for (const { event, log } of attested) {
      const uid = String(event.args.uid);
      const rev = revokedBy.get(uid);
      const attester = String(event.args.attester);
      const kind = Number(event.args.kind);
      timeline.push({
        type: "attestation",
        block: log.blockNumber,
        time: isoTime(await clock(log.blockNumber)),
        uid,
        kind: kindLabel(kind),
        attester,
        attesterStanding: standingLabel(standings.attester(attester, kind, scope)),
        contentHash: String(event.args.contentHash),
        uri: String(event.args.uri),
        ref: String(event.args.refUID),
        revoked: rev !== undefined,
        revokedBy: rev ? String(rev.event.args.revoker) : undefined,
        revokedByStanding: rev ? standingLabel(standings.revoker(String(rev.event.args.revoker), attester, kind, scope)) : undefined,
        revokeReason: rev ? String(rev.event.args.reason) : undefined,
      });
    }
    timeline.sort((a, b) => a.block - b.block);

    const summary = {
      id,
      title: p.title,
      status: PROJECT_STATUSES[Number(p.status)],
      field: fieldLabel(p.field),
      entity: { id: Number(p.entityId), name: entity.name },
      zone: { id: Number(p.zoneId), name: zone.name },
      proposer: p.proposer,
      proposedAt: isoTime(p.proposedAt),
      updatedAt: isoTime(p.updatedAt),
      metadataURI: p.metadataURI,
      timeline,
    };
    if (args.json) {
      print(toJson(summary));
      return summary;
    }
    print(`project #${id} "${p.title}"`);
    print(`  status    ${summary.status} (since ${summary.updatedAt})`);
    print(`  entity    #${summary.entity.id} ${summary.entity.name}, zone ${zone.name}, field ${summary.field}`);
    print(`  proposed  ${summary.proposedAt} by ${p.proposer}`);
    print(`timeline (${attested.length} attestation(s), ${revocations.length} revoked):`);
    const zero = `0x${"0".repeat(64)}`;
    for (const t of timeline) {
      if (t.type === "status") {
        print(`  ${t.time}  status -> ${t.status}  by ${t.by}${t.reason ? `  reason: ${t.reason}` : ""}`);
      } else {
        print(`  ${t.time}  ${t.kind}  by ${t.attester}${standingNote(t.attesterStanding)}  uid ${t.uid}`);
        print(`      hash ${t.contentHash}${t.uri ? `  uri ${t.uri}` : ""}${t.ref && t.ref !== zero ? `  ref ${t.ref}` : ""}`);
        if (t.revoked) print(`      REVOKED by ${t.revokedBy}${standingNote(t.revokedByStanding)}: ${t.revokeReason}`);
      }
    }
    return summary;
  });
}
