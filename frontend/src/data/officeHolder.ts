/**
 * Who the programme office is, for the Admin page: one account (it sends the office's writes itself)
 * or the bodies' timelock (issue 10: every office action is then a proposal to the governor, made by a
 * seat holder). Also the guardian (it pauses at once, nothing else) and the connected account's votes.
 * Read from the chain: defaultAdmin, guardian; and when the office is the timelock, the account's
 * votes one second before the latest block and the governor's proposal threshold. Four small views.
 */
import { useQuery } from "@tanstack/react-query";
import { zeroAddress, type Address } from "viem";
import { programmeGovernorAbi } from "@pilot/sdk/generated/abis";
import { deployment } from "../config/loadDeployment";
import { pilotProgrammeAbi, publicClient, requireContracts } from "./chain";

export interface OfficeHolder {
  /** The account holding DEFAULT_ADMIN_ROLE. */
  readonly office: Address;
  /** The office is the deployment's timelock: office actions go through proposals. */
  readonly governed: boolean;
  /** The programme's guardian, if one is set. */
  readonly guardian: Address | undefined;
  /** The connected account's votes (0 without a seat) and the votes a proposal needs; 0n when not governed. */
  readonly votes: bigint;
  readonly threshold: bigint;
}

const same = (a: string | undefined, b: string | undefined) => a !== undefined && b !== undefined && a.toLowerCase() === b.toLowerCase();

export async function fetchOfficeHolder(account: Address): Promise<OfficeHolder> {
  const { programme } = requireContracts();
  const client = publicClient();
  const base = { address: programme, abi: pilotProgrammeAbi } as const;
  const [office, guardian, block] = await Promise.all([
    client.readContract({ ...base, functionName: "defaultAdmin" }),
    client.readContract({ ...base, functionName: "guardian" }),
    client.getBlock({ blockTag: "latest" }),
  ]);
  const gov = deployment.governance;
  const governed = gov !== undefined && same(office, gov.timelock);
  let votes = 0n;
  let threshold = 0n;
  if (governed && gov) {
    const governor = { address: gov.governor, abi: programmeGovernorAbi } as const;
    [votes, threshold] = await Promise.all([
      client.readContract({ ...governor, functionName: "getVotes", args: [account, block.timestamp - 1n] }),
      client.readContract({ ...governor, functionName: "proposalThreshold" }),
    ]);
  }
  return { office, governed, guardian: guardian === zeroAddress ? undefined : guardian, votes, threshold };
}

export function useOfficeHolder(account: Address | undefined) {
  return useQuery({
    queryKey: ["roles", "officeHolder", account],
    enabled: account !== undefined,
    queryFn: () => fetchOfficeHolder(account as Address),
    staleTime: 15_000,
  });
}
