import { readFile } from "node:fs/promises";
import { expect } from "chai";
import type { Sample, SampleAttestation } from "../../scripts/sample/schema.js";
import { DEFAULT_SAMPLE_PATH } from "../../scripts/sample/validate.js";
import { attestationRounds } from "../../scripts/seed/attestation-rounds.js";

const a = (key: string, project: string, extra: Partial<SampleAttestation> = {}): SampleAttestation => ({
  key, project, kind: "Progress report", attester: "signer:x", document: `doc ${key}`, ...extra,
});

describe("seeding order (attestation rounds)", () => {
  it("puts a reference after its target and an acceptance after its project's other attestations", () => {
    const rounds = attestationRounds([
      a("a1", "p1"),
      a("a2", "p1", { ref: "a1" }),
      a("a3", "p1", { ref: "a2" }),
      a("a4", "p2"),
      a("a5", "p1", { kind: "Acceptance", attester: "regulator:r" }),
    ]);
    const roundOf = (k: string) => rounds.findIndex((r) => r.some((x) => x.attestation.key === k));
    expect([roundOf("a1"), roundOf("a2"), roundOf("a3"), roundOf("a4"), roundOf("a5")]).to.deep.equal([0, 1, 2, 0, 3]);
  });

  it("gives one signer's delegated attestations increasing nonces in execution order, one relayer per round", () => {
    const rounds = attestationRounds([
      a("a1", "p1", { delegated: { relayer: "relayer" } }),
      a("a2", "p1", { delegated: { relayer: "other" } }),
      a("a3", "p2", { ref: undefined, delegated: { relayer: "relayer" } }),
    ]);
    const flat = rounds.flatMap((r, i) => r.map((x) => ({ key: x.attestation.key, round: i, nonce: x.sigNonce })));
    expect(flat).to.deep.equal([
      { key: "a1", round: 0, nonce: 0 },
      { key: "a3", round: 0, nonce: 1 },
      { key: "a2", round: 1, nonce: 2 },
    ]);
  });

  it("orders the whole sample so that every reference points at an earlier round", async () => {
    const sample = JSON.parse(await readFile(DEFAULT_SAMPLE_PATH, "utf8")) as Sample;
    const rounds = attestationRounds(sample.attestations);
    const roundOf = new Map(rounds.flatMap((r, i) => r.map((x) => [x.attestation.key, i] as const)));
    expect(roundOf.size).to.equal(sample.attestations.length);
    for (const att of sample.attestations) if (att.ref) expect(roundOf.get(att.ref) as number).to.be.lessThan(roundOf.get(att.key) as number);
    expect(rounds.length).to.be.lessThan(10);
  });
});
