/**
 * `npm run indexer -- [options]`: runs the indexer for a deployment until Ctrl-C.
 *
 *   --rpc <url>          JSON-RPC endpoint (default http://127.0.0.1:8545)
 *   --chain-id <n>       chain id (default: the endpoint's)
 *   --programme <addr>   PilotProgramme address   } default: the deployment record
 *   --start-block <n>    its deployment block     } deployments/chain-<id>.json
 *   --port <n>           HTTP port (default: a free one)
 *   --data-dir <dir>     PGlite directory (default indexer/.ponder/pglite)
 *   --database-url <url> PostgreSQL instead of PGlite (or DATABASE_URL)
 *   --schema <prefix>    PostgreSQL schema prefix (default pilot)
 *   --views-schema <s>   PostgreSQL: also publish views in this schema
 */
import { readDeployment } from "../deploy/deployment-record.js";
import { Rpc } from "../node/rpc.js";
import { startIndexer, type IndexerOptions } from "./indexer-process.js";

function parse(argv: readonly string[]): Record<string, string> {
  const out: Record<string, string> = {};
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] as string;
    if (!arg.startsWith("--")) throw new Error(`unexpected argument ${arg} (see scripts/indexer/run-indexer.ts)`);
    const value = argv[++i];
    if (value === undefined) throw new Error(`${arg} needs a value`);
    out[arg.slice(2)] = value;
  }
  const known = ["rpc", "chain-id", "programme", "start-block", "port", "data-dir", "database-url", "schema", "views-schema"];
  for (const key of Object.keys(out)) if (!known.includes(key)) throw new Error(`unknown option --${key} (see scripts/indexer/run-indexer.ts)`);
  return out;
}

async function main(): Promise<void> {
  const args = parse(process.argv.slice(2));
  const rpcUrl = args.rpc ?? "http://127.0.0.1:8545";
  const chainId = args["chain-id"] ? Number(args["chain-id"]) : Number(BigInt(await new Rpc(rpcUrl).call<string>("eth_chainId")));
  let programme = args.programme as `0x${string}` | undefined;
  let startBlock = args["start-block"] !== undefined ? BigInt(args["start-block"]) : undefined;
  if (!programme || startBlock === undefined) {
    const record = await readDeployment(chainId);
    if (!record) throw new Error(`no deployment record for chain ${chainId}: give --programme and --start-block`);
    programme ??= record.programme as `0x${string}`;
    startBlock ??= BigInt(record.deploymentBlock);
  }
  const databaseUrl = args["database-url"] ?? process.env.DATABASE_URL;
  const opts: IndexerOptions = {
    rpcUrl,
    chainId,
    programme,
    startBlock,
    ...(args.port ? { port: Number(args.port) } : {}),
    ...(args["data-dir"] ? { dataDir: args["data-dir"] } : {}),
    ...(databaseUrl ? { databaseUrl } : {}),
    ...(args.schema ? { databaseSchema: args.schema } : {}),
    ...(args["views-schema"] ? { viewsSchema: args["views-schema"] } : {}),
    log: (line) => console.log(`[indexer] ${line}`),
  };
  const indexer = await startIndexer(opts);
  console.log(`\n  Indexer    ${indexer.url}   (GraphQL ${indexer.url}/graphql, SQL ${indexer.url}/sql, ${indexer.url}/meta; ${indexer.storage})\n`);
  await new Promise<void>((resolve) => {
    process.once("SIGINT", resolve);
    process.once("SIGTERM", resolve);
  });
  await indexer.stop();
}

main().catch((error: Error) => {
  console.error(`indexer failed: ${error.message}`);
  process.exit(1);
});
