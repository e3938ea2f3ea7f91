/**
 * An office action proposed to the governor (issue 10), from the Admin page. Two checks before the
 * wallet opens: the action itself is simulated as the timelock would make it once the proposal passes
 * (a zone name taken, a lapsed term… is said now, not after a week of voting), then `propose` is
 * simulated as the connected account (useContractWrite.ts: not a seat holder, the same proposal
 * already made…). Refusals in the shared sentences (tx/contractErrors.ts over sdk/errors.ts).
 */
import { useCallback, useState } from "react";
import { useQueryClient } from "@tanstack/react-query";
import type { Address } from "viem";
import { programmeGovernorAbi } from "@pilot/sdk/generated/abis";
import { explainError } from "../../tx/contractErrors";
import { deployment } from "../../config/loadDeployment";
import { proposeArgs, proposalIdFrom, type OfficeCall } from "./officeProposal";
import { pilotProgrammeAbi, publicClient, requireContracts } from "../../data/chain";
import { governanceKey } from "../../data/governance/useGovernance";
import { cachedLookup, useContractWrite, type WriteResult, type WriteState } from "../../tx/useContractWrite";

export interface ProposeResult extends WriteResult {
  /** The new proposal's id, read from the receipt. */
  readonly proposalId?: bigint;
}

export function useOfficePropose() {
  const { send, state: sent, busy: sending, reset: resetSent } = useContractWrite();
  const queryClient = useQueryClient();
  const [refusal, setRefusal] = useState<string | undefined>();
  const [checking, setChecking] = useState(false);

  const propose = useCallback(
    async (title: string, call: OfficeCall, description: string): Promise<ProposeResult> => {
      const gov = deployment.governance;
      if (!gov) return { ok: false };
      const { programme } = requireContracts();
      setRefusal(undefined);
      setChecking(true);
      try {
        await publicClient().simulateContract({
          address: programme,
          abi: pilotProgrammeAbi,
          functionName: call.functionName,
          args: call.args,
          account: gov.timelock as Address,
        } as never);
      } catch (error) {
        const message = await explainError(error, cachedLookup(queryClient));
        setRefusal(message);
        return { ok: false, message };
      } finally {
        setChecking(false);
      }
      const result = await send({ address: gov.governor, abi: programmeGovernorAbi }, title, "propose", proposeArgs(call, programme, description));
      if (!result.ok || !result.receipt) return result;
      await queryClient.invalidateQueries({ queryKey: governanceKey });
      return { ...result, proposalId: proposalIdFrom(result.receipt.logs) };
    },
    [send, queryClient],
  );

  const state: WriteState = refusal !== undefined ? { status: "failed", message: refusal } : checking ? { status: "simulating" } : sent;
  const reset = useCallback(() => {
    setRefusal(undefined);
    resetSent();
  }, [resetSent]);
  return { propose, state, busy: checking || sending, reset };
}
