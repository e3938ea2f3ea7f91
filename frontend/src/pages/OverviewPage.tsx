import { useState } from "react";
import { Link } from "react-router";
import { Trans, useTranslation } from "react-i18next";
import { Card, PageHeader } from "../components/PageHeader";
import { DataGate } from "../components/DataGate";
import { LimitedModeNotice } from "../components/ModeNotice";
import { PageData } from "../components/PageData";
import { EmptyState, ErrorState, Skeleton } from "../components/States";
import { AreaChart } from "../components/charts/AreaChart";
import { ColumnChart } from "../components/charts/ColumnChart";
import { HorizontalBarChart } from "../components/charts/HorizontalBarChart";
import { LatestAttestations } from "../components/Attestations";
import { useOverview } from "../data/views/overview";
import { seriesBy, type TimeBucket } from "../data/stats";
import { entityTypeLabel, fieldLabel, relabel, statusLabel, timeBucketLabel, zoneName } from "../i18n/labels";
import { formatNumber } from "../format/display";

const STATE_COLORS = ["var(--chart-2)", "var(--chart-1)", "var(--chart-4)", "var(--chart-5)", "var(--success-strong)", "var(--chart-6)"];

export function OverviewPage() {
  const { t } = useTranslation();
  const overview = useOverview();
  const [bucket, setBucket] = useState<TimeBucket>("month");
  const view = overview.data;
  const stats = view?.stats;
  const recent = view?.scope.kind === "recent" ? view.scope : undefined;
  const inRecent = recent ? (recent.complete ? "" : t("overview.recentSuffix")) : "";
  // The data layer labels the charts in English (sdk vocabularies, on-chain names): shown in the active language.
  const charts = stats && {
    projectsByState: relabel(stats.projectsByState, statusLabel),
    entitiesByType: relabel(stats.entitiesByType, entityTypeLabel),
    overTime: relabel(seriesBy(stats.attestationsByMonth, bucket), timeBucketLabel),
    byZone: relabel(stats.attestationsByZone, zoneName),
    byField: relabel(stats.attestationsByField, fieldLabel),
  };

  const figure = (value: number | undefined, to?: string) =>
    value === undefined ? <Skeleton width="4rem" height="2rem" /> : to ? <Link to={to}>{formatNumber(value)}</Link> : formatNumber(value);

  return (
    <>
      <PageHeader title={t("overview.title")} lead={t("overview.lead")} />
      <DataGate>
        <LimitedModeNotice>
          {recent ? (
            recent.complete ? (
              t("overview.limitedWhole")
            ) : (
              <Trans
                i18nKey="overview.limitedRecent"
                values={{ n: formatNumber(recent.count), from: formatNumber(Number(recent.fromBlock)), to: formatNumber(Number(recent.toBlock)) }}
                components={{ b: <strong /> }}
              />
            )
          ) : null}
        </LimitedModeNotice>
        {overview.isError ? (
          <ErrorState title={t("overview.loadError")} onRetry={() => void overview.refetch()}>
            {overview.error.message.split("\n")[0]}
          </ErrorState>
        ) : null}
        <PageData ready={view !== undefined}>
          <section className="stats" aria-label={t("overview.keyFigures")}>
            <div className="stat">
              <span className="stat__label">{t("overview.zones")}</span>
              <span className="stat__value">{figure(stats?.zones, "/zones")}</span>
            </div>
            <div className="stat">
              <span className="stat__label">{t("overview.entities")}</span>
              <span className="stat__value">{figure(stats?.entities, "/entities")}</span>
            </div>
            <div className="stat">
              <span className="stat__label">{t("overview.projects")}</span>
              <span className="stat__value">{figure(stats?.projects)}</span>
            </div>
            <div className="stat">
              <span className="stat__label">{t("overview.attestations")}</span>
              <span className="stat__value" data-testid="attestation-count">
                {figure(stats?.attestations)}
              </span>
              {stats ? (
                <span className="stat__note">
                  {recent && !recent.complete
                    ? t("overview.revokedOfLatest", { revoked: formatNumber(stats.revoked), n: formatNumber(recent.count) })
                    : t("overview.revoked", { revoked: formatNumber(stats.revoked) })}
                </span>
              ) : null}
            </div>
          </section>

          <div className="grid grid--overview">
            <Card title={t("overview.projectsByState")}>
              {charts ? <ColumnChart title={t("overview.projectsByState")} data={charts.projectsByState} colors={STATE_COLORS} /> : <Skeleton height="240px" />}
            </Card>
            <Card
              title={t("overview.latest", { recent: inRecent })}
              aside={
                <span className="live-dot" title={t("overview.latestLive")}>
                  {t("common.live")}
                </span>
              }
            >
              {view ? (
                view.latest.length ? (
                  <LatestAttestations items={view.latest} />
                ) : (
                  <EmptyState title={t("states.noAttestations")}>{t("overview.latestEmpty")}</EmptyState>
                )
              ) : overview.isError ? null : (
                <Skeleton height="240px" />
              )}
            </Card>
            <Card
              title={stats ? t("overview.overTimeCard", { granularity: t(`overview.granularity.${bucket}`), recent: inRecent }) : t("overview.overTime")}
              aside={<TimeBucketSwitch value={bucket} onChange={setBucket} />}
            >
              {charts ? (
                charts.overTime.length > 2 ? (
                  <AreaChart title={t("overview.overTime")} data={charts.overTime} />
                ) : charts.overTime.length ? (
                  // One or two buckets make no line: columns say the same plainly.
                  <ColumnChart title={t("overview.overTime")} data={charts.overTime} colors={["var(--chart-1)"]} />
                ) : (
                  <EmptyState title={t("states.noAttestations")} />
                )
              ) : (
                <Skeleton height="240px" />
              )}
            </Card>
            <Card title={t("overview.entitiesByType")}>
              {/* Nine types with long names: bars across, so that each name is read whole. */}
              {charts ? (
                <HorizontalBarChart title={t("overview.entitiesByType")} data={charts.entitiesByType} color="var(--chart-3)" />
              ) : (
                <Skeleton height="240px" />
              )}
            </Card>
            <Card title={t("overview.byZoneCard", { recent: inRecent })}>
              {charts ? <HorizontalBarChart title={t("overview.byZone")} data={charts.byZone} /> : <Skeleton height="320px" />}
            </Card>
            <Card title={t("overview.byFieldCard", { recent: inRecent })}>
              {charts ? <HorizontalBarChart title={t("overview.byField")} data={charts.byField} color="var(--chart-3)" /> : <Skeleton height="320px" />}
            </Card>
          </div>
        </PageData>
      </DataGate>
    </>
  );
}

/** Month or quarter for the "over time" chart: two toggle buttons (aria-pressed). */
function TimeBucketSwitch({ value, onChange }: { readonly value: TimeBucket; readonly onChange: (bucket: TimeBucket) => void }) {
  const { t } = useTranslation();
  return (
    <div className="segmented" role="group" aria-label={t("timeBuckets.group")}>
      {(["month", "quarter"] as const).map((b) => (
        <button key={b} type="button" className="segmented__option" aria-pressed={value === b} onClick={() => onChange(b)}>
          {b === "month" ? t("timeBuckets.month") : t("timeBuckets.quarter")}
        </button>
      ))}
    </div>
  );
}
