/**
 * Orders the sample's attestations into rounds the chain accepts when each
 * round is mined after the previous one: a reference points at an earlier
 * round, an acceptance comes after every other attestation of its project,
 * and one signer's delegated attestations in a round share one relayer (so
 * their EIP-712 nonces are used in the order they were signed).
 */
import type { SampleAttestation } from "../sample/schema.js";

export interface RoundedAttestation {
  index: number;
  attestation: SampleAttestation;
  round: number;
  /** EIP-712 nonce of the attester, for delegated ones (set after rounding). */
  sigNonce?: number;
}

export function attestationRounds(attestations: readonly SampleAttestation[]): RoundedAttestation[][] {
  const roundOf = new Map<string, number>();
  const projectMax = new Map<string, number>();
  const relayerOf = new Map<string, string>(); // `${round}/${attester}` -> relayer
  const placed: RoundedAttestation[] = [];

  attestations.forEach((a, index) => {
    let round = a.ref !== undefined ? (roundOf.get(a.ref) ?? 0) + 1 : 0;
    if (a.kind === "Acceptance") round = Math.max(round, (projectMax.get(a.project) ?? -1) + 1);
    if (a.delegated) {
      for (;;) {
        const slot = `${round}/${a.attester}`;
        const taken = relayerOf.get(slot);
        if (taken === undefined || taken === a.delegated.relayer) {
          relayerOf.set(slot, a.delegated.relayer);
          break;
        }
        round++;
      }
    }
    roundOf.set(a.key, round);
    projectMax.set(a.project, Math.max(projectMax.get(a.project) ?? -1, round));
    placed.push({ index, attestation: a, round });
  });

  const rounds: RoundedAttestation[][] = [];
  for (const p of placed) (rounds[p.round] ??= []).push(p);
  // EIP-712 nonces follow execution order: round by round, file order within a round
  const nonces = new Map<string, number>();
  for (const round of rounds) {
    for (const p of round ?? []) {
      if (!p.attestation.delegated) continue;
      const n = nonces.get(p.attestation.attester) ?? 0;
      p.sigNonce = n;
      nonces.set(p.attestation.attester, n + 1);
    }
  }
  return rounds.map((r) => r ?? []);
}
