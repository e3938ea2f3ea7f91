/// <reference types="vite/client" />

interface ImportMetaEnv {
  /** Build-time overrides of the chain description (used by e2e and ad-hoc deployments). */
  readonly VITE_CHAIN_ID?: string;
  readonly VITE_CHAIN_NAME?: string;
  readonly VITE_RPC_URL?: string;
  /** A whole deployment description as JSON (chain, programme, reader, deploymentBlock, accountLabels). */
  readonly VITE_DEPLOYMENT?: string;
  /** Largest block range of one eth_getLogs (default 50000); larger histories are fetched in pages. */
  readonly VITE_LOG_MAX_BLOCK_RANGE?: string;
  /** eth_getLogs pages sent per JSON-RPC batch (default 10). */
  readonly VITE_LOG_PAGES_PER_BATCH?: string;
  /** The indexer's base URL (overrides the deployment's `indexerUrl`); "none" builds the limited mode. */
  readonly VITE_INDEXER_URL?: string;
  /** Limited mode: how many of the latest attestations the overview's charts are drawn from (default 60). */
  readonly VITE_RECENT_ATTESTATIONS?: string;
}

interface ImportMeta {
  readonly env: ImportMetaEnv;
}
