/**
 * A timeline's filter by attestation kind and its view (detailed or compact): pure functions, so that
 * the page state (the URL's `kind`, the remembered view) is parsed and applied the same way everywhere.
 */
import { ATTESTATION_KINDS } from "@pilot/sdk/domain";

/** The URL parameter that holds a timeline's kind filter (a kind's number, e.g. `?kind=1` for milestones). */
export const KIND_PARAM = "kind";

/** Where the chosen view is remembered (across pages and visits). */
export const TIMELINE_VIEW_STORAGE_KEY = "pilot-registry.timelineView";

export const TIMELINE_VIEWS = ["detailed", "compact"] as const;
export type TimelineView = (typeof TIMELINE_VIEWS)[number];

/** The kind a URL parameter names, or undefined (all kinds) when it is absent or not a kind. */
export function parseKind(param: string | null | undefined): number | undefined {
  if (param === null || param === undefined || !/^\d+$/.test(param)) return undefined;
  const kind = Number(param);
  return kind < ATTESTATION_KINDS.length ? kind : undefined;
}

/** A remembered view, or the detailed one when nothing (or something unknown) is remembered. */
export function parseView(value: string | null | undefined): TimelineView {
  return TIMELINE_VIEWS.find((v) => v === value) ?? "detailed";
}

export interface KindCount {
  readonly kind: number;
  /** The kind's English label (the data's), to be shown through the catalogue. */
  readonly label: string;
  readonly count: number;
}

/** The kinds among `items`, in the protocol's order, with how many of each; `selected` is listed even when none is loaded. */
export function kindCounts(items: readonly { readonly kind: number }[], selected?: number): KindCount[] {
  const counts = new Map<number, number>();
  for (const a of items) counts.set(a.kind, (counts.get(a.kind) ?? 0) + 1);
  if (selected !== undefined && !counts.has(selected)) counts.set(selected, 0);
  return [...counts.entries()]
    .filter(([kind]) => kind >= 0 && kind < ATTESTATION_KINDS.length)
    .sort(([a], [b]) => a - b)
    .map(([kind, count]) => ({ kind, label: ATTESTATION_KINDS[kind] ?? String(kind), count }));
}

/** The items of one kind (all of them when `kind` is undefined), in their order. */
export function filterByKind<T extends { readonly kind: number }>(items: readonly T[], kind: number | undefined): readonly T[] {
  return kind === undefined ? items : items.filter((a) => a.kind === kind);
}
