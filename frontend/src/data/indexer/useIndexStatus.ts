/** The indexer's progress, polled (cheap: /meta is a few bytes), and how it stands against the chain head. */
import { useQuery } from "@tanstack/react-query";
import { deployment } from "../../config/loadDeployment";
import { contracts } from "../chain";
import { readMode } from "../readMode";
import { useNetworkStatus } from "../useNetworkStatus";
import { fetchIndexMeta } from "./fetch";
import { indexHealth, type IndexHealth, type IndexMeta } from "./meta";

/** How often the dApp asks the indexer how far it has got (and then refreshes what is on screen). */
export const META_POLL_MS = 2_000;

export const META_KEY = ["indexer-meta"] as const;

export const indexMetaQuery = {
  queryKey: META_KEY,
  queryFn: ({ signal }: { signal?: AbortSignal }) => fetchIndexMeta(signal),
  refetchInterval: META_POLL_MS,
  retry: 1,
  retryDelay: 500,
} as const;

export interface IndexStatus {
  readonly meta: IndexMeta | undefined;
  readonly health: IndexHealth | undefined;
  readonly unreachable: boolean;
  readonly error: Error | null;
}

export function useIndexStatus(): IndexStatus {
  const meta = useQuery({ ...indexMetaQuery, enabled: readMode === "indexed" });
  const { blockNumber } = useNetworkStatus();
  const health = meta.data && contracts ? indexHealth(meta.data, { chainId: deployment.chain.chainId, programme: contracts.programme }, blockNumber) : undefined;
  return { meta: meta.data, health, unreachable: meta.isError && meta.data === undefined, error: meta.error };
}
