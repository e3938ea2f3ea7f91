/**
 * The suite's ABIs, read from Hardhat's build artifacts (never hand-copied).
 * Run `hardhat build` first; `npm start` and `npm run deploy` do.
 */
import { readFile } from "node:fs/promises";
import path from "node:path";
import { fileURLToPath } from "node:url";

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");

export const ARTIFACT_PATHS = {
  PilotProgramme: "artifacts/contracts/PilotProgramme.sol/PilotProgramme.json",
  ProgrammeReader: "artifacts/contracts/lens/ProgrammeReader.sol/ProgrammeReader.json",
  ProgrammeGovernor: "artifacts/contracts/governance/ProgrammeGovernor.sol/ProgrammeGovernor.json",
  ProgrammeTimelock: "artifacts/contracts/governance/ProgrammeTimelock.sol/ProgrammeTimelock.json",
  ProgrammeSeats: "artifacts/contracts/governance/ProgrammeSeats.sol/ProgrammeSeats.json",
} as const;

export type SuiteContract = keyof typeof ARTIFACT_PATHS;
export type Abi = readonly Record<string, unknown>[];

export async function readAbi(name: SuiteContract): Promise<Abi> {
  const file = path.join(ROOT, ARTIFACT_PATHS[name]);
  try {
    const artifact = JSON.parse(await readFile(file, "utf8")) as { abi?: Abi };
    if (!Array.isArray(artifact.abi)) throw new Error("no abi");
    return artifact.abi;
  } catch (error) {
    throw new Error(`cannot read the ${name} artifact (${ARTIFACT_PATHS[name]}): ${(error as Error).message}; run \`npx hardhat build\``);
  }
}
