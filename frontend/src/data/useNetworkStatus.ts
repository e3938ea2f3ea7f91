/** Live reachability of the public RPC (real chain read: eth_blockNumber). Works without a wallet. */
import { useBlockNumber } from "wagmi";
import { deployment } from "../lib/loadDeployment";

export type NetworkState = "checking" | "online" | "offline";

export function useNetworkStatus() {
  const block = useBlockNumber({
    chainId: deployment.chain.chainId,
    query: { refetchInterval: 15_000, retry: 1, retryDelay: 500 },
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
