/** Common page states: no deployment configured, the network notice, and an indexer that is down or follows another deployment. */
import type { ReactNode } from "react";
import { Trans, useTranslation } from "react-i18next";
import { contracts } from "../data/chain";
import { deployment } from "../config/loadDeployment";
import { IndexerNotice } from "./ModeNotice";
import { NetworkNotice } from "./NetworkNotice";
import { EmptyState } from "./States";

export function DataGate({ children }: { readonly children: ReactNode }) {
  const { t } = useTranslation();
  if (!contracts) {
    return (
      <>
        <NetworkNotice />
        <EmptyState title={t("states.noDeployment")}>
          <Trans
            i18nKey="states.noDeploymentText"
            values={{ name: deployment.chain.name, chainId: deployment.chain.chainId }}
            components={{ code: <code /> }}
          />
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
