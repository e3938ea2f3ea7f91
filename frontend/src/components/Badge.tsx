/** Status pill. Tone maps to colour; the text always carries the meaning. */
import type { ReactNode } from "react";

export type BadgeTone = "neutral" | "info" | "success" | "warning" | "danger";

export function Badge({ tone = "neutral", children }: { readonly tone?: BadgeTone; readonly children: ReactNode }) {
  return <span className={`badge badge--${tone}`}>{children}</span>;
}

const STATUS_TONES: Record<string, BadgeTone> = {
  Active: "success",
  Accepted: "success",
  Proposed: "info",
  Suspended: "warning",
  Rejected: "danger",
  Terminated: "danger",
  Revoked: "danger",
  Closed: "neutral",
  None: "neutral",
};

export function StatusBadge({ status }: { readonly status: string }) {
  return <Badge tone={STATUS_TONES[status] ?? "neutral"}>{status}</Badge>;
}
