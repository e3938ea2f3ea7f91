/** The app-wide deployment, resolved once at module load. */
import { DEV_DEPLOYMENT_KEY, resolveDeployment, type ResolvedDeployment } from "./deployment";

// `import.meta.glob` returns {} when the generated file is absent, so the
// build never fails before the deploy scripts have run.
const generated = import.meta.glob("../generated/deployment.ts", { eager: true });

function devOverride(): string | null {
  try {
    return typeof window === "undefined" ? null : window.localStorage.getItem(DEV_DEPLOYMENT_KEY);
  } catch {
    return null;
  }
}

export const deployment: ResolvedDeployment = resolveDeployment(
  generated,
  {
    VITE_CHAIN_ID: import.meta.env.VITE_CHAIN_ID,
    VITE_CHAIN_NAME: import.meta.env.VITE_CHAIN_NAME,
    VITE_RPC_URL: import.meta.env.VITE_RPC_URL,
    VITE_DEPLOYMENT: import.meta.env.VITE_DEPLOYMENT,
    VITE_INDEXER_URL: import.meta.env.VITE_INDEXER_URL,
  },
  devOverride(),
);
