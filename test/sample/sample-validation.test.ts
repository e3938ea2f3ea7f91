import { readFile } from "node:fs/promises";
import { expect } from "chai";
import { formatSample, generateSample, DEFAULT_SEED } from "../../scripts/sample/generate-sample.js";
import type { Sample } from "../../scripts/sample/schema.js";
import { checkSample, DEFAULT_SAMPLE_PATH, parseSample, SampleValidationError } from "../../scripts/sample/validate.js";

const text = await readFile(DEFAULT_SAMPLE_PATH, "utf8");
const good = (): Sample => JSON.parse(text) as Sample;

/** The one message a broken copy of the sample gets. */
function messageFor(mutate: (s: Sample & Record<string, unknown>) => void): string {
  const s = good() as Sample & Record<string, unknown>;
  mutate(s);
  const result = checkSample(s);
  if (result.ok) throw new Error("expected the sample to be refused");
  return result.message;
}

describe("sample programme file", () => {
  it("is valid and says it is sample data", () => {
    const result = checkSample(good());
    expect(result.ok, result.ok ? "" : result.message).to.equal(true);
    const s = good();
    expect(s.notice).to.contain("SAMPLE DATA");
    expect(s.zones).to.have.length(15);
    expect(s.fields).to.have.length(17);
    expect(s.entities).to.have.length(164);
    expect(s.projects.length).to.be.within(280, 320);
    expect(s.attestations.length).to.be.within(1800, 2200);
  });

  it("covers every lifecycle state, kind, revocations, references, delegation, suspensions", () => {
    const s = good();
    expect(new Set(s.projects.map((p) => p.status))).to.have.all.keys("Proposed", "Active", "Suspended", "Rejected", "Accepted", "Terminated");
    expect(new Set(s.attestations.map((a) => a.kind))).to.have.all.keys("Progress report", "Milestone", "Review", "Expert opinion", "Evaluation", "Acceptance");
    expect(s.attestations.filter((a) => a.revoked).length).to.be.greaterThan(20);
    expect(s.attestations.filter((a) => a.ref).length).to.be.greaterThan(20);
    expect(s.attestations.filter((a) => a.delegated).length).to.be.greaterThan(20);
    expect(s.entities.filter((e) => e.status === "Suspended").length).to.be.greaterThan(0);
    expect(s.zones.filter((z) => z.status === "Suspended").length).to.be.greaterThan(0);
    for (const name of ["Haier", "Industrial and Commercial Bank of China", "CISDI Group", "Guizhou Normal University"]) {
      expect(
        s.entities.some((e) => e.name === name && !e.fictional),
        name,
      ).to.equal(true);
    }
    expect(s.entities.filter((e) => e.fictional).every((e) => e.name.startsWith("Fictional "))).to.equal(true);
  });

  it("is exactly what the seeded generator produces (reproducible)", () => {
    expect(formatSample(generateSample(DEFAULT_SEED))).to.equal(text);
  });

  it("names the entry and the field of an unknown field", () => {
    expect(messageFor((s) => ((s.entities[12] as Sample["entities"][number]).fields[0] = "helth" as never))).to.equal(
      'entities[12].fields[0]: unknown field "helth"',
    );
  });

  it("refuses a missing notice, a misspelt key and a wrong type", () => {
    expect(messageFor((s) => delete (s as Partial<Sample>).notice)).to.equal("notice: Required");
    expect(
      messageFor((s) => {
        const p = s.projects[3] as Record<string, unknown>;
        p["titel"] = p["title"];
      }),
    ).to.match(/^projects\[3\]: Unrecognized key\(s\) in object: 'titel'/);
    expect(messageFor((s) => ((s.zones[2] as Record<string, unknown>)["name"] = 7))).to.match(/^zones\[2\]\.name: Expected string, received number/);
    expect(messageFor((s) => ((s.attestations[9] as Record<string, unknown>)["kind"] = "Gossip"))).to.match(
      /^attestations\[9\]\.kind: unknown attestation kind "Gossip"/,
    );
  });

  it("checks cross-references: entity -> zone, project -> entity and field", () => {
    expect(messageFor((s) => ((s.entities[4] as Sample["entities"][number]).zone = "atlantis"))).to.equal('entities[4].zone: unknown zone "atlantis"');
    expect(messageFor((s) => ((s.projects[7] as Sample["projects"][number]).entity = "nobody"))).to.equal('projects[7].entity: unknown entity "nobody"');
    const msg = messageFor((s) => {
      const p = s.projects[0] as Sample["projects"][number];
      const e = s.entities.find((x) => x.key === p.entity) as Sample["entities"][number];
      p.field = e.fields.includes("procuratorate") ? "equity-markets" : "procuratorate";
    });
    expect(msg).to.match(/^projects\[0\]\.field: field "(procuratorate|equity-markets)" is not one of entity ".+"'s fields$/);
    expect(messageFor((s) => ((s.entities[1] as Sample["entities"][number]).key = (s.entities[0] as Sample["entities"][number]).key))).to.equal(
      'entities[1].key: duplicate key "icbc"',
    );
  });

  it("checks attestations: project, earlier reference of the same project, attester role", () => {
    const s = good();
    const withRef = s.attestations.findIndex((a) => a.ref);
    const ref = s.attestations[withRef]?.ref as string;
    expect(messageFor((x) => ((x.attestations[0] as Sample["attestations"][number]).project = "p999"))).to.equal(
      'attestations[0].project: unknown project "p999"',
    );
    expect(
      messageFor((x) => {
        const first = x.attestations[0] as Sample["attestations"][number];
        first.ref = (x.attestations[5] as Sample["attestations"][number]).key;
      }),
    ).to.equal(`attestations[0].ref: "${s.attestations[5]?.key}" is not an earlier attestation`);
    const other = s.attestations.findIndex((a, i) => i < withRef && a.project !== s.attestations[withRef]?.project);
    expect(
      messageFor((x) => ((x.attestations[withRef] as Sample["attestations"][number]).ref = (x.attestations[other] as Sample["attestations"][number]).key)),
    ).to.match(new RegExp(`^attestations\\[${withRef}\\]\\.ref: ".+" is about project ".+", not ".+"$`));
    expect(ref).to.be.a("string");

    const review = s.attestations.findIndex((a) => a.kind === "Review");
    expect(messageFor((x) => ((x.attestations[review] as Sample["attestations"][number]).attester = "regulator:tax"))).to.match(
      new RegExp(
        `^attestations\\[${review}\\]\\.attester: "regulator:tax" may not issue a Review on project "p\\d+" \\(needs the administrator of zone ".+"\\)$`,
      ),
    );
    const evaluation = s.attestations.findIndex((a) => a.kind === "Evaluation");
    expect(messageFor((x) => ((x.attestations[evaluation] as Sample["attestations"][number]).attester = "expert:1"))).to.match(
      new RegExp(`^attestations\\[${evaluation}\\]\\.attester: "expert:1" may not issue an Evaluation`),
    );
    expect(messageFor((x) => ((x.attestations[3] as Sample["attestations"][number]).attester = "ghost"))).to.equal(
      'attestations[3].attester: unknown account "ghost"',
    );
  });

  it("checks revocations, relayers and that fictional names say so", () => {
    const s = good();
    const revoked = s.attestations.findIndex((a) => a.revoked);
    expect(messageFor((x) => ((x.attestations[revoked] as Sample["attestations"][number]).revoked = { by: "expert:5", reason: "x" }))).to.match(
      new RegExp(`^attestations\\[${revoked}\\]\\.revoked\\.by: account "expert:5" may not revoke`),
    );
    const delegated = s.attestations.findIndex((a) => a.delegated);
    expect(
      messageFor((x) => {
        const a = x.attestations[delegated] as Sample["attestations"][number];
        a.delegated = { relayer: a.attester };
      }),
    ).to.equal(`attestations[${delegated}].delegated.relayer: the relayer must be another account than the attester`);
    const fictional = s.entities.findIndex((e) => e.fictional);
    expect(messageFor((x) => ((x.entities[fictional] as Sample["entities"][number]).name = "Real Hospital"))).to.equal(
      `entities[${fictional}].name: a fictional entity's name must start with "Fictional "`,
    );
  });

  it("parseSample throws a SampleValidationError with the one message", () => {
    const s = good();
    (s.entities[12] as Sample["entities"][number]).fields[0] = "helth" as never;
    expect(() => parseSample(s)).to.throw(SampleValidationError, 'entities[12].fields[0]: unknown field "helth"');
  });
});
