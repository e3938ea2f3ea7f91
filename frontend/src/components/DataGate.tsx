/** Common page states: no deployment configured, the network notice, and an indexer that is down or follows another deployment. */
import type { ReactNode } from "react";
import { contracts } from "../data/chain";
import { deployment } from "../lib/loadDeployment";
import { IndexerNotice } from "./ModeNotice";
import { NetworkNotice } from "./NetworkNotice";
import { EmptyState } from "./States";

export function DataGate({ children }: { readonly children: ReactNode }) {
  if (!contracts) {
    return (
      <>
      <NetworkNotice />
      <EmptyState title="No programme on this network yet">
        No contract addresses are configured for {deployment.chain.name} (chain {deployment.chain.chainId}). Run <code>npm start</code> for a local
        programme, or build with the deployment of a public network.
      </EmptyState>
      </>
    );
  }
  return (
    <>
      <NetworkNotice />
      <IndexerNotice />
      {children}
    </>
  );
}
