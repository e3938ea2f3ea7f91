/** Toasts for transactions: pending / confirmed / failed, with a copyable (link-free) hash. Their state is tx/toasts.ts's store. */
import { useState, useSyncExternalStore, type ReactNode } from "react";
import { useTranslation } from "react-i18next";
import { ToastContext, createToastStore } from "../tx/toasts";
import { HashDisplay } from "./HashDisplay";

export function ToastProvider({ children }: { readonly children: ReactNode }) {
  const { t: tr } = useTranslation();
  const [store] = useState(createToastStore);
  const toasts = useSyncExternalStore(store.subscribe, store.snapshot);

  return (
    <ToastContext.Provider value={store}>
      {children}
      <div className="toasts" role="region" aria-label={tr("toast.region")} aria-live="polite">
        {toasts.map((t) => (
          <div key={t.id} className={`toast toast--${t.status}`} data-testid={`toast-${t.status}`}>
            <span className="toast__icon" aria-hidden="true">
              {t.status === "pending" ? <span className="spinner" /> : t.status === "confirmed" ? "✓" : t.status === "failed" ? "!" : "i"}
            </span>
            <div className="toast__body">
              <p className="toast__title">{t.title}</p>
              {t.detail ? <p className="toast__detail">{t.detail}</p> : null}
              {t.hash ? <HashDisplay value={t.hash} /> : null}
            </div>
            <button type="button" className="toast__close" onClick={() => store.dismiss(t.id)} aria-label={tr("toast.dismiss")}>
              ✕
            </button>
          </div>
        ))}
      </div>
    </ToastContext.Provider>
  );
}
