/**
 * Fills the local programme that `npm start` runs with realistic attestations,
 * to try the dApp and the indexer at scale by hand:
 *
 *   npm start                                   (in one terminal)
 *   npx tsx scripts/fill/fill.ts --attestations 50000   (in another)
 *
 * Only on a local dev node whose deployment (deployments/chain-31337.json) holds
 * exactly the seeded sample: the plan starts from the sample's final state.
 * Blocks keep the node's own timestamps (the bench instead spreads them over
 * years, see bench/scale/). `--attestations` counts the whole log.
 *
 * Options: --attestations N (default 20000)  --rpc URL (default http://127.0.0.1:8545)  --seed S
 */
import { Interface } from "ethers";
import { pilotProgrammeAbi } from "@pilot/sdk/generated/abis";
import { readDeployment } from "../deploy/deployment-record.js";
import { loadSample } from "../sample/validate.js";
import { planAccounts, planSeats } from "../seed/account-plan.js";
import { Rpc } from "../node/rpc.js";
import { readTotals } from "../node/totals.js";
import { FillExecutor } from "./executor.js";
import { fillWorld } from "./world.js";

async function main(): Promise<void> {
  const argv = process.argv.slice(2);
  const arg = (name: string) => {
    const i = argv.indexOf(name);
    return i >= 0 ? argv[i + 1] : undefined;
  };
  const total = Number((arg("--attestations") ?? "20000").replace(/[_,]/g, ""));
  const url = arg("--rpc") ?? "http://127.0.0.1:8545";
  const seed = arg("--seed");
  if (!Number.isSafeInteger(total) || total <= 0) throw new Error("--attestations: expected a whole number > 0");

  const rpc = new Rpc(url);
  const version = await rpc.call<string>("web3_clientVersion").catch(() => "");
  if (!/hardhat|edr|anvil/i.test(version)) throw new Error(`${url} is not a local dev node (${version || "no answer"}); the fill only runs on one`);
  const chainId = Number(BigInt(await rpc.call<string>("eth_chainId")));
  const record = await readDeployment(chainId);
  if (!record) throw new Error(`no deployment record for chain ${chainId}: run npm start first`);
  const sample = await loadSample();
  const totals = await readTotals(rpc, new Interface(pilotProgrammeAbi), record.programme);
  if (totals.attestations !== sample.attestations.length || totals.projects !== sample.projects.length) {
    throw new Error(
      `the programme at ${record.programme} holds ${totals.attestations} attestations and ${totals.projects} projects; the fill starts from the seeded sample exactly (a fresh npm start)`,
    );
  }
  if (total <= totals.attestations) throw new Error(`the log already holds ${totals.attestations} attestations`);

  const nodeAccounts = await rpc.call<string[]>("eth_accounts");
  const accounts = new Map([...planAccounts(sample, nodeAccounts).values()].map((a) => [a.label, a.address]));
  const executor = await FillExecutor.create({
    rpcUrl: url,
    programme: record.programme,
    world: fillWorld(sample),
    accounts,
    count: total - totals.attestations,
    ...(record.governance ? { governance: { addresses: record.governance, seats: planSeats(sample, nodeAccounts) } } : {}),
    ...(seed ? { seed: Number(seed) } : {}),
    log: (line) => console.log(line),
  });
  const m = executor.landmarks;
  console.log(`filling ${record.programme} on ${url} to ${total.toLocaleString("en")} attestations`);
  const stats = await executor.fillTo(total - totals.attestations);
  console.log(
    `done: ${stats.attestations.toLocaleString("en")} attestations in ${(stats.ms / 1000).toFixed(1)} s (${Math.round(stats.attestations / (stats.ms / 1000))}/s), ` +
      `${stats.revocations} revoked, ${stats.acceptances} acceptances, ${stats.transactions} transactions, ${stats.blocks} blocks`,
  );
  console.log(`busy project: /projects/${m.busyProject.id} ("${m.busyProject.title}"); most attested document: ${m.busyDocument.contentHash}`);
}

main().catch((error: unknown) => {
  console.error(`fill failed: ${(error as Error).message}`);
  process.exit(1);
});
