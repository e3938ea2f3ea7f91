/**
 * When the offices of a few accounts expire (zone administrators, regulators, experts), from the
 * chain: one ProgrammeReader.accounts read (pages sized for the eth_call gas cap), whatever the read
 * mode, as the indexer does not carry the expiry yet. The expiry is kept per account, a UTC day.
 */
import { useQuery } from "@tanstack/react-query";
import type { Address } from "viem";
import { pageSize, readAllChunks } from "@pilot/sdk/readPaging";
import { programmeReaderAbi, publicClient, requireContracts } from "./chain";

const DAY = 86_400;

/** Lower-cased address -> the instant its office ends (seconds), 0 when none is recorded. */
export function useOfficeExpiries(accounts: readonly Address[]) {
  const list = [...new Set(accounts.map((a) => a.toLowerCase() as Address))].sort();
  return useQuery({
    queryKey: ["officeExpiry", list],
    enabled: list.length > 0,
    queryFn: async () => {
      const { reader } = requireContracts();
      const client = publicClient();
      const rows = await readAllChunks(list, (chunk) => client.readContract({ address: reader, abi: programmeReaderAbi, functionName: "accounts", args: [[...chunk]] }), { pageSize: pageSize("accounts") });
      return new Map<string, number>(list.map((a, i) => [a, Number(rows[i]?.officeExpiryDay ?? 0) * DAY]));
    },
  });
}
