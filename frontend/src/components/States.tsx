/** Loading, empty and error states, plus skeleton placeholders. */
import type { ReactNode } from "react";
import { useTranslation } from "react-i18next";

export function Skeleton({ width = "100%", height = "1rem" }: { readonly width?: string; readonly height?: string }) {
  return <span className="skeleton" style={{ width, height }} aria-hidden="true" />;
}

export function SkeletonRows({ rows = 5 }: { readonly rows?: number }) {
  return (
    <div className="skeleton-rows" aria-hidden="true">
      {Array.from({ length: rows }, (_, i) => (
        <Skeleton key={i} height="2.25rem" />
      ))}
    </div>
  );
}

export function LoadingState({ label, rows = 4 }: { readonly label?: string; readonly rows?: number }) {
  const { t } = useTranslation();
  return (
    <div className="state" role="status" aria-live="polite">
      <span className="visually-hidden">{label ?? t("common.loading")}</span>
      <SkeletonRows rows={rows} />
    </div>
  );
}

export function EmptyState({ title, children, action }: { readonly title: string; readonly children?: ReactNode; readonly action?: ReactNode }) {
  return (
    <div className="state state--empty">
      <svg className="state__icon" viewBox="0 0 48 48" aria-hidden="true">
        <rect x="8" y="10" width="32" height="28" rx="4" fill="none" stroke="currentColor" strokeWidth="2.5" />
        <path d="M8 20h32M18 28h12" stroke="currentColor" strokeWidth="2.5" strokeLinecap="round" />
      </svg>
      <h2 className="state__title">{title}</h2>
      {children ? <p className="muted">{children}</p> : null}
      {action}
    </div>
  );
}

export function ErrorState({ title, children, onRetry }: { readonly title: string; readonly children?: ReactNode; readonly onRetry?: () => void }) {
  const { t } = useTranslation();
  return (
    <div className="state state--error" role="alert">
      <svg className="state__icon" viewBox="0 0 48 48" aria-hidden="true">
        <circle cx="24" cy="24" r="16" fill="none" stroke="currentColor" strokeWidth="2.5" />
        <path d="M24 15v11M24 32v1" stroke="currentColor" strokeWidth="3" strokeLinecap="round" />
      </svg>
      <h2 className="state__title">{title}</h2>
      {children ? <p className="muted">{children}</p> : null}
      {onRetry ? (
        <button type="button" className="btn btn--secondary btn--sm" onClick={onRetry}>
          {t("common.tryAgain")}
        </button>
      ) : null}
    </div>
  );
}
