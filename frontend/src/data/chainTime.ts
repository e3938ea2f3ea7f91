/**
 * The chain's clock: the latest block's timestamp, in seconds. Office terms (issue 10) are judged by it,
 * not by the wall clock: the chain refuses a lapsed office by its own time, and the local sample's clock
 * runs in 2025. One read, shared by every page (roles.ts, OfficeExpiry.tsx).
 */
import { useQuery } from "@tanstack/react-query";
import { publicClient } from "./chain";

export async function fetchChainTime(): Promise<number> {
  const block = await publicClient().getBlock({ blockTag: "latest" });
  return Number(block.timestamp);
}

export const chainTimeKey = ["chainTime"] as const;

export function useChainTime() {
  return useQuery({ queryKey: chainTimeKey, queryFn: fetchChainTime, staleTime: 15_000 });
}
