/**
 * `npm run seed`: seeds the recorded local deployment with the sample
 * programme (validated first: a bad file sends nothing), then rewrites the
 * dApp's generated file with the accounts' role labels.
 * Options: --url <rpc> (http://127.0.0.1:8545)  --sample <file>  --generated <file>
 */
import path from "node:path";
import { Interface } from "ethers";
import { publish, sampleAccounts } from "../deploy/publish.js";
import { pilotProgrammeAbi } from "@pilot/sdk/generated/abis";
import { readDeployment } from "../deploy/deployment-record.js";
import { DEFAULT_SAMPLE_PATH, loadSample, SampleValidationError } from "../sample/validate.js";
import { Rpc } from "../node/rpc.js";
import { isSeeded, readTotals } from "../node/totals.js";
import { seedSample } from "./seed-sample.js";

function option(name: string, fallback: string): string {
  const i = process.argv.indexOf(name);
  return i >= 0 && process.argv[i + 1] ? (process.argv[i + 1] as string) : fallback;
}

async function main(): Promise<void> {
  const url = option("--url", "http://127.0.0.1:8545");
  const sample = await loadSample(path.resolve(option("--sample", DEFAULT_SAMPLE_PATH)));
  const generated = process.argv.includes("--generated") ? path.resolve(option("--generated", "")) : undefined;
  const rpc = new Rpc(url);
  const chainId = Number(await rpc.call<string>("eth_chainId"));
  const record = await readDeployment(chainId);
  if (!record) throw new Error(`no deployment recorded for chain ${chainId}: run \`npm run deploy -- --network localhost\` first`);
  if ((await rpc.call<string>("eth_getCode", [record.programme, "latest"])) === "0x") {
    throw new Error(`no code at the recorded ${record.programme} on ${url} (fresh node?): run \`npm run deploy -- --network localhost\``);
  }
  const totals = await readTotals(rpc, new Interface(pilotProgrammeAbi), record.programme);
  if (isSeeded(totals, sample)) {
    console.log(`already seeded: ${JSON.stringify(totals)}`);
  } else {
    const t = Date.now();
    const summary = await seedSample({
      rpcUrl: url,
      programme: record.programme,
      sample,
      log: console.log,
      ...(record.governance ? { governance: record.governance } : {}),
    });
    console.log(
      `seeded ${JSON.stringify(summary.totals)}: ${summary.transactions} transactions in ${summary.blocks} blocks, ${((Date.now() - t) / 1000).toFixed(1)} s`,
    );
  }
  const file = await publish(record, url, sampleAccounts(sample, await rpc.call<string[]>("eth_accounts"), record.governance !== undefined), true, generated);
  console.log(`wrote ${path.relative(process.cwd(), file)}`);
}

try {
  await main();
} catch (error) {
  console.error(error instanceof SampleValidationError ? `invalid sample, nothing sent: ${error.message}` : `npm run seed failed: ${(error as Error).message}`);
  process.exitCode = 1;
}
