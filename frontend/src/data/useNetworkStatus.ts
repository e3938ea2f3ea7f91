/** Live reachability of the public RPC (eth_blockNumber, polled). Works without a wallet; drives live updates. */
import { useBlockNumber } from "wagmi";
import { deployment } from "../config/loadDeployment";

export type NetworkState = "checking" | "online" | "offline";

/** How often the app looks for a new block (and then for new events). */
export const POLL_MS = 4_000;

export function useNetworkStatus() {
  const block = useBlockNumber({
    chainId: deployment.chain.chainId,
    query: { refetchInterval: POLL_MS, retry: 1, retryDelay: 500 },
  });
  const state: NetworkState = block.isPending && !block.isError ? "checking" : block.isError && block.data === undefined ? "offline" : "online";
  return {
    state,
    blockNumber: block.data,
    chain: deployment.chain,
    error: block.error,
    retry: () => void block.refetch(),
  };
}
