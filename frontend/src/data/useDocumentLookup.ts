/**
 * Attestations that reference a document hash. PLACEHOLDER: the attestation log
 * is not wired yet, so every lookup returns no records.
 */
import { useQuery } from "@tanstack/react-query";
import type { Hex } from "viem";
import { sampleQueryFn } from "./sampleQuery";
import type { AttestationRecord } from "./types";

export function useDocumentLookup(hash: Hex | undefined) {
  return useQuery({
    queryKey: ["sample", "document", hash],
    enabled: hash !== undefined,
    queryFn: sampleQueryFn((): AttestationRecord[] => []),
  });
}
