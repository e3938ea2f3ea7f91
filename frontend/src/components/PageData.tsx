/**
 * A page's main data region. `data-ready="true"` once real data is on screen (not a skeleton):
 * the scale benchmark and the end-to-end tests wait for it.
 */
import type { ReactNode } from "react";

export function PageData({ ready, children, className }: { readonly ready: boolean; readonly children: ReactNode; readonly className?: string }) {
  return (
    <div data-testid="page-data" data-ready={ready ? "true" : "false"} aria-busy={!ready || undefined} className={className}>
      {children}
    </div>
  );
}
