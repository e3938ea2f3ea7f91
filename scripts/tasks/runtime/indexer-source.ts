/**
 * `export --indexer <url>`: the attestations, project statuses and counts read
 * from the programme's Ponder indexer (indexer/: GraphQL at <url>/graphql, and
 * <url>/meta saying which deployment it indexes and how far it has got),
 * instead of from eth_getLogs. A convenience only: `export` still checks every
 * row and every project against contract state at the indexed block.
 */
import { getAddress } from "ethers";
import { kindLabel } from "@pilot/sdk/errors";
import { CliError } from "./cli-error.js";
import type { ExportRow } from "./log-export.js";
import { isoTime } from "./format.js";

const ZERO = `0x${"0".repeat(64)}`;
/** Ponder's GraphQL returns at most 1,000 rows per query. */
const ROWS_PER_QUERY = 1000;

export interface IndexerMeta {
  chainId: number;
  programme: string;
  startBlock: number;
  /** The last block folded into the index. */
  indexedBlock: number;
}

function base(url: string): string {
  return url.replace(/\/+$/, "");
}

async function getJson(url: string, init?: RequestInit): Promise<unknown> {
  let response: Response;
  try {
    response = await fetch(url, init);
  } catch (error) {
    throw new CliError(`cannot reach the indexer at ${url} (${(error as Error).message})`);
  }
  if (!response.ok) throw new CliError(`the indexer at ${url} answered HTTP ${response.status}`);
  return response.json();
}

/** Which deployment the indexer at `url` indexes, and how far. */
export async function indexerMeta(url: string): Promise<IndexerMeta> {
  const meta = (await getJson(`${base(url)}/meta`)) as Partial<IndexerMeta>;
  if (typeof meta.chainId !== "number" || typeof meta.programme !== "string" || typeof meta.indexedBlock !== "number") {
    throw new CliError(`${base(url)}/meta is not a pilot-programme indexer's (no chainId, programme, indexedBlock)`);
  }
  return { chainId: meta.chainId, programme: meta.programme, startBlock: Number(meta.startBlock ?? 0), indexedBlock: meta.indexedBlock };
}

async function graphql<T>(url: string, query: string, variables: Record<string, unknown>): Promise<T> {
  const body = (await getJson(`${base(url)}/graphql`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ query, variables }),
  })) as { data?: T; errors?: { message: string }[] };
  if (body.errors?.length || !body.data) throw new CliError(`the indexer's GraphQL refused a query: ${body.errors?.[0]?.message ?? "no data"}`);
  return body.data;
}

interface Page<T> {
  items: T[];
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
}

/** Every row of a plural query, cursor page after cursor page. */
async function* pages<T>(url: string, table: string, selection: string, orderBy: string, where: Record<string, unknown> = {}): AsyncGenerator<T[]> {
  // Ponder names the plural query `<table>s` and its filter type `<table>Filter`
  const field = `${table}s`;
  const query = `query($after: String, $where: ${table}Filter) {
    ${field}(orderBy: "${orderBy}", orderDirection: "asc", limit: ${ROWS_PER_QUERY}, after: $after, where: $where) {
      items { ${selection} }
      pageInfo { hasNextPage endCursor }
    }
  }`;
  let after: string | null = null;
  for (;;) {
    const data: Record<string, Page<T>> = await graphql<Record<string, Page<T>>>(url, query, { after, where });
    const page = data[field];
    if (!page) throw new CliError(`the indexer's GraphQL has no "${field}"`);
    yield page.items;
    if (!page.pageInfo.hasNextPage) return;
    after = page.pageInfo.endCursor;
  }
}

interface IndexedAttestation {
  uid: string;
  seq: number;
  projectId: number;
  attester: string;
  kind: number;
  contentHash: string;
  refUid: string | null;
  uri: string;
  delegated: boolean;
  nonce: string | null;
  revoked: boolean;
  revoker: string | null;
  revokeReason: string | null;
  block: string;
  logIndex: number;
  time: string;
  txHash: string;
}

const ATTESTATION_FIELDS = "uid seq projectId attester kind contentHash refUid uri delegated nonce revoked revoker revokeReason block logIndex time txHash";

/**
 * The attestations of blocks up to `toBlock`, in log order (`seq`), as export rows, one page of
 * the indexer's at a time. The block and transaction of a revocation are not indexed: those two
 * columns stay empty.
 */
export async function* indexedAttestationPages(url: string, toBlock: number): AsyncGenerator<{ rows: ExportRow[]; seqs: number[] }> {
  for await (const items of pages<IndexedAttestation>(url, "attestation", ATTESTATION_FIELDS, "seq", { block_lte: String(toBlock) })) {
    const rows = items.map((a): ExportRow => {
      const time = Number(a.time);
      return {
        uid: a.uid,
        projectId: a.projectId,
        kind: a.kind,
        kindLabel: kindLabel(a.kind),
        attester: getAddress(a.attester),
        contentHash: a.contentHash,
        refUID: a.refUid ?? ZERO,
        uri: a.uri,
        time,
        timeISO: isoTime(time),
        block: Number(a.block),
        txHash: a.txHash,
        logIndex: a.logIndex,
        relayedSigner: a.delegated ? getAddress(a.attester) : "",
        relayedNonce: a.delegated && a.nonce !== null ? String(a.nonce) : "",
        revoked: a.revoked,
        revokedBy: a.revoker ? getAddress(a.revoker) : "",
        revokeReason: a.revokeReason ?? "",
        revokedBlock: null,
        revokeTxHash: "",
      };
    });
    yield { rows, seqs: items.map((a) => a.seq) };
  }
}

/** Each project's status as the index has it. */
export async function indexedProjectStatuses(url: string): Promise<Map<number, number>> {
  const out = new Map<number, number>();
  for await (const items of pages<{ id: number; status: number }>(url, "project", "id status", "id")) {
    for (const p of items) out.set(p.id, p.status);
  }
  return out;
}

/** The index's counts of zones, entities and projects. */
export async function indexedCounts(url: string): Promise<{ zones: number; entities: number; projects: number }> {
  const data = await graphql<{ programmes: { items: { zones: number; entities: number; projects: number }[] } }>(
    url,
    "{ programmes(limit: 1) { items { zones entities projects } } }",
    {},
  );
  const row = data.programmes.items[0];
  return row ?? { zones: 0, entities: 0, projects: 0 };
}
