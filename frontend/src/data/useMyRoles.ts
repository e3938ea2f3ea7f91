/** Roles held by an account. PLACEHOLDER: the access-control contract is not wired yet. */
import { useQuery } from "@tanstack/react-query";
import type { Address } from "viem";
import { sampleQueryFn } from "./sampleQuery";

export type Role = "Programme office" | "Regulator" | "Zone administrator" | "Expert" | "Entity account";

export function useMyRoles(address: Address | undefined) {
  return useQuery({
    queryKey: ["sample", "roles", address],
    enabled: address !== undefined,
    queryFn: sampleQueryFn((): Role[] => []),
  });
}
