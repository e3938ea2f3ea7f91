/** Small live indicator of the public RPC's reachability. */
import { useTranslation } from "react-i18next";
import { useNetworkStatus } from "../../data/useNetworkStatus";
import { formatNumber } from "../../format/display";

export function NetworkPill() {
  const { t } = useTranslation();
  const { state, chain, blockNumber } = useNetworkStatus();
  const text =
    state === "online"
      ? t("status.online", { name: chain.name, block: blockNumber !== undefined ? formatNumber(Number(blockNumber)) : "?" })
      : state === "offline"
        ? t("status.offline", { name: chain.name })
        : t("status.connecting", { name: chain.name });
  return (
    <span className={`net-pill net-pill--${state}`} data-testid="network-status" data-state={state} title={chain.rpcUrl}>
      <span className="net-pill__dot" aria-hidden="true" />
      <span className="visually-hidden">{t("status.network")}</span>
      {text}
    </span>
  );
}
