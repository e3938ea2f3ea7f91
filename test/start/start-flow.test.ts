/**
 * The `npm start` flow end to end, on free ports (never 8545), with records,
 * Ignition journal and generated file in temporary places: against a real
 * `hardhat node` it reuses (and warns that such a node answers any web page),
 * the first run deploys and seeds and serves the indexer (URL printed,
 * reachable, agreeing with the chain, written into the dApp's file, stopped by
 * Ctrl-C); a second run reuses the deployment and resumes the index; then npm
 * start's own chain (in-process, behind the JSON-RPC guard) is a fresh chain:
 * a fresh deployment, its index rebuilt, never served from the previous
 * chain's, other web pages refused, everything gone after Ctrl-C; a bad sample
 * sends nothing.
 * Every child process is killed at the end, even on failure.
 */
import { spawn, type ChildProcess } from "node:child_process";
import { mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { expect } from "chai";
import { Contract, JsonRpcProvider } from "ethers";
import { pilotProgrammeAbi, programmeReaderAbi } from "@pilot/sdk/generated/abis";
import type { DeploymentRecord } from "../../scripts/deploy/deployment-record.js";
import { loadSample } from "../../scripts/sample/validate.js";
import { freePort } from "../../scripts/node/free-port.js";
import { startHardhatNode, type LocalNode } from "../../scripts/node/hardhat-node.js";
import { isRpcUp } from "../../scripts/node/rpc.js";
import { checkGovernedSample } from "./helpers/governed-sample-checks.js";

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");
const BIN = (name: string) => path.join(ROOT, "node_modules", ".bin", name);

const children: ChildProcess[] = [];
const nodes: LocalNode[] = [];
const localProvider = (port: number) => new JsonRpcProvider(`http://127.0.0.1:${port}`, 31337, { staticNetwork: true });

function killGroup(child: ChildProcess): void {
  if (child.pid === undefined || child.exitCode !== null || child.signalCode !== null) return;
  try {
    process.kill(-child.pid, "SIGKILL");
  } catch {
    /* already gone */
  }
}

interface Run {
  code: number | null;
  output: string;
}

interface Running {
  output: () => string;
  /** Ctrl-C, then the exit code. */
  interrupt(): Promise<number | null>;
}

/** Starts `npm start` and resolves once it prints "Running." (it then waits for Ctrl-C). */
function runUntilRunning(command: string, args: string[], env: NodeJS.ProcessEnv): Promise<Running> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { cwd: ROOT, env: { ...process.env, ...env }, detached: true, stdio: ["ignore", "pipe", "pipe"] });
    children.push(child);
    let output = "";
    const exited = new Promise<number | null>((r) => child.once("exit", (code) => r(code)));
    const onData = (c: Buffer) => {
      output += c.toString();
      if (output.includes("Running. Press Ctrl-C")) {
        resolve({
          output: () => output,
          interrupt: async () => {
            process.kill(child.pid as number, "SIGINT");
            return exited;
          },
        });
      }
    };
    child.stdout?.on("data", onData);
    child.stderr?.on("data", onData);
    void exited.then((code) => reject(new Error(`npm start exited (${code}) before running:\n${output}`)));
  });
}

function run(command: string, args: string[], env: NodeJS.ProcessEnv): Promise<Run> {
  return new Promise((resolve) => {
    const child = spawn(command, args, { cwd: ROOT, env: { ...process.env, ...env }, detached: true, stdio: ["ignore", "pipe", "pipe"] });
    children.push(child);
    let output = "";
    child.stdout?.on("data", (c: Buffer) => (output += c.toString()));
    child.stderr?.on("data", (c: Buffer) => (output += c.toString()));
    child.once("exit", (code) => resolve({ code, output }));
  });
}

