/**
 * A Hardhat runtime of this repository's config (hardhat.config.ts, its plugins and networks)
 * created in this process, for code that runs outside `hardhat run` / `hardhat test`: the terminal
 * tasks' tests and the e2e harness, which deploy and act with it as `npx hardhat --network <name>`
 * would.
 */
import path from "node:path";
import { fileURLToPath } from "node:url";
import { createHardhatRuntimeEnvironment } from "hardhat/hre";
import type { HardhatRuntimeEnvironment } from "hardhat/types/hre";

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");

/** A runtime whose default network is `network` (default: Hardhat's own default). */
export async function localRuntime(network?: string): Promise<HardhatRuntimeEnvironment> {
  const config = (await import("../../hardhat.config.js")).default;
  return createHardhatRuntimeEnvironment(config, network === undefined ? {} : { network }, ROOT);
}
