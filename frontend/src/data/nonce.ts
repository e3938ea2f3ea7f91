/** A signer's EIP-712 nonce: the one its next signed attestation must carry (kept live by SignatureUsed / NonceIncreased). */
import { useQuery } from "@tanstack/react-query";
import type { Address } from "viem";
import { pilotProgrammeAbi, publicClient, requireContracts } from "./chain";

export const nonceKey = (address: Address | undefined) => ["nonce", address] as const;

export async function fetchNonce(address: Address): Promise<bigint> {
  const { programme } = requireContracts();
  return publicClient().readContract({ address: programme, abi: pilotProgrammeAbi, functionName: "nonces", args: [address] });
}

export function useSignerNonce(address: Address | undefined) {
  return useQuery({ queryKey: nonceKey(address), enabled: address !== undefined, queryFn: () => fetchNonce(address as Address) });
}
