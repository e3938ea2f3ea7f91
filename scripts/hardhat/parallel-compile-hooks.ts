/** The `solidity.build` hook of scripts/hardhat/parallel-compile.ts: one compilation job per core. */
import { availableParallelism } from "node:os";
import type { SolidityHooks } from "hardhat/types/hooks";

export default async (): Promise<Partial<SolidityHooks>> => ({
  build: async (context, rootFilePaths, options, next) =>
    next(context, rootFilePaths, { ...options, concurrency: options?.concurrency ?? availableParallelism() }),
});
