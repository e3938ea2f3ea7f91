/** How far the indexer has got ("indexed to block N", and how far behind the chain head), or the limited mode. */
import { useIndexStatus } from "../../data/indexer/useIndexStatus";
import { indexerUrl, readMode } from "../../data/readMode";
import { formatNumber } from "../../lib/format";

export function IndexPill() {
  if (readMode === "limited") {
    return (
      <span className="net-pill net-pill--limited" data-testid="index-status" data-state="limited" title="No indexer is configured: pages read the chain directly, with narrower views">
        <span className="net-pill__dot" aria-hidden="true" />
        Limited mode · no indexer
      </span>
    );
  }
  return <IndexedPill />;
}

function IndexedPill() {
  const { health, unreachable } = useIndexStatus();
  const state = unreachable ? "offline" : !health ? "checking" : health.state;
  const text = unreachable
    ? "Indexer unreachable"
    : !health
      ? "Indexer · connecting…"
      : health.state === "wrong-deployment"
        ? "Indexer follows another deployment"
        : health.state === "lagging"
          ? `Indexed to block ${formatNumber(Number(health.indexedBlock))} · ${formatNumber(Number(health.behind))} behind`
          : `Indexed to block ${formatNumber(Number(health.indexedBlock))}`;
  const pill = state === "synced" ? "online" : state === "lagging" || state === "checking" ? "checking" : "offline";
  return (
    <span className={`net-pill net-pill--${pill}`} data-testid="index-status" data-state={state} title={`${indexerUrl ?? ""}${health?.state === "wrong-deployment" ? `: ${health.reason}` : ""}`}>
      <span className="net-pill__dot" aria-hidden="true" />
      <span className="visually-hidden">Index: </span>
      {text}
    </span>
  );
}
