/** The wagmi config: one chain (from the deployment), EIP-6963 wallets, and dev accounts on 31337. */
import { createConfig, http, type CreateConnectorFn } from "wagmi";
import { deployment } from "../config/loadDeployment";
import { isLocalDevChain } from "../config/deployment";
import { chainFromDescription } from "../config/chain";
import { createDevAccounts, type DevAccountsController } from "./devAccountsConnector";

export const targetChain = chainFromDescription(deployment.chain);

/** Present only on the local Hardhat chain. */
export const devAccounts: DevAccountsController | undefined = isLocalDevChain(deployment.chain) ? createDevAccounts(deployment.chain) : undefined;

const connectors: CreateConnectorFn[] = devAccounts ? [devAccounts.connector] : [];

export const wagmiConfig = createConfig({
  chains: [targetChain],
  connectors,
  // Injected wallets announce themselves via EIP-6963; wagmi turns each into a connector.
  multiInjectedProviderDiscovery: true,
  // Reads never need a wallet: they go through the public RPC (batched JSON-RPC).
  transports: { [targetChain.id]: http(deployment.chain.rpcUrl, { batch: true, retryCount: 1 }) },
});

declare module "wagmi" {
  interface Register {
    config: typeof wagmiConfig;
  }
}
