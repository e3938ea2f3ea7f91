/**
 * `export --indexer <url>`: the same export as from eth_getLogs, read from the Ponder indexer
 * instead, and still checked against contract state. Over the seeded sample chain and indexer
 * that test/indexer shares (test/indexer/helpers/seeded-chain.ts: started once per run).
 */
import { expect } from "chai";
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { mkdtemp, readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { seededChain, sharedIndexer, type SeededChain } from "../indexer/helpers/seeded-chain.js";
import { freePort } from "../../scripts/node/free-port.js";
import { runCli } from "./helpers/cli.js";

interface ExportJson {
  consistent: boolean;
  mismatchCount: number;
  toBlock: number;
  projectsChecked: number;
  revoked: number;
  source: Record<string, string>;
  totals: { zones: number; entities: number; projects: number; attestations: number };
  attestations: Record<string, unknown>[];
}

describe("export --indexer", function () {
  this.timeout(300_000);
  let chain: SeededChain;
  let indexerUrl: string;
  let dir: string;
  const cli = (argv: string[]) => runCli(["--network", "rpc", ...argv], { PILOT_RPC_URL: chain.url, PILOT_DEPLOYMENTS_DIR: chain.dir });
  const read = async (out: string) => JSON.parse(await readFile(path.join(out, "attestations.json"), "utf8")) as ExportJson;

  before(async () => {
    chain = await seededChain();
    indexerUrl = (await sharedIndexer()).url;
    dir = await mkdtemp(path.join(tmpdir(), "pilot-export-indexer-"));
  });
  after(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it("writes the same rows as the export from logs, checked against contract state", async () => {
    const fromIndex = path.join(dir, "index");
    const fromLogs = path.join(dir, "logs");
    // both at once (two processes): nothing moves the chain during this test, so they read the same state
    const [a, b] = await Promise.all([
      cli(["export", "--out", fromIndex, "--indexer", indexerUrl, "--quiet"]),
      cli(["export", "--out", fromLogs, "--quiet", "--block-range", "100000"]),
    ]);
    expect(a.code, a.stderr).to.equal(0);
    expect(a.stdout).to.match(/from the index, blocks/);
    expect(a.stdout).to.match(/totals and every attestation agree, and so does every project's status/);
    const indexed = await read(fromIndex);
    expect(b.code, b.stderr).to.equal(0);
    const logged = await read(fromLogs);

    expect(indexed.source).to.deep.equal({ indexer: indexerUrl });
    expect(indexed.consistent).to.equal(true);
    expect(indexed.totals.attestations).to.be.greaterThan(1000);
    // the chain did not move between the two: same block, same rows
    expect(indexed.toBlock).to.equal(logged.toBlock);
    expect(indexed.totals).to.deep.equal(logged.totals);
    expect([indexed.revoked, indexed.projectsChecked]).to.deep.equal([logged.revoked, logged.projectsChecked]);
    const withoutRevocationTx = (r: Record<string, unknown>) => ({ ...r, revokedBlock: null, revokeTxHash: "" });
    expect(indexed.attestations.map(withoutRevocationTx)).to.deep.equal(logged.attestations.map(withoutRevocationTx));
    const csv = (await readFile(path.join(fromIndex, "attestations.csv"), "utf8")).trim().split("\r\n");
    expect(csv).to.have.length(indexed.totals.attestations + 1);
  });

  it("refuses an indexer of another deployment, and an unreachable one, in one line", async () => {
    const server = createServer((_req, res) => {
      res.writeHead(200, { "content-type": "application/json" });
      res.end(JSON.stringify({ chainId: 31337, programme: `0x${"12".repeat(20)}`, startBlock: 0, indexedBlock: 5 }));
    });
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    const other = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    // a port that was free a moment ago and that nothing listens on: an indexer that is not there
    const nobody = `http://127.0.0.1:${await freePort()}`;
    try {
      // both at once (two processes)
      const [r, gone] = await Promise.all([
        cli(["export", "--out", path.join(dir, "other"), "--indexer", other, "--quiet"]),
        cli(["export", "--out", path.join(dir, "gone"), "--indexer", nobody, "--quiet"]),
      ]);
      expect(r.code).to.equal(1);
      expect(r.stderr.trim()).to.equal(
        `error: the indexer at ${other} indexes programme 0x${"12".repeat(20)} on chain 31337, not ${chain.record.programme} on chain 31337`,
      );
      expect(gone.code).to.equal(1);
      expect(gone.stderr.trim()).to.match(new RegExp(`^error: cannot reach the indexer at ${nobody}/meta`));
    } finally {
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    }
  });
});
