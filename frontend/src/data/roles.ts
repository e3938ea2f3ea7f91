/** What an account may do: its entry in the programme (one packed slot) plus the programme-office role. */
import { useQuery } from "@tanstack/react-query";
import { zeroHash, type Address } from "viem";
import { FIELDS, maskToFields } from "@sdk/domain";
import { pilotProgrammeAbi, publicClient, requireContracts } from "./chain";

export interface AccountRoles {
  readonly address: Address;
  readonly isProgrammeOffice: boolean;
  readonly entityId: number;
  readonly zoneAdminOf: number;
  readonly regulatorFields: readonly number[];
  readonly expertFields: readonly number[];
  readonly nonce: bigint;
  readonly paused: boolean;
}

export async function fetchRoles(address: Address): Promise<AccountRoles> {
  const { programme } = requireContracts();
  const client = publicClient();
  const base = { address: programme, abi: pilotProgrammeAbi } as const;
  const [account, office, paused] = await Promise.all([
    client.readContract({ ...base, functionName: "getAccount", args: [address] }),
    client.readContract({ ...base, functionName: "hasRole", args: [zeroHash, address] }),
    client.readContract({ ...base, functionName: "paused" }),
  ]);
  return {
    address,
    isProgrammeOffice: office,
    entityId: account.entityId,
    zoneAdminOf: account.zoneAdminOf,
    regulatorFields: maskToFields(account.regulatorFields),
    expertFields: maskToFields(account.expertFields),
    nonce: account.nonce,
    paused,
  };
}

export function useRoles(address: Address | undefined) {
  return useQuery({
    queryKey: ["roles", address],
    enabled: address !== undefined,
    queryFn: () => fetchRoles(address as Address),
    staleTime: 15_000,
  });
}

export const hasAnyRole = (r: AccountRoles): boolean =>
  r.isProgrammeOffice || r.entityId !== 0 || r.zoneAdminOf !== 0 || r.regulatorFields.length > 0 || r.expertFields.length > 0;

/** Plain-words list of the roles, e.g. ["Programme office", "Regulator of Health"]. */
export function describeRoles(r: AccountRoles, names: { zone: (id: number) => string; entity: (id: number) => string }): string[] {
  const f = (ids: readonly number[]) => ids.map((i) => FIELDS[i]?.label ?? `#${i}`).join(", ");
  const out: string[] = [];
  if (r.isProgrammeOffice) out.push("Programme office");
  if (r.zoneAdminOf) out.push(`Administrator of zone ${names.zone(r.zoneAdminOf)}`);
  if (r.regulatorFields.length) out.push(`Regulator of ${f(r.regulatorFields)}`);
  if (r.expertFields.length) out.push(`Expert in ${f(r.expertFields)}`);
  if (r.entityId) out.push(`Signer for ${names.entity(r.entityId)}`);
  return out;
}
