/**
 * What an account may do: its entry in the programme (one packed slot) plus the programme-office role.
 * An office whose term has ended acts as no office on chain (`OfficeExpired`): it is left out of the
 * roles here too, and kept in `lapsed` so that the pages can say when it lapsed.
 */
import { useQuery } from "@tanstack/react-query";
import { zeroHash, type Address } from "viem";
import { FIELDS, maskToFields } from "@pilot/sdk/domain";
import { officeLapsed } from "@pilot/sdk/governance";
import { pilotProgrammeAbi, publicClient, requireContracts } from "./chain";
import { fetchChainTime } from "./chainTime";

export interface AccountRoles {
  readonly address: Address;
  readonly isProgrammeOffice: boolean;
  readonly entityId: number;
  readonly zoneAdminOf: number;
  readonly regulatorFields: readonly number[];
  readonly expertFields: readonly number[];
  readonly nonce: bigint;
  readonly paused: boolean;
  /** The offices this account held until their term ended (issue 10: they act as none), if any. */
  readonly lapsed: LapsedOffice | undefined;
  /** When the offices it holds end (seconds, a UTC midnight); undefined without an office in its term. */
  readonly officeTermEnds: number | undefined;
}

/** Offices whose term has ended, and when (seconds, a UTC midnight). */
export interface LapsedOffice {
  readonly zoneAdminOf: number;
  readonly regulatorFields: readonly number[];
  readonly expertFields: readonly number[];
  readonly expiredAt: number;
}

const DAY = 86_400;

type Offices = Pick<AccountRoles, "zoneAdminOf" | "regulatorFields" | "expertFields">;

/**
 * The offices an account holds at `nowSeconds` (the chain's clock): all of them while the term runs,
 * none once it has ended (the contract's `_requireTerm`: lapsed when now >= officeExpiryDay * 1 day).
 */
export function officesInTerm(held: Offices, officeExpiryDay: number, nowSeconds: number): Offices & { readonly lapsed: LapsedOffice | undefined } {
  const holds = held.zoneAdminOf !== 0 || held.regulatorFields.length > 0 || held.expertFields.length > 0;
  const expiredAt = officeExpiryDay * DAY;
  if (!holds || !officeLapsed(expiredAt, nowSeconds)) return { ...held, lapsed: undefined };
  return { zoneAdminOf: 0, regulatorFields: [], expertFields: [], lapsed: { ...held, expiredAt } };
}

export async function fetchRoles(address: Address): Promise<AccountRoles> {
  const { programme } = requireContracts();
  const client = publicClient();
  const base = { address: programme, abi: pilotProgrammeAbi } as const;
  const [account, office, paused, now] = await Promise.all([
    client.readContract({ ...base, functionName: "getAccount", args: [address] }),
    client.readContract({ ...base, functionName: "hasRole", args: [zeroHash, address] }),
    client.readContract({ ...base, functionName: "paused" }),
    fetchChainTime(),
  ]);
  const offices = officesInTerm(
    { zoneAdminOf: account.zoneAdminOf, regulatorFields: maskToFields(account.regulatorFields), expertFields: maskToFields(account.expertFields) },
    account.officeExpiryDay,
    now,
  );
  return {
    address,
    isProgrammeOffice: office,
    entityId: account.entityId,
    zoneAdminOf: offices.zoneAdminOf,
    regulatorFields: offices.regulatorFields,
    expertFields: offices.expertFields,
    nonce: account.nonce,
    paused,
    lapsed: offices.lapsed,
    officeTermEnds: offices.zoneAdminOf !== 0 || offices.regulatorFields.length > 0 || offices.expertFields.length > 0 ? account.officeExpiryDay * DAY : undefined,
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
