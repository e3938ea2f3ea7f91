/** Writes to the programme: useContractWrite.ts (simulate -> wallet -> receipt), typed by the programme's ABI. */
import { useCallback } from "react";
import type { ContractFunctionArgs, ContractFunctionName } from "viem";
import { pilotProgrammeAbi, requireContracts } from "../data/chain";
import { useContractWrite, type WriteResult } from "./useContractWrite";

export { cachedLookup, type WriteResult, type WriteState, type WriteStatus } from "./useContractWrite";

type Abi = typeof pilotProgrammeAbi;
export type WriteName = ContractFunctionName<Abi, "nonpayable">;
export type WriteArgs<F extends WriteName> = ContractFunctionArgs<Abi, "nonpayable", F>;

export function useProgrammeWrite() {
  const { send: sendTo, state, busy, reset } = useContractWrite();
  const send = useCallback(
    async <F extends WriteName>(title: string, functionName: F, args: WriteArgs<F>): Promise<WriteResult> =>
      sendTo({ address: requireContracts().programme, abi: pilotProgrammeAbi }, title, functionName, args as readonly unknown[]),
    [sendTo],
  );
  return { send, state, busy, reset };
}
