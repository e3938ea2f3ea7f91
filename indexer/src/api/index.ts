/**
 * The indexer's HTTP API (Ponder serves it; it adds /health, /ready, /status and /metrics and
 * answers CORS for any origin, so the dApp reads it straight from the browser):
 *
 *   /graphql  Ponder's GraphQL over every table (GET shows GraphiQL)
 *   /sql/*    @ponder/client: read-only SQL over HTTP, with live queries
 *   /meta     { chainId, programme, startBlock, indexedBlock, indexedTime }: which deployment this
 *             index is of and how far it has got (the last block folded in, events or not)
 */
import { db } from "ponder:api";
import schema from "ponder:schema";
import { Hono } from "hono";
import { client, graphql, sql } from "ponder";

const chainId = Number(process.env.PILOT_CHAIN_ID ?? 31337);
const programmeAddress = (process.env.PILOT_PROGRAMME ?? "").toLowerCase();
const startBlock = Number(process.env.PILOT_START_BLOCK ?? 0);

/** Ponder's checkpoint string: 10 digits of block timestamp, 16 of chain id, 16 of block number, … */
function decodeCheckpoint(checkpoint: string): { block: number; time: number } {
  return { time: Number(checkpoint.slice(0, 10)), block: Number(checkpoint.slice(26, 42)) };
}

const app = new Hono();

app.use("/sql/*", client({ db, schema }));
app.use("/graphql", graphql({ db, schema }));

app.get("/meta", async (c) => {
  // Ponder's checkpoint, not the programme row: the checkpoint is written last, once every table of
  // a block is flushed (with PGlite the API shares the indexer's session and may see a flush half done)
  const result = await db.execute(sql`SELECT latest_checkpoint FROM _ponder_checkpoint WHERE chain_id = ${chainId}`);
  const checkpoint = (result as unknown as { rows: { latest_checkpoint: string }[] }).rows[0]?.latest_checkpoint;
  const latest = checkpoint ? decodeCheckpoint(checkpoint) : null;
  c.header("Cache-Control", "no-store");
  return c.json({
    chainId,
    programme: programmeAddress,
    startBlock,
    /** The last block folded in (events or not); startBlock - 1 before the first. */
    indexedBlock: latest ? latest.block : Math.max(startBlock - 1, 0),
    indexedTime: latest ? latest.time : 0,
  });
});

export default app;
