/**
 * Every write goes: simulate (eth_call as the connected account) -> the wallet -> the receipt, with
 * pending / confirmed / failed toasts, refusals decoded into plain words, and the caches caught up
 * with the new block. Any contract of the deployment (the programme, the governor); a second send
 * while one is under way is refused (no double submit).
 */
import { useCallback, useRef, useState } from "react";
import { useQueryClient, type QueryClient } from "@tanstack/react-query";
import { useConnection } from "wagmi";
import { writeContract } from "wagmi/actions";
import type { Abi, Address, Hex, TransactionReceipt } from "viem";
import type { NameLookup } from "@pilot/sdk/errors";
import { useToasts, useTxToast } from "./toasts";
import { explainError } from "./contractErrors";
import i18n from "../i18n";
import { deployment } from "../config/loadDeployment";
import { targetChain, wagmiConfig } from "../wallet/config";
import { publicClient } from "../data/chain";
import { catchUp } from "../data/LiveUpdates";
import { registryKey } from "../data/registry";
import type { EntityInfo, ProjectInfo, ZoneInfo } from "../data/types";

export type WriteStatus = "idle" | "simulating" | "wallet" | "pending" | "confirmed" | "failed";

export interface WriteState {
  readonly status: WriteStatus;
  readonly message?: string;
  readonly hash?: Hex;
}

export interface WriteResult {
  readonly ok: boolean;
  readonly receipt?: TransactionReceipt;
  readonly message?: string;
}

export interface WriteTarget {
  readonly address: Address;
  readonly abi: Abi;
}

/** Names for error messages, from whatever the registry queries have cached. */
export function cachedLookup(queryClient: QueryClient): NameLookup {
  const find = <T extends { id: number }>(kind: "zones" | "entities" | "projects", id: number): T | undefined =>
    (queryClient.getQueryData<T[]>(registryKey(kind)) ?? []).find((r) => r.id === id);
  return {
    zone: async (id) => find<ZoneInfo>("zones", id)?.name,
    entity: async (id) => find<EntityInfo>("entities", id)?.name,
    project: async (id) => find<ProjectInfo>("projects", id)?.title,
  };
}

export function useContractWrite() {
  const connection = useConnection();
  const queryClient = useQueryClient();
  const toast = useTxToast();
  const toasts = useToasts();
  const [state, setState] = useState<WriteState>({ status: "idle" });
  const inFlight = useRef(false);

  const send = useCallback(
    async (target: WriteTarget, title: string, functionName: string, args: readonly unknown[]): Promise<WriteResult> => {
      const fail = (id: number | undefined, message: string): WriteResult => {
        if (id !== undefined) toast.failed(id, i18n.t("toast.notSent", { title }), message);
        setState({ status: "failed", message });
        return { ok: false, message };
      };
      if (inFlight.current) return { ok: false };
      if (connection.status !== "connected" || !connection.address) return fail(undefined, i18n.t("toast.connectFirst"));
      if (connection.chainId !== targetChain.id) return fail(undefined, i18n.t("toast.switchFirst", { name: deployment.chain.name }));
      inFlight.current = true;
      try {
        const account = connection.address;
        const client = publicClient();
        const lookup = cachedLookup(queryClient);
        const id = toast.pending(title);
        setState({ status: "simulating" });
        const call = { address: target.address, abi: target.abi, functionName, args, account } as never;
        // 1. Simulate as the connected account: a refusal is explained before the wallet opens.
        try {
          await client.simulateContract(call);
        } catch (error) {
          return fail(id, await explainError(error, lookup));
        }
        // 2. The wallet signs and sends.
        setState({ status: "wallet" });
        let hash: Hex;
        try {
          hash = await writeContract(wagmiConfig, { ...(call as object), chainId: targetChain.id } as never);
        } catch (error) {
          return fail(id, await explainError(error, lookup));
        }
        setState({ status: "pending", hash });
        toasts.update(id, { status: "pending", title, detail: i18n.t("toast.sent"), hash });
        // 3. The receipt.
        try {
          const receipt = await client.waitForTransactionReceipt({ hash, pollingInterval: 500 });
          if (receipt.status !== "success") return fail(id, i18n.t("toast.reverted"));
          await catchUp(queryClient, receipt.blockNumber);
          await queryClient.invalidateQueries({ queryKey: ["roles"] });
          toast.confirmed(id, title, hash, i18n.t("toast.confirmedIn", { block: String(receipt.blockNumber) }));
          setState({ status: "confirmed", hash });
          return { ok: true, receipt };
        } catch (error) {
          return fail(id, await explainError(error, lookup));
        }
      } finally {
        inFlight.current = false;
      }
    },
    [connection.status, connection.address, connection.chainId, queryClient, toast, toasts],
  );

  const reset = useCallback(() => setState({ status: "idle" }), []);
  const busy = state.status === "simulating" || state.status === "wallet" || state.status === "pending";
  return { send, state, busy, reset };
}
