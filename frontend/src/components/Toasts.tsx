/** Toasts for transactions: pending / confirmed / failed, with a copyable (link-free) hash. */
import { createContext, useCallback, useContext, useMemo, useRef, useState, type ReactNode } from "react";
import { useTranslation } from "react-i18next";
import i18n from "../i18n";
import { HashDisplay } from "./HashDisplay";

export type ToastStatus = "pending" | "confirmed" | "failed" | "info";

export interface Toast {
  readonly id: number;
  readonly status: ToastStatus;
  readonly title: string;
  readonly detail?: string;
  readonly hash?: string;
}

export interface ToastApi {
  push(toast: Omit<Toast, "id">): number;
  update(id: number, patch: Partial<Omit<Toast, "id">>): void;
  dismiss(id: number): void;
}

const ToastContext = createContext<ToastApi | undefined>(undefined);
const AUTO_DISMISS_MS = 8000;

export function ToastProvider({ children }: { readonly children: ReactNode }) {
  const { t: tr } = useTranslation();
  const [toasts, setToasts] = useState<readonly Toast[]>([]);
  const nextId = useRef(1);
  const timers = useRef(new Map<number, ReturnType<typeof setTimeout>>());

  const dismiss = useCallback((id: number) => {
    setToasts((list) => list.filter((t) => t.id !== id));
    const timer = timers.current.get(id);
    if (timer) clearTimeout(timer);
    timers.current.delete(id);
  }, []);

  const schedule = useCallback(
    (id: number, status: ToastStatus) => {
      const old = timers.current.get(id);
      if (old) clearTimeout(old);
      // Pending toasts stay until resolved; failures stay until dismissed.
      if (status === "confirmed" || status === "info") timers.current.set(id, setTimeout(() => dismiss(id), AUTO_DISMISS_MS));
    },
    [dismiss],
  );

  const api = useMemo<ToastApi>(
    () => ({
      push(toast) {
        const id = nextId.current++;
        setToasts((list) => [...list, { ...toast, id }]);
        schedule(id, toast.status);
        return id;
      },
      update(id, patch) {
        setToasts((list) => list.map((t) => (t.id === id ? { ...t, ...patch } : t)));
        if (patch.status) schedule(id, patch.status);
      },
      dismiss,
    }),
    [dismiss, schedule],
  );

  return (
    <ToastContext.Provider value={api}>
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
            <button type="button" className="toast__close" onClick={() => dismiss(t.id)} aria-label={tr("toast.dismiss")}>
              ✕
            </button>
          </div>
        ))}
      </div>
    </ToastContext.Provider>
  );
}

export function useToasts(): ToastApi {
  const api = useContext(ToastContext);
  if (!api) throw new Error("useToasts must be used inside <ToastProvider>");
  return api;
}

/** Convenience for a transaction's life: call pending(), then confirmed() or failed(). */
export function useTxToast() {
  const toasts = useToasts();
  return useMemo(
    () => ({
      pending(title: string, hash?: string): number {
        return toasts.push({ status: "pending", title, detail: i18n.t("toast.waiting"), ...(hash ? { hash } : {}) });
      },
      confirmed(id: number, title: string, hash?: string, detail: string = i18n.t("toast.confirmed")) {
        toasts.update(id, { status: "confirmed", title, detail, ...(hash ? { hash } : {}) });
      },
      failed(id: number, title: string, reason: string) {
        toasts.update(id, { status: "failed", title, detail: reason });
      },
    }),
    [toasts],
  );
}
