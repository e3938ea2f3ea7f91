/** The `solidity` hooks of scripts/hardhat/solidity-build.ts. */
import { availableParallelism } from "node:os";
import type { SolidityHooks } from "hardhat/types/hooks";

/** A dependency's "will be promoted to keyword" warning (a name a future Solidity reserves). */
export function isDependencyKeywordWarning(error: {
  severity?: string;
  message?: string;
  formattedMessage?: string;
  sourceLocation?: { file?: string };
}): boolean {
  if (error.severity !== "warning" || !/will be promoted to keyword/.test(error.message ?? "")) return false;
  const file = error.sourceLocation?.file ?? "";
  return file.startsWith("npm/") || file.includes("node_modules/") || /-->\s*\.?\/?node_modules\//.test(error.formattedMessage ?? "");
}

export default async (): Promise<Partial<SolidityHooks>> => ({
  build: async (context, rootFilePaths, options, next) =>
    next(context, rootFilePaths, { ...options, concurrency: options?.concurrency ?? availableParallelism() }),
  getCompilationJobErrors: async (context, compilationJob, compilerOutput, next) =>
    (await next(context, compilationJob, compilerOutput)).filter((error) => !isDependencyKeywordWarning(error)),
});
