/**
 * Log events: attestations (with the project's entity, zone and field copied in, so lists filter
 * without joins), delegated submissions (SignatureUsed follows its Attested in the same
 * transaction), nonces and revocations.
 */
import { ponder } from "ponder:registry";
import { attestation, entity, nonceIncrease, project, zone } from "ponder:schema";
import { updateAccount } from "../accounts";
import { at, bump, dayOf, monthOf, touchProgramme } from "../stats";

const ZERO_UID = "0x0000000000000000000000000000000000000000000000000000000000000000";
const lower = (a: `0x${string}`) => a.toLowerCase() as `0x${string}`;

ponder.on("PilotProgramme:Attested", async ({ event, context }) => {
  const { db } = context;
  const { uid, projectId, attester, kind, contentHash, refUID, uri } = event.args;
  const p = await db.find(project, { id: projectId });
  if (!p) throw new Error(`Attested ${uid}: unknown project ${projectId}`);
  const time = event.block.timestamp;
  let seq = 0;
  await touchProgramme(db, event.block, (row) => {
    seq = row.attestations;
    return { attestations: row.attestations + 1 };
  });
  const who = lower(attester);
  const { id: _id, ...where } = at(event);
  await db.insert(attestation).values({
    uid,
    seq,
    projectId,
    entityId: p.entityId,
    zoneId: p.zoneId,
    field: p.field,
    attester: who,
    kind,
    contentHash,
    refUid: refUID === ZERO_UID ? null : refUID,
    uri,
    delegated: false,
    relayer: who,
    nonce: null,
    revoked: false,
    revoker: null,
    revokeReason: null,
    revokedAt: null,
    ...where,
  });
  await db.update(project, { id: projectId }).set((row) => ({ attestationCount: row.attestationCount + 1, lastAttestationAt: time }));
  await db.update(entity, { id: p.entityId }).set((row) => ({ attestationCount: row.attestationCount + 1 }));
  await db.update(zone, { id: p.zoneId }).set((row) => ({ attestationCount: row.attestationCount + 1 }));
  await bump(db, "attestations.zone", p.zoneId);
  await bump(db, "attestations.field", p.field);
  await bump(db, "attestations.kind", kind);
  await bump(db, "attestations.day", dayOf(time));
  await bump(db, "attestations.month", monthOf(time));
});

/** Emitted right after its Attested: the attestation was signed off-chain and relayed. */
ponder.on("PilotProgramme:SignatureUsed", async ({ event, context }) => {
  const { db } = context;
  const { signer, nonce, uid } = event.args;
  await db.update(attestation, { uid }).set({ delegated: true, relayer: lower(event.transaction.from), nonce });
  await updateAccount(db, signer, (row) => ({ nonce: nonce + 1n > row.nonce ? nonce + 1n : row.nonce }));
  await touchProgramme(db, event.block, (row) => ({ delegated: row.delegated + 1 }));
});

ponder.on("PilotProgramme:NonceIncreased", async ({ event, context }) => {
  const { db } = context;
  const { signer, oldNonce, newNonce } = event.args;
  await db.insert(nonceIncrease).values({ ...at(event), signer: lower(signer), oldNonce, newNonce });
  await updateAccount(db, signer, () => ({ nonce: newNonce }));
  await touchProgramme(db, event.block);
});

ponder.on("PilotProgramme:Revoked", async ({ event, context }) => {
  const { db } = context;
  const { uid, revoker, reason } = event.args;
  const time = event.block.timestamp;
  const a = await db.update(attestation, { uid }).set({ revoked: true, revoker: lower(revoker), revokeReason: reason, revokedAt: time });
  await db.update(project, { id: a.projectId }).set((row) => ({ revokedCount: row.revokedCount + 1 }));
  await bump(db, "revocations.day", dayOf(time));
  await bump(db, "revocations.kind", a.kind);
  await touchProgramme(db, event.block, (row) => ({ revocations: row.revocations + 1 }));
});
