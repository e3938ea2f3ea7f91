/**
 * Page-level notices about where the data comes from: the limited mode (no indexer: what this
 * page can and cannot show), and an indexer that is down or follows another deployment.
 */
import type { ReactNode } from "react";
import { Trans, useTranslation } from "react-i18next";
import { useIndexStatus } from "../data/indexer/useIndexStatus";
import { indexerUrl, readMode } from "../data/readMode";

export function LimitedModeNotice({ children }: { readonly children?: ReactNode }) {
  const { t } = useTranslation();
  if (readMode !== "limited") return null;
  return (
    <div className="notice notice--limited" role="note" data-testid="limited-mode">
      <strong>{t("states.limitedTitle")}</strong> {t("states.limitedText")} {children}
    </div>
  );
}

export function IndexerNotice() {
  const { t } = useTranslation();
  const { health, unreachable, error } = useIndexStatus();
  if (readMode !== "indexed") return null;
  if (unreachable) {
    return (
      <div className="notice notice--error" role="alert" data-testid="indexer-error">
        <strong>
          <Trans i18nKey="states.indexerDown" values={{ url: indexerUrl ?? "" }} components={{ mono: <span className="mono" /> }} />
        </strong>{" "}
        {t("states.indexerDownText")}
        {error ? <span className="muted small"> ({error.message})</span> : null}
      </div>
    );
  }
  if (health?.state === "wrong-deployment") {
    return (
      <div className="notice notice--error" role="alert" data-testid="indexer-error">
        <strong>{t("states.indexerWrong")}</strong> {t("states.indexerWrongText", { reason: health.reason })}
      </div>
    );
  }
  return null;
}
