/**
 * Every list-returning view has a maximum page: ProgrammeReader's `zones`, `entities`,
 * `entityRows`, `projects` (a `limit` above it), `accounts`, `attestations` (a list longer than
 * it), and PilotProgramme's `attestationsOf`. Above it: `PageTooLarge(limit, max)`, whatever the
 * offset; at it: the page. The sdk's `MAX_PAGE` mirrors the contracts.
 */
import { expect } from "chai";
import { network } from "hardhat";
import { describeContractError } from "@pilot/sdk/errors";
import { MAX_PAGE, pageSize, LIST_VIEWS } from "@pilot/sdk/readPaging";
import { Kind } from "@pilot/sdk/domain";
import { seedProgramme, docHash, request } from "../helpers/fixtures.js";

const connection = await network.create();
const { ethers, networkHelpers } = connection;
const MAX_UINT = ethers.MaxUint256;

/** The seeded programme and one document attested three times. */
async function seeded() {
  const d = await seedProgramme(connection);
  const hash = docHash(ethers);
  for (let i = 0; i < 3; i++) await (await d.programme.connect(d.signer).attest(request(1, Kind.ProgressReport, hash))).wait();
  return { ...d, hash, uid: await d.programme.uidOf(hash, 0) };
}
const fixture = () => networkHelpers.loadFixture(seeded);

describe("page maxima (PageTooLarge)", () => {
  it("the reader publishes its maxima, and the sdk mirrors them", async () => {
    const { reader } = await fixture();
    expect({
      zones: await reader.MAX_ZONES(),
      entities: await reader.MAX_ENTITIES(),
      entityRows: await reader.MAX_ENTITY_ROWS(),
      projects: await reader.MAX_PROJECTS(),
      accounts: await reader.MAX_ACCOUNTS(),
      attestations: await reader.MAX_ATTESTATIONS(),
    }).to.deep.equal({
      zones: BigInt(MAX_PAGE.zones),
      entities: BigInt(MAX_PAGE.entities),
      entityRows: BigInt(MAX_PAGE.entityRows),
      projects: BigInt(MAX_PAGE.projects),
      accounts: BigInt(MAX_PAGE.accounts),
      attestations: BigInt(MAX_PAGE.attestations),
    });
    // the sdk never sizes a page above what the contract takes
    for (const view of LIST_VIEWS) expect(pageSize(view), view).to.be.at.most(MAX_PAGE[view]).and.at.least(1);
  });

  for (const view of ["zones", "entities", "entityRows", "projects"] as const) {
    it(`${view}: a limit above ${MAX_PAGE[view]} is refused with PageTooLarge(limit, ${MAX_PAGE[view]}), whatever the offset; ${MAX_PAGE[view]} is served`, async () => {
      const { reader, programme } = await fixture();
      const max = BigInt(MAX_PAGE[view]);
      const call = (offset: bigint, limit: bigint) => reader[view](offset, limit);
      for (const [offset, limit] of [
        [0n, max + 1n],
        [0n, MAX_UINT],
        [1000n, max + 1n],
        [MAX_UINT, MAX_UINT],
      ] as const) {
        await expect(call(offset, limit), `${view}(${offset}, ${limit})`).to.be.revertedWithCustomError(programme, "PageTooLarge").withArgs(limit, max);
      }
      const page = await call(0n, max);
      expect(page[0].length).to.be.greaterThan(0);
      expect(page[page.length - 1]).to.equal(BigInt(page[0].length));
    });
  }

  it(`accounts: a list of more than ${MAX_PAGE.accounts} addresses is refused; ${MAX_PAGE.accounts} are served`, async () => {
    const { reader, programme, signer } = await fixture();
    const max = MAX_PAGE.accounts;
    await expect(reader.accounts(Array(max + 1).fill(signer.address)))
      .to.be.revertedWithCustomError(programme, "PageTooLarge")
      .withArgs(max + 1, max);
    const rows = await reader.accounts(Array(max).fill(signer.address));
    expect(rows).to.have.length(max);
    expect(rows[max - 1].entityId).to.equal(1n);
  });

  it(`attestations: a list of more than ${MAX_PAGE.attestations} uids is refused; ${MAX_PAGE.attestations} are served`, async () => {
    const { reader, programme, uid } = await fixture();
    const max = MAX_PAGE.attestations;
    await expect(reader.attestations(Array(max + 1).fill(uid)))
      .to.be.revertedWithCustomError(programme, "PageTooLarge")
      .withArgs(max + 1, max);
    const rows = await reader.attestations(Array(max).fill(uid));
    expect(rows).to.have.length(max);
    expect(rows[max - 1].uid).to.equal(uid);
  });

  it(`attestationsOf: a limit above ${MAX_PAGE.attestationsOf} is refused with PageTooLarge(limit, ${MAX_PAGE.attestationsOf}), whatever the offset`, async () => {
    const { programme, hash } = await fixture();
    const max = BigInt(MAX_PAGE.attestationsOf);
    for (const [offset, limit] of [
      [0n, max + 1n],
      [0n, MAX_UINT],
      [5n, max + 1n],
      [MAX_UINT, MAX_UINT],
    ] as const) {
      await expect(programme.attestationsOf(hash, offset, limit), `attestationsOf(${offset}, ${limit})`)
        .to.be.revertedWithCustomError(programme, "PageTooLarge")
        .withArgs(limit, max);
    }
    expect(await programme.attestationsOf(hash, 0n, max)).to.have.length(3);
    // unknown documents too: the limit is checked first
    await expect(programme.attestationsOf(docHash(ethers), 0n, max + 1n)).to.be.revertedWithCustomError(programme, "PageTooLarge");
  });

  it("the refusal reads as a sentence in both clients' words", async () => {
    expect(await describeContractError("PageTooLarge", [1001n, 1000n])).to.equal(
      "a read asked for 1001 rows in one call; at most 1000 are returned per call: read in pages",
    );
  });
});
