import { createRequire } from "node:module";
import hardhatToolboxMochaEthers from "@nomicfoundation/hardhat-toolbox-mocha-ethers";
import { defineConfig } from "hardhat/config";
import { tasks } from "./scripts/tasks/index.js";

const require = createRequire(import.meta.url);

/** The compiler ships in the `solc` npm package: no download, ever. */
const SOLC_VERSION: string = require("solc/package.json").version;
const SOLC_PATH = require.resolve("solc/soljson.js");

export default defineConfig({
  plugins: [hardhatToolboxMochaEthers],
  tasks,
  solidity: {
    version: SOLC_VERSION,
    path: SOLC_PATH,
    settings: {
      optimizer: { enabled: true, runs: 200 },
      // `paris` (the Merge) on purpose: no PUSH0 (shanghai), no MCOPY or
      // transient storage (cancun). Permissioned EVM chains (Besu networks
      // pinned to an older milestone, BSN Spartan, consortium forks) and
      // several L2s lag mainnet, and bytecode for a newer target fails there
      // with "invalid opcode". OpenZeppelin is pinned to 5.3.0 because its
      // SignatureChecker is the last one without `mcopy`.
      evmVersion: "paris",
    },
  },
  networks: {
    localhost: {
      type: "http",
      chainType: "l1",
      url: "http://127.0.0.1:8545",
    },
  },
});
