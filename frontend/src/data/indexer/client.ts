/**
 * The indexer's HTTP API, read with plain `fetch`: POST /graphql (Ponder's GraphQL) and GET /meta.
 *
 * Why not @ponder/client: it sends one HTTP request per SQL query and one SSE stream per live
 * query, and needs the indexer's schema in the bundle: importing indexer/ponder.schema.ts pulls
 * `ponder`'s own entry (server middleware, node:fs/crypto shims) into the browser build — about
 * 217 KB minified (51 KB gzipped) measured with Vite, against 0 KB here. GraphQL lets one page ask
 * for everything it shows (several root fields) in ONE request, with server-side `where`,
 * `orderBy`, `limit`/`offset`, cursors and `totalCount`, and live updates are a cheap poll of /meta.
 * Queries are checked against the schema in indexer/ponder.schema.ts by queries.test.ts.
 */

export type IndexerFailure = "unreachable" | "http" | "graphql" | "malformed";

export class IndexerError extends Error {
  readonly failure: IndexerFailure;
  constructor(failure: IndexerFailure, message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = "IndexerError";
    this.failure = failure;
  }
}

export interface GraphQLRequest {
  readonly query: string;
  readonly variables?: Readonly<Record<string, unknown>>;
}

export type Fetch = (input: string, init?: RequestInit) => Promise<Response>;

const join = (base: string, path: string) => `${base.replace(/\/+$/, "")}${path}`;

/** One GraphQL request; throws an {@link IndexerError} on a network, HTTP or GraphQL error. */
export async function postGraphQL<T>(baseUrl: string, request: GraphQLRequest, options: { fetch?: Fetch; signal?: AbortSignal } = {}): Promise<T> {
  const doFetch = options.fetch ?? ((input, init) => fetch(input, init));
  const url = join(baseUrl, "/graphql");
  let response: Response;
  try {
    response = await doFetch(url, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify(request),
      ...(options.signal ? { signal: options.signal } : {}),
    });
  } catch (cause) {
    if (options.signal?.aborted) throw cause;
    throw new IndexerError("unreachable", `The indexer at ${baseUrl} does not answer.`, { cause });
  }
  if (!response.ok) throw new IndexerError("http", `The indexer answered HTTP ${response.status} ${response.statusText}`.trim());
  let body: { data?: T | null; errors?: readonly { message?: string }[] };
  try {
    body = (await response.json()) as typeof body;
  } catch (cause) {
    throw new IndexerError("malformed", "The indexer's answer is not JSON.", { cause });
  }
  if (body.errors && body.errors.length > 0) {
    throw new IndexerError("graphql", `The indexer refused the query: ${body.errors.map((e) => e.message ?? "unknown error").join("; ")}`);
  }
  if (body.data === undefined || body.data === null) throw new IndexerError("malformed", "The indexer's answer has no data.");
  return body.data;
}

/** GET a JSON document of the indexer (e.g. /meta). */
export async function getJson(baseUrl: string, path: string, options: { fetch?: Fetch; signal?: AbortSignal } = {}): Promise<unknown> {
  const doFetch = options.fetch ?? ((input, init) => fetch(input, init));
  let response: Response;
  try {
    response = await doFetch(join(baseUrl, path), { cache: "no-store", ...(options.signal ? { signal: options.signal } : {}) });
  } catch (cause) {
    if (options.signal?.aborted) throw cause;
    throw new IndexerError("unreachable", `The indexer at ${baseUrl} does not answer.`, { cause });
  }
  if (!response.ok) throw new IndexerError("http", `The indexer answered HTTP ${response.status} on ${path}`);
  try {
    return await response.json();
  } catch (cause) {
    throw new IndexerError("malformed", `The indexer's ${path} is not JSON.`, { cause });
  }
}
