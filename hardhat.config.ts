import { createRequire } from "node:module";
import hardhatToolboxMochaEthers from "@nomicfoundation/hardhat-toolbox-mocha-ethers";
import { configVariable, defineConfig } from "hardhat/config";
import { tasks } from "./scripts/tasks/index.js";
import { DEV_ACCOUNT_BALANCE, DEV_ACCOUNT_COUNT, devPrivateKeys } from "./scripts/seed/dev-keys.js";

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
  // `npm run coverage` (hardhat test mocha --coverage) writes coverage/lcov.info and
  // coverage/html. Test helpers are neither instrumented nor reported, so the
  // figures are those of the production contracts only.
  coverage: {
    skipFiles: ["contracts/mocks/**"],
  },
  networks: {
    // The network `hardhat node` serves (Hardhat 3 runs the node on the network
    // named "node" unless --network is given). One unlocked account per role of
    // the sample programme (data/sample-programme.json: 207 accounts; HD index =
    // position in its `accounts` list), from the well-known dev mnemonic
    // (explicit keys: Hardhat derives HD accounts slowly at start-up).
    // FIFO mempool: `npm start` seeds with automine off, and ids then follow
    // the order transactions were sent.
    node: {
      type: "edr-simulated",
      chainType: "l1",
      accounts: devPrivateKeys(DEV_ACCOUNT_COUNT).map((privateKey) => ({ privateKey, balance: DEV_ACCOUNT_BALANCE })),
      mining: { mempool: { order: "fifo" } },
    },
    localhost: {
      type: "http",
      chainType: "l1",
      url: "http://127.0.0.1:8545",
    },
    // Any JSON-RPC node with unlocked accounts, at $PILOT_RPC_URL (default: the
    // local node). The terminal tasks' tests point it at a node on a free port.
    rpc: {
      type: "http",
      chainType: "l1",
      url: configVariable("PILOT_RPC_URL", { default: "http://127.0.0.1:8545" }),
    },
    // A chain beyond this machine: public testnet, L2, Besu, BSN Spartan, ...
    // URL and deployer key come from the keystore (`npx hardhat keystore set
    // REMOTE_RPC_URL`, `... REMOTE_PRIVATE_KEY`) or, in CI, from environment
    // variables of the same names; never from this repository. See docs/networks.md.
    remote: {
      type: "http",
      chainType: "l1",
      url: configVariable("REMOTE_RPC_URL"),
      accounts: [configVariable("REMOTE_PRIVATE_KEY")],
    },
  },
});
