/** The e2e harness API. */
export { launchBrowser, newPage, VIEWPORTS, CHROMIUM_FLAGS, CHROMIUM_PATH } from "./browser.ts";
export { buildApp, serveApp, REPO_ROOT, type RunningApp } from "./appServer.ts";
// the local node, its port and JSON-RPC: scripts/node/, shared with npm start, the tests and the bench
export { freePort } from "../../scripts/node/free-port.ts";
export type { LocalNode as HardhatNode } from "../../scripts/node/hardhat-node.ts";
export { rpcCall as rpc } from "../../scripts/node/rpc.ts";
export { blockNumber, increaseTime, startHardhatNode } from "./localNode.ts";
export {
  installE2EWallet,
  walletSetChain,
  walletForgetChain,
  walletSetAccounts,
  walletRejectNext,
  walletLog,
  E2E_WALLET_INFO,
  type E2EWalletOptions,
} from "./injectedWallet.ts";
export { countRpcRequests, type RpcCounter } from "./rpcCounter.ts";
export { countData, type DataCounter } from "./dataCounter.ts";
export { startFakeNode, FAKE_ACCOUNTS, type FakeNode } from "./fakeNode.ts";
export { screenshot } from "./screenshot.ts";
export { startE2EIndexer, type RunningIndexer } from "./indexer.ts";
export { FIRST_SEAT_ACCOUNT, deployAndSeed, planSeed, type SeededProgramme, type SeedPlan } from "./seededChain.ts";
