/** How far the indexer has got ("indexed to block N", and how far behind the chain head), or the limited mode. */
import { useTranslation } from "react-i18next";
import { useIndexStatus } from "../../data/indexer/useIndexStatus";
import { indexerUrl, readMode } from "../../data/readMode";
import { formatNumber } from "../../format/display";

export function IndexPill() {
  const { t } = useTranslation();
  if (readMode === "limited") {
    return (
      <span className="net-pill net-pill--limited" data-testid="index-status" data-state="limited" title={t("status.limitedTitle")}>
        <span className="net-pill__dot" aria-hidden="true" />
        {t("status.limited")}
      </span>
    );
  }
  return <IndexedPill />;
}

function IndexedPill() {
  const { t } = useTranslation();
  const { health, unreachable } = useIndexStatus();
  const state = unreachable ? "offline" : !health ? "checking" : health.state;
  const text = unreachable
    ? t("status.indexerUnreachable")
    : !health
      ? t("status.indexerConnecting")
      : health.state === "wrong-deployment"
        ? t("status.indexerWrong")
        : health.state === "lagging"
          ? t("status.indexedLagging", { block: formatNumber(Number(health.indexedBlock)), behind: formatNumber(Number(health.behind)) })
          : t("status.indexed", { block: formatNumber(Number(health.indexedBlock)) });
  const pill = state === "synced" ? "online" : state === "lagging" || state === "checking" ? "checking" : "offline";
  return (
    <span
      className={`net-pill net-pill--${pill}`}
      data-testid="index-status"
      data-state={state}
      title={`${indexerUrl ?? ""}${health?.state === "wrong-deployment" ? `: ${health.reason}` : ""}`}
    >
      <span className="net-pill__dot" aria-hidden="true" />
      <span className="visually-hidden">{t("status.index")}</span>
      {text}
    </span>
  );
}
