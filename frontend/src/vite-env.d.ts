/// <reference types="vite/client" />

interface ImportMetaEnv {
  /** Build-time overrides of the chain description (used by e2e and ad-hoc deployments). */
  readonly VITE_CHAIN_ID?: string;
  readonly VITE_CHAIN_NAME?: string;
  readonly VITE_RPC_URL?: string;
  /** A whole deployment description as JSON (chain, programme, reader, deploymentBlock, accountLabels). */
  readonly VITE_DEPLOYMENT?: string;
}

interface ImportMeta {
  readonly env: ImportMetaEnv;
}
