/**
 * Keeps everything live without a reload: when a new block appears, fetch the
 * programme's logs of the new blocks (one request), fold them into the cached
 * event log, and refresh the registry reads if they changed anything.
 */
import { useEffect, useRef } from "react";
import { useQueryClient, type QueryClient } from "@tanstack/react-query";
import { contracts } from "./chain";
import { REGISTRY_EVENTS, tailLog } from "./log";
import { useNetworkStatus } from "./useNetworkStatus";

export async function refreshAfter(queryClient: QueryClient, names: ReadonlySet<string>): Promise<void> {
  const registryChanged = [...names].some((n) => REGISTRY_EVENTS.has(n));
  if (registryChanged) await queryClient.invalidateQueries({ queryKey: ["registry"] });
  if (registryChanged || names.has("Attested") || names.has("NonceIncreased")) await queryClient.invalidateQueries({ queryKey: ["roles"] });
  if (names.has("Attested") || names.has("Revoked")) await queryClient.invalidateQueries({ queryKey: ["document"] });
  // A signature used or voided moves its signer's nonce: the nonce reads and the Relay checks are stale.
  if (names.has("SignatureUsed") || names.has("NonceIncreased")) {
    await queryClient.invalidateQueries({ queryKey: ["nonce"] });
    await queryClient.invalidateQueries({ queryKey: ["relay-checks"] });
  }
}

let tailedTo: bigint | undefined;
let running: Promise<void> = Promise.resolve();

/** Folds blocks up to `block` into the caches (serialised; safe to call from anywhere). */
export function catchUp(queryClient: QueryClient, block: bigint): Promise<void> {
  running = running.then(async () => {
    if (!contracts) return;
    if (tailedTo === undefined) {
      tailedTo = block;
      return;
    }
    if (block <= tailedTo) return;
    const from = tailedTo + 1n;
    try {
      const { names } = await tailLog(queryClient, from, block);
      tailedTo = block;
      await refreshAfter(queryClient, names);
    } catch {
      /* the next block retries the same range */
    }
  });
  return running;
}

export function LiveUpdates() {
  const queryClient = useQueryClient();
  const { blockNumber } = useNetworkStatus();
  const last = useRef<bigint | undefined>(undefined);
  useEffect(() => {
    if (blockNumber === undefined || blockNumber === last.current) return;
    last.current = blockNumber;
    void catchUp(queryClient, blockNumber);
  }, [blockNumber, queryClient]);
  return null;
}
