/** The Governance page's queries: the seats and proposals, and the connected account's standing on them. */
import { useQuery } from "@tanstack/react-query";
import type { Address } from "viem";
import { deployment } from "../../config/loadDeployment";
import { publicClient } from "../chain";
import { LOG_PAGING } from "../readMode";
import { chainGovernanceSource, readMyGovernance } from "./chainSource";
import type { GovernanceData, MyGovernance } from "./types";

/** The deployment's governor, timelock and seats, when the programme office is governed. */
export const governance = deployment.governance;

export const governanceKey = ["governance"] as const;

function source() {
  if (!governance) throw new Error("this deployment has no governor");
  // The chain for now: the indexer does not hold the governor's events yet (chainSource.ts).
  return chainGovernanceSource({ client: publicClient(), ...governance, programme: deployment.programme, fromBlock: deployment.deploymentBlock, paging: LOG_PAGING });
}

export function useGovernance() {
  return useQuery<GovernanceData>({
    queryKey: [...governanceKey, governance?.governor],
    queryFn: () => source().load(),
    enabled: governance !== undefined,
    refetchInterval: 15_000,
  });
}

export function useMyGovernance(account: Address | undefined, data: GovernanceData | undefined) {
  const open = (data?.proposals ?? []).filter((p) => p.state === "Active" || p.state === "Pending");
  return useQuery<MyGovernance>({
    queryKey: [...governanceKey, "me", account, data?.chainTime, open.map((p) => p.id.toString()).join(",")],
    queryFn: () => {
      if (!governance || !account || !data) throw new Error("no account or no governor");
      return readMyGovernance({ client: publicClient(), ...governance }, account, open, data.chainTime);
    },
    enabled: governance !== undefined && account !== undefined && data !== undefined,
  });
}
