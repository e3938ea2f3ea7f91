/**
 * Reorgs: blocks the node drops (evm_snapshot, new blocks, evm_revert, then other blocks mined
 * on top) disappear from the index, their rows and their counters with them.
 *
 * Ponder 0.16 treats the last 30 blocks of a chain it does not know (31337 included; see
 * ponder/src/utils/finality.ts) as unfinalized: it indexes them block by block, remembers each
 * block's hash, and when a polled block's parent hash does not match it reverts the rows written
 * since the common ancestor (its `_reorg__*` tables) and indexes the new branch. The runner
 * mined the seed 30 blocks deep when it started, so every block this test writes is recent.
 */
import { expect } from "chai";
import { graphql, seededChain, sharedIndexer, type SeededChain } from "./helpers/seeded-chain.js";

interface Row {
  uid: string;
  seq: number;
  projectId: number;
  entityId: number;
  zoneId: number;
  kind: number;
  attester: string;
  revoked: boolean;
  delegated: boolean;
}

describe("indexer: reorgs (evm_snapshot / evm_revert on the node)", function () {
  this.timeout(180_000);

  let c: SeededChain;
  let url: string;

  before(async () => {
    c = await seededChain();
    url = (await sharedIndexer()).url;
  });

  const state = async (contentHashes: string[]) =>
    graphql<{
      programme: { attestations: number; revocations: number; lastBlock: string };
      attestations: { items: { contentHash: string; seq: number }[] };
      stats: { items: { key: string; value: number }[] };
    }>(
      url,
      `{ programme(id: 1) { attestations revocations lastBlock }
         attestations(where: {contentHash_in: ${JSON.stringify(contentHashes)}}) { items { contentHash seq } }
         stats(where: {metric: "revocations.kind"}) { items { key value } } }`,
    );

  it("drops the rows and counters of blocks the chain no longer has, and indexes the new branch", async () => {
    const indexer = await sharedIndexer();
    const head0 = await c.head();
    await indexer.waitForBlock(head0);
    const { attestations } = await graphql<{ attestations: { items: Row[] } }>(
      url,
      `
        {
          attestations(where: { kind: 0, revoked: false, delegated: false }, orderBy: "seq", orderDirection: "desc", limit: 200) {
            items {
              uid
              seq
              projectId
              entityId
              zoneId
              kind
              attester
              revoked
              delegated
            }
          }
        }
      `,
    );
    const { projects, entitys, zones } = await graphql<{
      projects: { items: { id: number }[] };
      entitys: { items: { id: number; signers: string[] }[] };
      zones: { items: { id: number }[] };
    }>(
      url,
      `
        {
          projects(where: { status: 2 }, limit: 1000) {
            items {
              id
            }
          }
          entitys(where: { status: 1 }, limit: 1000) {
            items {
              id
              signers
            }
          }
          zones(where: { status: 1 }) {
            items {
              id
            }
          }
        }
      `,
    );
    const active = new Set(projects.items.map((p) => p.id));
    const signers = new Map(entitys.items.map((e) => [e.id, e.signers]));
    const zonesOk = new Set(zones.items.map((z) => z.id));
    const open = attestations.items.filter((r) => active.has(r.projectId) && zonesOk.has(r.zoneId) && (signers.get(r.entityId) ?? []).includes(r.attester));
    const [a, b] = open as [Row, Row];
    expect(b, "two open progress reports to work with").to.not.equal(undefined);
    const before = await state([]);
    const revokedOfKind0 = before.stats.items.find((s) => s.key === "0")?.value ?? 0;

    // branch 1: two new attestations and a revocation, in three blocks
    const snapshot = await c.rpc.call<string>("evm_snapshot");
    const dropped = [`0x${"d1".repeat(32)}`, `0x${"d2".repeat(32)}`];
    await c.send(a.attester, "attest", [{ projectId: a.projectId, kind: 0, contentHash: dropped[0], refUID: `0x${"0".repeat(64)}`, uri: "dropped-1" }]);
    await c.send(b.attester, "attest", [{ projectId: b.projectId, kind: 0, contentHash: dropped[1], refUID: `0x${"0".repeat(64)}`, uri: "dropped-2" }]);
    const revoke = await c.send(a.attester, "revoke", [a.uid, "revoked on the branch that is dropped"]);
    await indexer.waitForBlock(revoke.blockNumber, 30_000);
    const onBranch1 = await state(dropped);
    expect(onBranch1.programme).to.include({ attestations: before.programme.attestations + 2, revocations: before.programme.revocations + 1 });
    expect(onBranch1.attestations.items.map((x) => x.contentHash)).to.have.members(dropped);
    expect(onBranch1.stats.items.find((s) => s.key === "0")?.value).to.equal(revokedOfKind0 + 1);

    // the node forgets branch 1; branch 2 gets one other attestation, then enough blocks to be longer
    expect(await c.rpc.call<boolean>("evm_revert", [snapshot])).to.equal(true);
    expect(await c.head()).to.equal(head0);
    const kept = `0x${"e1".repeat(32)}`;
    await c.send(b.attester, "attest", [{ projectId: b.projectId, kind: 0, contentHash: kept, refUID: `0x${"0".repeat(64)}`, uri: "kept" }]);
    for (let i = 0; i < 3; i++) await c.rpc.call("evm_mine");
    const head2 = await c.head();
    expect(head2).to.be.greaterThan(revoke.blockNumber);
    await indexer.waitForBlock(head2, 60_000);
    // waitForBlock only says "a block numbered head2 was folded in": make sure it is the new branch's
    const deadline = Date.now() + 30_000;
    let after = await state([...dropped, kept]);
    while (after.attestations.items.some((x) => dropped.includes(x.contentHash)) && Date.now() < deadline) {
      await new Promise((r) => setTimeout(r, 200));
      after = await state([...dropped, kept]);
    }
    expect(
      after.attestations.items.map((x) => x.contentHash),
      "only the new branch's attestation",
    ).to.deep.equal([kept]);
    expect(after.attestations.items[0]?.seq, "its place in the log is the dropped one's").to.equal(before.programme.attestations);
    expect(after.programme).to.include({ attestations: before.programme.attestations + 1, revocations: before.programme.revocations });
    expect(after.stats.items.find((s) => s.key === "0")?.value ?? 0).to.equal(revokedOfKind0);
    const { attestation } = await graphql<{ attestation: { revoked: boolean; revoker: string | null } }>(
      url,
      `{ attestation(uid: "${a.uid}") { revoked revoker } }`,
    );
    expect(attestation, "the revocation was on the dropped branch").to.deep.equal({ revoked: false, revoker: null });
    expect((await c.programme.getFunction("getAttestation")(a.uid)).revoked, "and the chain agrees").to.equal(false);
    const meta = (await (await fetch(`${url}/meta`)).json()) as { indexedBlock: number };
    expect(meta.indexedBlock).to.equal(Number(head2));
  });
});
