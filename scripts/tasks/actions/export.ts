import { mkdir, writeFile } from "node:fs/promises";
import path from "node:path";
import type { HardhatRuntimeEnvironment } from "hardhat/types/hre";
import { kindLabel } from "../../../sdk/errors.js";
import { CliError, runAction } from "../../lib/cli/cli-error.js";
import { openProgramme } from "../../lib/cli/context.js";
import { toCsv } from "../../lib/cli/csv.js";
import { isoTime, print, toJson } from "../../lib/cli/format.js";
import { blockClock, fetchEvents } from "../../lib/cli/logs.js";
import { parsePositiveInt, required } from "../../lib/cli/parse.js";

interface Args {
  out?: string;
  blockRange?: string;
}

interface Row {
  uid: string;
  projectId: number;
  kind: number;
  kindLabel: string;
  attester: string;
  contentHash: string;
  refUID: string;
  uri: string;
  time: number;
  timeISO: string;
  block: number;
  txHash: string;
  logIndex: number;
  relayedSigner: string;
  relayedNonce: string;
  revoked: boolean;
  revokedBy: string;
  revokeReason: string;
  revokedBlock: number | null;
  revokeTxHash: string;
}

const COLUMNS: (keyof Row)[] = [
  "uid", "projectId", "kind", "kindLabel", "attester", "contentHash", "refUID", "uri", "time", "timeISO", "block",
  "txHash", "logIndex", "relayedSigner", "relayedNonce", "revoked", "revokedBy", "revokeReason", "revokedBlock", "revokeTxHash",
];
const CHUNK = 200;

export default function exportLog(args: Args, hre: HardhatRuntimeEnvironment) {
  return runAction(async () => {
    const out = required(args.out, "out");
    const pageSize = parsePositiveInt(args.blockRange, "block-range", 5000);
    const ctx = await openProgramme(hre);
    const provider = ctx.connection.ethers.provider;
    const toBlock = await provider.getBlockNumber();
    const fromBlock = ctx.record.deploymentBlock;
    const events = await fetchEvents(ctx, { fromBlock, toBlock, pageSize });
    const clock = blockClock(ctx);

    // ---- rebuild the log from events alone
    const rows = new Map<string, Row>();
    const mismatches: string[] = [];
    const counted = { zones: 0, entities: 0, projects: 0 };
    for (const { event, log } of events) {
      const a = event.args;
      if (event.name === "ZoneCreated") counted.zones++;
      else if (event.name === "EntityRegistered") counted.entities++;
      else if (event.name === "ProjectProposed") counted.projects++;
      else if (event.name === "Attested") {
        const uid = String(a.uid);
        if (rows.has(uid)) mismatches.push(`attestation ${uid} is logged twice`);
        const time = await clock(log.blockNumber);
        rows.set(uid, {
          uid, projectId: Number(a.projectId), kind: Number(a.kind), kindLabel: kindLabel(a.kind), attester: String(a.attester),
          contentHash: String(a.contentHash), refUID: String(a.refUID), uri: String(a.uri), time, timeISO: isoTime(time),
          block: log.blockNumber, txHash: log.transactionHash, logIndex: log.index, relayedSigner: "", relayedNonce: "",
          revoked: false, revokedBy: "", revokeReason: "", revokedBlock: null, revokeTxHash: "",
        });
      } else if (event.name === "SignatureUsed") {
        const row = rows.get(String(a.uid));
        if (!row) mismatches.push(`signature use logged for unknown attestation ${a.uid}`);
        else Object.assign(row, { relayedSigner: String(a.signer), relayedNonce: String(a.nonce) });
      } else if (event.name === "Revoked") {
        const row = rows.get(String(a.uid));
        if (!row) mismatches.push(`revocation logged for unknown attestation ${a.uid}`);
        else {
          if (row.revoked) mismatches.push(`attestation ${row.uid} is revoked twice in the logs`);
          Object.assign(row, { revoked: true, revokedBy: String(a.revoker), revokeReason: String(a.reason),
            revokedBlock: log.blockNumber, revokeTxHash: log.transactionHash });
        }
      }
    }
    const list = [...rows.values()];

    // ---- check against contract state at the same block
    const blockTag = { blockTag: toBlock };
    const [zones, entities, projects, attestations] = await ctx.programme.totals(blockTag);
    const totals = { zones: Number(zones), entities: Number(entities), projects: Number(projects), attestations: Number(attestations) };
    if (totals.attestations !== list.length) mismatches.push(`the contract counts ${totals.attestations} attestations, the logs hold ${list.length}`);
    for (const key of ["zones", "entities", "projects"] as const) {
      if (totals[key] !== counted[key]) mismatches.push(`the contract counts ${totals[key]} ${key}, the logs hold ${counted[key]}`);
    }
    for (let i = 0; i < list.length; i += CHUNK) {
      const chunk = list.slice(i, i + CHUNK);
      let states;
      try {
        states = await ctx.reader.attestations(chunk.map((r) => r.uid), blockTag);
      } catch {
        states = [];
        for (const r of chunk) {
          try {
            states.push(await ctx.programme.getAttestation(r.uid, blockTag));
          } catch {
            mismatches.push(`attestation ${r.uid} is in the logs but not in contract state`);
            states.push(null);
          }
        }
      }
      chunk.forEach((r, j) => {
        const s = states[j];
        if (!s) return;
        const diffs: string[] = [];
        if (s.contentHash.toLowerCase() !== r.contentHash.toLowerCase()) diffs.push("content hash");
        if (s.attester.toLowerCase() !== r.attester.toLowerCase()) diffs.push("attester");
        if (Number(s.projectId) !== r.projectId) diffs.push("project");
        if (Number(s.kind) !== r.kind) diffs.push("kind");
        if (Number(s.time) !== r.time) diffs.push("time");
        if (s.revoked !== r.revoked) diffs.push("revoked flag");
        if (diffs.length) mismatches.push(`attestation ${r.uid}: ${diffs.join(", ")} differ between logs and state`);
      });
    }

    // ---- write
    const dir = path.resolve(out);
    await mkdir(dir, { recursive: true });
    const manifest = {
      format: "pilot-programme/log-export@1",
      chainId: ctx.chainId.toString(),
      network: ctx.networkName,
      programme: ctx.record.programme,
      reader: ctx.record.reader,
      operator: ctx.record.operator ?? null,
      fromBlock,
      toBlock,
      exportedAt: new Date().toISOString(),
      totals,
      revoked: list.filter((r) => r.revoked).length,
      consistent: mismatches.length === 0,
      mismatches,
      attestations: list,
    };
    await writeFile(path.join(dir, "attestations.json"), `${toJson(manifest)}\n`);
    await writeFile(path.join(dir, "attestations.csv"), toCsv(COLUMNS, list));
    print(`exported ${list.length} attestation(s) (${manifest.revoked} revoked), blocks ${fromBlock}..${toBlock} of chain ${ctx.chainId}`);
    print(`  ${path.join(dir, "attestations.json")}`);
    print(`  ${path.join(dir, "attestations.csv")}`);
    if (mismatches.length) {
      for (const m of mismatches.slice(0, 20)) process.stderr.write(`MISMATCH ${m}\n`);
      if (mismatches.length > 20) process.stderr.write(`MISMATCH … and ${mismatches.length - 20} more (see attestations.json)\n`);
      throw new CliError(`the export does NOT match contract state: ${mismatches.length} mismatch(es); do not rely on this copy`);
    }
    print(`checked against contract state at block ${toBlock}: totals and every attestation agree`);
    return manifest.totals;
  });
}
