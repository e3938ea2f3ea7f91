/** The app's indexer requests: the configured URL, one GraphQL POST per call, /meta. */
import { getJson, IndexerError, postGraphQL, type GraphQLRequest } from "./client";
import { parseMeta, type IndexMeta } from "./meta";
import { indexerUrl } from "../readMode";

function requireIndexer(): string {
  if (!indexerUrl) throw new IndexerError("unreachable", "No indexer is configured for this deployment.");
  return indexerUrl;
}

export const idx = <T>(query: string, variables?: Record<string, unknown>, signal?: AbortSignal): Promise<T> =>
  postGraphQL<T>(requireIndexer(), { query, ...(variables ? { variables } : {}) } satisfies GraphQLRequest, signal ? { signal } : {});

export const fetchIndexMeta = async (signal?: AbortSignal): Promise<IndexMeta> => parseMeta(await getJson(requireIndexer(), "/meta", signal ? { signal } : {}));
