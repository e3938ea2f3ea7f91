/** The e2e harness API. */
export { launchBrowser, newPage, VIEWPORTS, CHROMIUM_ARGS, CHROMIUM_PATH } from "./browser.ts";
export { buildApp, serveApp, freePort, REPO_ROOT, type RunningApp } from "./appServer.ts";
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
export { startHardhatNode, deployAndSeed, planSeed, rpc, type HardhatNode, type SeededProgramme, type SeedPlan } from "./hardhatChain.ts";
