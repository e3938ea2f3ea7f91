/** Reads the local node's unlocked accounts (eth_accounts), for the dev-accounts picker. */
import { useQuery } from "@tanstack/react-query";
import { getAddress, type Address } from "viem";
import { jsonRpcRequest } from "./jsonRpc";
import { deployment } from "../config/loadDeployment";

export function useDevAccountList(enabled: boolean) {
  return useQuery({
    queryKey: ["devAccounts", deployment.chain.rpcUrl],
    enabled,
    retry: false,
    staleTime: 30_000,
    queryFn: async (): Promise<Address[]> => {
      const result = await jsonRpcRequest(deployment.chain.rpcUrl, "eth_accounts");
      if (!Array.isArray(result)) return [];
      return result.filter((a): a is string => typeof a === "string").map((a) => getAddress(a));
    },
  });
}
