/** Error state shown on data pages when the public RPC cannot be reached. */
import { Trans, useTranslation } from "react-i18next";
import { useNetworkStatus } from "../data/useNetworkStatus";
import { ErrorState } from "./States";

export function NetworkNotice() {
  const { t } = useTranslation();
  const { state, chain, retry } = useNetworkStatus();
  if (state !== "offline") return null;
  return (
    <div data-testid="network-error">
      <ErrorState title={t("states.cannotReach", { name: chain.name })} onRetry={retry}>
        <Trans i18nKey="states.cannotReachText" values={{ url: chain.rpcUrl }} components={{ mono: <span className="mono" /> }} />
      </ErrorState>
    </div>
  );
}
