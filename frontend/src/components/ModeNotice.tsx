/**
 * Page-level notices about where the data comes from: the limited mode (no indexer: what this
 * page can and cannot show), and an indexer that is down or follows another deployment.
 */
import type { ReactNode } from "react";
import { useIndexStatus } from "../data/indexer/useIndexStatus";
import { indexerUrl, readMode } from "../data/readMode";

export function LimitedModeNotice({ children }: { readonly children?: ReactNode }) {
  if (readMode !== "limited") return null;
  return (
    <div className="notice notice--limited" role="note" data-testid="limited-mode">
      <strong>Limited mode.</strong> This deployment has no indexer, so pages read the chain directly and show less. {children}
    </div>
  );
}

export function IndexerNotice() {
  const { health, unreachable, error } = useIndexStatus();
  if (readMode !== "indexed") return null;
  if (unreachable) {
    return (
      <div className="notice notice--error" role="alert" data-testid="indexer-error">
        <strong>The indexer at <span className="mono">{indexerUrl}</span> does not answer.</strong> Lists and charts need it; verdicts on the Verify page are read from the chain and still work.
        {error ? <span className="muted small"> ({error.message})</span> : null}
      </div>
    );
  }
  if (health?.state === "wrong-deployment") {
    return (
      <div className="notice notice--error" role="alert" data-testid="indexer-error">
        <strong>The indexer does not index this deployment:</strong> {health.reason}. What it lists is not about this programme.
      </div>
    );
  }
  return null;
}
