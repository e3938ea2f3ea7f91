/**
 * The one "is it seeded" rule (scripts/node/totals.ts) that npm run deploy, npm run seed and npm
 * start apply, and the loopback helpers of scripts/node/free-port.ts.
 */
import { createServer } from "node:net";
import { expect } from "chai";
import { freePort, isPortFree, LOOPBACK } from "../../scripts/node/free-port.js";
import { isEmpty, isSeeded, sampleTotals, seedState } from "../../scripts/node/totals.js";

const rows = (n: number) => Array.from({ length: n }, (_, i) => i);
const sample = { zones: rows(3), entities: rows(5), projects: rows(7), attestations: rows(11) };

describe("scripts/node: the seeded rule and the loopback port", () => {
  it("counts the sample's rows by kind", () => {
    expect(sampleTotals(sample)).to.deep.equal({ zones: 3, entities: 5, projects: 7, attestations: 11 });
  });

  it("a programme is seeded when it holds at least the sample's rows of every kind", () => {
    expect(seedState({ zones: 3, entities: 5, projects: 7, attestations: 11 }, sample)).to.equal("seeded");
    expect(seedState({ zones: 4, entities: 5, projects: 9, attestations: 20_000 }, sample), "filled past the sample").to.equal("seeded");
    expect(isSeeded({ zones: 3, entities: 5, projects: 7, attestations: 11 }, sample)).to.equal(true);
  });

  it("empty when it holds nothing; half-seeded when any kind falls short", () => {
    const none = { zones: 0, entities: 0, projects: 0, attestations: 0 };
    expect(isEmpty(none)).to.equal(true);
    expect(seedState(none, sample)).to.equal("empty");
    // attestations alone (npm run deploy's old rule) or attestations and projects (npm run seed's) are not enough
    expect(seedState({ zones: 0, entities: 0, projects: 0, attestations: 11 }, sample)).to.equal("half-seeded");
    expect(seedState({ zones: 2, entities: 5, projects: 7, attestations: 11 }, sample)).to.equal("half-seeded");
    expect(isSeeded({ zones: 3, entities: 4, projects: 7, attestations: 11 }, sample)).to.equal(false);
  });

  it("a free port is on 127.0.0.1, and one in use is not free", async () => {
    const port = await freePort();
    expect(port).to.be.greaterThan(0);
    expect(await isPortFree(port)).to.equal(true);
    const server = createServer();
    await new Promise<void>((resolve) => server.listen(port, LOOPBACK, resolve));
    try {
      expect(await isPortFree(port)).to.equal(false);
    } finally {
      await new Promise((resolve) => server.close(resolve));
    }
  });
});