describe("npm start flow (real hardhat node)", function () {
  this.timeout(600_000);

  let dir: string;
  let deploymentId: string;
  let env: NodeJS.ProcessEnv;
  let generated: string;

  before(async () => {
    dir = await mkdtemp(path.join(tmpdir(), "pilot-start-"));
    deploymentId = `test-start-${path.basename(dir)}`;
    generated = path.join(dir, "deployment.ts");
    env = { PILOT_DEPLOYMENTS_DIR: dir };
  });

  after(async () => {
    for (const c of children) killGroup(c);
    await Promise.all(nodes.map((n) => n.stop()));
    await rm(dir, { recursive: true, force: true });
    await rm(path.join(ROOT, "ignition", "deployments", deploymentId), { recursive: true, force: true });
  });

  const startArgs = (port: number) => [
    "scripts/start/start.ts",
    "--port",
    String(port),
    "--no-frontend",
    "--generated",
    generated,
    "--deployment-id",
    deploymentId,
    "--index-dir",
    path.join(dir, "pglite"),
  ];
  const start = (port: number) => run(BIN("tsx"), [...startArgs(port), "--exit"], env);
  const startRunning = (port: number) => runUntilRunning(BIN("tsx"), startArgs(port), env);
  const indexerUrlIn = (output: string) => {
    const match = /Indexer {4}(http:\/\/127\.0\.0\.1:\d+)/.exec(output);
    if (!match) throw new Error(`no indexer URL in:\n${output}`);
    return match[1] as string;
  };
  const graphql = async (url: string, query: string) => {
    const res = await fetch(`${url}/graphql`, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ query }) });
    return ((await res.json()) as { data: Record<string, unknown> }).data;
  };
  const meta = async (url: string) =>
    (await (await fetch(`${url}/meta`)).json()) as { chainId: number; programme: string; indexedBlock: number; indexedTime: number };
  const reachable = async (url: string) =>
    fetch(`${url}/health`).then(
      (r) => r.ok,
      () => false,
    );
  const record = async (): Promise<DeploymentRecord> => JSON.parse(await readFile(path.join(dir, "chain-31337.json"), "utf8")) as DeploymentRecord;

  async function counts(port: number, reader: string) {
    const provider = localProvider(port);
    const lens = new Contract(reader, programmeReaderAbi, provider);
    const programme = new Contract(String(await lens.getFunction("programme")()), pilotProgrammeAbi, provider);
    // paged within the reader's own maxima (each sized for the node's eth_call gas cap)
    const all = async (fn: string, max: string) => {
      const size = Number(await lens.getFunction(max)());
      let read = 0;
      for (;;) {
        const page = (await lens.getFunction(fn)(read, size)) as unknown[];
        const rows = (page[0] as unknown[]).length;
        read += rows;
        if (rows === 0 || read >= Number(page[page.length - 1])) return read;
      }
    };
    const zones = await all("zones", "MAX_ZONES");
    const entities = await all("entities", "MAX_ENTITIES");
    const projects = await all("projects", "MAX_PROJECTS");
    const totals = (await programme.getFunction("totals")()) as [bigint, bigint, bigint, bigint];
    const block = await provider.getBlockNumber();
    provider.destroy();
    return { zones, entities, projects, attestations: Number(totals[3]), block };
  }

  it("deploys and seeds, then reuses, then redeploys on a fresh node", async () => {
    const port = await freePort();
    const node = await startHardhatNode({ port });
    nodes.push(node);

    const bad = path.join(dir, "bad-sample.json");
    const sample = JSON.parse(await readFile(path.join(ROOT, "data", "sample-programme.json"), "utf8")) as { entities: { fields: string[] }[] };
    (sample.entities[12] as { fields: string[] }).fields[0] = "helth";
    await writeFile(bad, JSON.stringify(sample));
    const refused = await run(BIN("tsx"), ["scripts/start/start.ts", "--port", String(port), "--no-frontend", "--sample", bad], env);
    expect(refused.code).to.not.equal(0);
    expect(refused.output).to.contain('entities[12].fields[0]: unknown field "helth"');
    const provider = localProvider(port);
    expect(await provider.getBlockNumber(), "no transaction sent for a bad sample").to.equal(0);
    provider.destroy();

    const first = await startRunning(port);
    const out1 = first.output();
    expect(out1).to.contain("seeding the sample programme");
    expect(out1, "a plain hardhat node is reused, with a warning").to.contain("WARNING: it answers any web page");
    expect(out1).to.match(/READY: seeded, readable registry in [\d.]+ s .*; indexed to block \d+/);
    const rec1 = await record();
    const c1 = await counts(port, rec1.reader);
    expect(c1).to.include({ zones: 15, entities: 164, projects: 300 });
    expect(c1.attestations).to.be.within(1800, 2200);
    const url1 = indexerUrlIn(out1);
    // the index agrees with the chain, up to its head, and the dApp is told where it is
    const m1 = await meta(url1);
    expect(m1).to.include({ chainId: 31337, programme: rec1.programme.toLowerCase() });
    expect(m1.indexedBlock).to.equal(c1.block);
    const totals1 = (await graphql(url1, "{ programme(id: 1) { zones entities projects attestations } }")).programme;
    expect(totals1).to.deep.equal({ zones: 15, entities: 164, projects: 300, attestations: c1.attestations });
    const file1 = await readFile(generated, "utf8");
    expect(file1).to.contain(`"indexerUrl": "${url1}"`);
    expect(await first.interrupt(), "npm start exits 0 on Ctrl-C").to.equal(0);
    expect(await reachable(url1), "Ctrl-C stops the indexer").to.equal(false);
    expect(file1).to.contain(`"programme": "${rec1.programme}"`);
    expect(file1).to.contain("export { pilotProgrammeAbi, programmeReaderAbi };");
    expect(file1).to.contain('"Zone admin: Chengdu"');
    // issue 10: the office is the timelock of the sixteen seats, and the sample went through proposals
    expect(out1).to.contain("governance: 6 proposals of the 16 seats");
    const governed = localProvider(port);
    await checkGovernedSample(governed, rec1, await loadSample(), file1);
    governed.destroy();
    expect(file1).to.contain(`"deploymentBlock": ${rec1.deploymentBlock}`);

    const second = await start(port);
    expect(second.code, second.output).to.equal(0);
    expect(second.output).to.contain("reusing the deployment");
    expect(second.output).to.contain("already seeded");
    expect(second.output).to.not.contain("seeding the sample programme");
    expect(second.output, "the same chain's index is resumed").to.contain("resumed the index");
    expect(second.output).to.contain(`indexed to block ${c1.block}`);
    const rec2 = await record();
    expect(rec2).to.deep.equal(rec1);
    expect((await counts(port, rec2.reader)).block, "no transaction on reuse").to.equal(c1.block);

    await node.stop();
    // npm start's own chain: no node listens on port2 until npm start serves its guarded one
    const port2 = await freePort();
    const third = await startRunning(port2);
    const out3 = third.output();
    expect(out3).to.contain(`node: started the local chain (Hardhat EDR, in this process) on http://127.0.0.1:${port2}`);
    expect(out3).to.not.contain("WARNING");
    expect(out3).to.contain("is gone (fresh chain)");
    expect(out3).to.contain("deployed PilotProgramme");
    // same chain id, same deterministic address, same index directory: the index must be rebuilt
    expect(out3).to.contain("discarding the index");
    expect(out3).to.contain("built the index");
    const rec3 = await record();
    expect(rec3.deployedAt).to.not.equal(rec1.deployedAt);
    const c3 = await counts(port2, rec3.reader);
    expect(c3).to.include({ zones: 15, entities: 164, projects: 300, attestations: c1.attestations });
    const url3 = indexerUrlIn(out3);
    const m3 = await meta(url3);
    expect(m3.indexedBlock).to.equal(c3.block);
    const provider2 = localProvider(port2);
    const head = await provider2.getBlock(c3.block);
    provider2.destroy();
    expect(m3.indexedTime, "the index is of the new chain (its head's timestamp)").to.equal(head?.timestamp);
    const totals3 = (await graphql(url3, "{ programme(id: 1) { attestations lastTime } }")).programme as { attestations: number; lastTime: string };
    expect(totals3.attestations).to.equal(c3.attestations);
    const file3 = await readFile(generated, "utf8");
    expect(file3).to.contain(`"deployedAt": "${rec3.deployedAt}"`);
    expect(file3).to.contain(`"rpcUrl": "http://127.0.0.1:${port2}"`);
    expect(file3).to.contain(`"indexerUrl": "${url3}"`);
    // finding 6: the guarded chain refuses another web page (the browser test covers the rest)
    const foreign = await fetch(`http://127.0.0.1:${port2}`, {
      method: "POST",
      headers: { "content-type": "text/plain", origin: "http://evil.example" },
      body: JSON.stringify({ jsonrpc: "2.0", id: 1, method: "eth_accounts", params: [] }),
    });
    expect(foreign.status).to.equal(403);
    expect(foreign.headers.get("access-control-allow-origin")).to.equal(null);
    expect(await third.interrupt()).to.equal(0);
    expect(await isRpcUp(`http://127.0.0.1:${port2}`), "Ctrl-C stops npm start's chain").to.equal(false);
    expect(await reachable(url3), "Ctrl-C stops the indexer").to.equal(false);
  });
});
