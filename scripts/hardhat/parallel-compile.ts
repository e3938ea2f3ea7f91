/**
 * A local Hardhat plugin: compile with one solc process per core.
 *
 * Hardhat 3 runs compilation jobs side by side, but by default on `cores - 1` of them, which on a
 * two-core machine means one at a time. solcjs (the `solc` npm package, our only compiler) runs in a
 * child process, so the main process is idle while it works: using every core costs nothing. The
 * contracts are split into two jobs for it (hardhat.config.ts: the governor compiles on its own), which
 * took a clean build from 33.6 s to 26 s on two cores. An explicit `concurrency` passed to
 * `hre.solidity.build` still wins.
 */
import type { HardhatPlugin } from "hardhat/types/plugins";

export const parallelCompile: HardhatPlugin = {
  id: "pilot:parallel-compile",
  hookHandlers: {
    solidity: () => import("./parallel-compile-hooks.js"),
  },
};
