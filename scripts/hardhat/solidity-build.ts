/**
 * A local Hardhat plugin for how the contracts are built (hardhat.config.ts lists it):
 *
 * - **One solc process per core.** Hardhat 3 runs compilation jobs side by side, but by default on
 *   `cores - 1` of them, which on a two-core machine means one at a time. solcjs (the `solc` npm
 *   package, our only compiler) runs in a child process, so the main process is idle while it works:
 *   using every core costs nothing. The contracts are split into two jobs for it (hardhat.config.ts:
 *   the governor compiles on its own), which took a clean build from 33.6 s to 26 s on two cores. An
 *   explicit `concurrency` passed to `hre.solidity.build` still wins.
 * - **No noise from dependencies.** solc 0.8.3x warns that OpenZeppelin 5.3 names things `error`
 *   and `at`, which a future Solidity reserves. Those warnings point into node_modules, are not ours
 *   to fix and, at about 90 lines on a first build, read like a failure; they are dropped. Every
 *   other warning, and every warning about our own contracts, is printed as before.
 */
import type { HardhatPlugin } from "hardhat/types/plugins";

export const solidityBuild: HardhatPlugin = {
  id: "pilot:solidity-build",
  hookHandlers: {
    solidity: () => import("./solidity-build-hooks.js"),
  },
};
