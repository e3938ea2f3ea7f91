/** Status pill. Tone maps to colour; the text always carries the meaning. */
import type { ReactNode } from "react";
import { useTranslation } from "react-i18next";
import { statusLabel } from "../i18n/labels";

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

/** A zone's, entity's or project's status: its English label from the data layer, shown in the active language. */
export function StatusBadge({ status }: { readonly status: string }) {
  useTranslation(); // re-render on a language change
  return <Badge tone={STATUS_TONES[status] ?? "neutral"}>{statusLabel(status)}</Badge>;
}
