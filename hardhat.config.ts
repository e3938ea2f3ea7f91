import { createRequire } from "node:module";
import hardhatToolboxMochaEthers from "@nomicfoundation/hardhat-toolbox-mocha-ethers";
import { configVariable, defineConfig } from "hardhat/config";
import { solidityBuild } from "./scripts/hardhat/solidity-build.js";
import { tasks } from "./scripts/tasks/index.js";
import { DEV_ACCOUNT_BALANCE, DEV_ACCOUNT_COUNT, devPrivateKeys } from "./scripts/node/dev-keys.js";
import { PROGRAMME_CALENDAR } from "./scripts/seed/programme-calendar.js";

const require = createRequire(import.meta.url);

/** The compiler ships in the `solc` npm package: no download, ever. */
const SOLC_VERSION: string = require("solc/package.json").version;
const SOLC_PATH = require.resolve("solc/soljson.js");
const solc = (evmVersion: string) => ({
  version: SOLC_VERSION,
  path: SOLC_PATH,
  settings: { optimizer: { enabled: true, runs: 200 }, evmVersion },
});
/**
 * One build profile: every contract with the same compiler and settings. The governor (the largest
 * OpenZeppelin stack) is listed as an override with identical settings only so that Hardhat makes it
 * a compilation job of its own: two solc processes then run side by side (scripts/hardhat/
 * solidity-build.ts). The bytecode is the same as from one job.
 */
const profile = (evmVersion: string) => ({
  compilers: [solc(evmVersion)],
  overrides: { "contracts/governance/ProgrammeGovernor.sol": solc(evmVersion) },
});

/**
 * BSN Spartan-I, the state-backed open network (docs/networks.md#bsn-spartan-i):
 * Clique proof of authority, 10 s blocks, forks up to istanbul only, so no
 * base fee (legacy type-0 transactions with a gasPrice), a 16M block gas limit
 * (taken as 16,000,000, the lower reading). Gas is paid with a non-transferable
 * credit: nothing may depend on sending value.
 */
const SPARTAN = { chainId: 9090, fork: "istanbul", blockGasLimit: 16_000_000 } as const;

/**
 * Under `npm test` (which sets MOCHA_COUNTS_FILE), mocha's spec reporter that also writes the run's
 * counts to that file (scripts/test-report/mocha-counts-reporter.cjs); otherwise mocha's default.
 */
const MOCHA_REPORTER = process.env.MOCHA_COUNTS_FILE ? { reporter: require.resolve("./scripts/test-report/mocha-counts-reporter.cjs") } : {};

export default defineConfig({
  plugins: [hardhatToolboxMochaEthers, solidityBuild],
  tasks,
  solidity: {
    profiles: {
      // `paris` (the Merge) on purpose: no PUSH0 (shanghai), no MCOPY or
      // transient storage (cancun). Permissioned EVM chains (Besu networks
      // pinned to an older milestone, BSN Spartan, consortium forks) and
      // several L2s lag mainnet, and bytecode for a newer target fails there
      // with "invalid opcode". OpenZeppelin is pinned to 5.3.0 because its
      // SignatureChecker is the last one without `mcopy`.
      default: profile("paris"),
      // `--build-profile spartan`: the same contracts for BSN Spartan-I, whose
      // forks stop at istanbul (docs/networks.md#bsn-spartan-i).
      spartan: profile(SPARTAN.fork),
    },
  },
  // `npm run coverage` (hardhat test mocha --coverage) writes coverage/lcov.info and
  // coverage/html. Test helpers are neither instrumented nor reported, so the
  // figures are those of the production contracts only.
  coverage: {
    skipFiles: ["contracts/mocks/**"],
  },
  test: { mocha: MOCHA_REPORTER },
  networks: {
    // The network `hardhat node` serves (Hardhat 3 runs the node on the network
    // named "node" unless --network is given). One unlocked account per role of
    // the sample programme (data/sample-programme.json: 207 accounts; HD index =
    // position in its `accounts` list), from the well-known dev mnemonic
    // (explicit keys: Hardhat derives HD accounts slowly at start-up).
    // FIFO mempool: `npm start` seeds with automine off, and ids then follow
    // the order transactions were sent. The chain starts on 27 September 2021,
    // before the programme's call for applications, so that the sample is
    // seeded on the programme's real calendar (scripts/seed/programme-calendar.ts;
    // a chain cannot go back in time).
    node: {
      type: "edr-simulated",
      chainType: "l1",
      initialDate: PROGRAMME_CALENDAR.genesis,
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
    // BSN Spartan-I. URL (the gateway's, with its project key) and deployer key
    // from the keystore (`npx hardhat keystore set SPARTAN_RPC_URL`, `...
    // SPARTAN_PRIVATE_KEY`) or environment variables of the same names.
    // `npm run deploy -- --network spartan` builds with the `spartan` profile
    // (same name) first. gasPrice stays "auto": blocks there carry no base fee,
    // so Hardhat and Ignition send legacy (type-0) transactions priced with the
    // node's eth_gasPrice.
    spartan: {
      type: "http",
      chainType: "l1",
      chainId: SPARTAN.chainId,
      url: configVariable("SPARTAN_RPC_URL"),
      accounts: [configVariable("SPARTAN_PRIVATE_KEY")],
    },
    // Spartan-I's EVM in-process: the contract suite runs on it in CI
    // (`npm test -- --only mocha:spartan`). Pre-London: blocks carry no base
    // fee and every transaction is a legacy (type-0) one. Clique and 10 s
    // blocks are not simulated (the tests mine a block per transaction).
    spartanSimulated: {
      type: "edr-simulated",
      chainType: "l1",
      chainId: SPARTAN.chainId,
      hardfork: SPARTAN.fork,
      blockGasLimit: SPARTAN.blockGasLimit,
    },
  },
});
