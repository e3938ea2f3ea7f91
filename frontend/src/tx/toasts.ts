/**
 * The transaction toasts' state: a small store (push / update / dismiss, subscribe), one per
 * <ToastProvider> (components/Toasts.tsx renders it), reached through React context. Writes
 * (useContractWrite.ts) and pages push toasts through it without importing any component.
 */
import { createContext, useContext, useMemo } from "react";
import i18n from "../i18n";

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

/** A toast store: the API above, plus what a renderer needs (`subscribe`, `snapshot`). */
export interface ToastStore extends ToastApi {
  subscribe(listener: () => void): () => void;
  snapshot(): readonly Toast[];
}

const AUTO_DISMISS_MS = 8000;

export function createToastStore(): ToastStore {
  let toasts: readonly Toast[] = [];
  let nextId = 1;
  const listeners = new Set<() => void>();
  const timers = new Map<number, ReturnType<typeof setTimeout>>();
  const set = (next: readonly Toast[]) => {
    toasts = next;
    for (const listener of listeners) listener();
  };
  const dismiss = (id: number) => {
    set(toasts.filter((t) => t.id !== id));
    const timer = timers.get(id);
    if (timer) clearTimeout(timer);
    timers.delete(id);
  };
  const schedule = (id: number, status: ToastStatus) => {
    const old = timers.get(id);
    if (old) clearTimeout(old);
    // Pending toasts stay until resolved; failures stay until dismissed.
    if (status === "confirmed" || status === "info")
      timers.set(
        id,
        setTimeout(() => dismiss(id), AUTO_DISMISS_MS),
      );
  };
  return {
    push(toast) {
      const id = nextId++;
      set([...toasts, { ...toast, id }]);
      schedule(id, toast.status);
      return id;
    },
    update(id, patch) {
      set(toasts.map((t) => (t.id === id ? { ...t, ...patch } : t)));
      if (patch.status) schedule(id, patch.status);
    },
    dismiss,
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    snapshot: () => toasts,
  };
}

/** The store of the nearest <ToastProvider>. */
export const ToastContext = createContext<ToastStore | undefined>(undefined);

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
