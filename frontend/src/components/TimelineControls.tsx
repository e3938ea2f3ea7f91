/**
 * A timeline's tools: a filter by attestation kind (kept in the URL's `kind`, so that Back and a
 * shared link keep it) and the choice of a detailed or compact view (remembered in localStorage,
 * so that every timeline opens the way the reader left the last one).
 */
import { useCallback, useState } from "react";
import { useSearchParams } from "react-router";
import { useTranslation } from "react-i18next";
import { kindLabel } from "../i18n/labels";
import { formatNumber } from "../format/display";
import { KIND_PARAM, TIMELINE_VIEW_STORAGE_KEY, parseKind, parseView, type KindCount, type TimelineView } from "./timelineFilter";

function storedView(): TimelineView {
  try {
    return parseView(globalThis.localStorage?.getItem(TIMELINE_VIEW_STORAGE_KEY));
  } catch {
    return "detailed"; // storage blocked
  }
}

/** The kind filter (from the URL) and the view (remembered), with their setters. */
export function useTimelineFilter() {
  const [params, setParams] = useSearchParams();
  const kind = parseKind(params.get(KIND_PARAM));
  const setKind = useCallback(
    (next: number | undefined) =>
      setParams(
        (prev) => {
          const out = new URLSearchParams(prev);
          if (next === undefined) out.delete(KIND_PARAM);
          else out.set(KIND_PARAM, String(next));
          return out;
        },
        { replace: true, preventScrollReset: true },
      ),
    [setParams],
  );
  const [view, setViewState] = useState<TimelineView>(storedView);
  const setView = useCallback((next: TimelineView) => {
    setViewState(next);
    try {
      globalThis.localStorage?.setItem(TIMELINE_VIEW_STORAGE_KEY, next);
    } catch {
      /* storage blocked: the choice lasts for this page */
    }
  }, []);
  return { kind, setKind, view, setView };
}

export function TimelineControls({
  counts,
  kind,
  onKind,
  view,
  onView,
  shown,
  loaded,
}: {
  readonly counts: readonly KindCount[];
  readonly kind: number | undefined;
  readonly onKind: (kind: number | undefined) => void;
  readonly view: TimelineView;
  readonly onView: (view: TimelineView) => void;
  /** Items shown after the filter, and items loaded. */
  readonly shown: number;
  readonly loaded: number;
}) {
  const { t } = useTranslation();
  return (
    <div className="timeline-tools" data-testid="timeline-tools">
      <label className="timeline-tools__kind">
        <span className="field__label">{t("timelineView.kind")}</span>
        <select
          className="input input--sm"
          value={kind ?? ""}
          onChange={(e) => onKind(e.target.value === "" ? undefined : Number(e.target.value))}
          data-testid="timeline-kind"
        >
          <option value="">{t("timelineView.allKinds", { n: formatNumber(loaded) })}</option>
          {counts.map((c) => (
            <option key={c.kind} value={c.kind}>
              {t("timelineView.kindCount", { kind: kindLabel(c.kind), n: formatNumber(c.count) })}
            </option>
          ))}
        </select>
      </label>
      <div className="segmented" role="group" aria-label={t("timelineView.view")}>
        {(["detailed", "compact"] as const).map((v) => (
          <button key={v} type="button" className="segmented__option" aria-pressed={view === v} onClick={() => onView(v)} data-testid={`timeline-view-${v}`}>
            {v === "detailed" ? t("timelineView.detailed") : t("timelineView.compact")}
          </button>
        ))}
      </div>
      {kind !== undefined ? (
        <p className="timeline-tools__note muted small" role="status" data-testid="timeline-filtered">
          {t("timelineView.filtered", { kind: kindLabel(kind), shown: formatNumber(shown), loaded: formatNumber(loaded) })}{" "}
          <button type="button" className="link-button" onClick={() => onKind(undefined)}>
            {t("timelineView.showAll")}
          </button>
        </p>
      ) : null}
    </div>
  );
}
