import { Link } from "react-router";
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
import { formatNumber } from "../lib/format";

const STATE_COLORS = ["var(--chart-2)", "var(--chart-1)", "var(--chart-4)", "var(--chart-5)", "var(--success-strong)", "var(--chart-6)"];
const GRANULARITY_TEXT = { month: "per month", day: "per day", hour: "per hour", minute: "per minute" } as const;

export function OverviewPage() {
  const overview = useOverview();
  const view = overview.data;
  const stats = view?.stats;
  const recent = view?.scope.kind === "recent" ? view.scope : undefined;
  const inRecent = recent ? (recent.complete ? "" : " (recent)") : "";

  const figure = (value: number | undefined, to?: string) =>
    value === undefined ? <Skeleton width="4rem" height="2rem" /> : to ? <Link to={to}>{formatNumber(value)}</Link> : formatNumber(value);

  return (
    <>
      <PageHeader
        title="Programme overview"
        lead="Pilot zones, entities, projects and the attestations they publish. Everything here is recorded on chain and can be checked by anyone."
      />
      <DataGate>
        <LimitedModeNotice>
          {recent ? (
            <>
              The figures are the chain's; the charts and the latest attestations cover{" "}
              {recent.complete ? "the whole history" : <>only the <strong>{formatNumber(recent.count)} most recent attestations</strong>, blocks {formatNumber(Number(recent.fromBlock))}–{formatNumber(Number(recent.toBlock))}</>}.
            </>
          ) : null}
        </LimitedModeNotice>
        {overview.isError ? <ErrorState title="Could not load the overview" onRetry={() => void overview.refetch()}>{overview.error.message.split("\n")[0]}</ErrorState> : null}
        <PageData ready={view !== undefined}>
          <section className="stats" aria-label="Key figures">
            <div className="stat">
              <span className="stat__label">Pilot zones</span>
              <span className="stat__value">{figure(stats?.zones, "/zones")}</span>
            </div>
            <div className="stat">
              <span className="stat__label">Entities</span>
              <span className="stat__value">{figure(stats?.entities, "/entities")}</span>
            </div>
            <div className="stat">
              <span className="stat__label">Projects</span>
              <span className="stat__value">{figure(stats?.projects)}</span>
            </div>
            <div className="stat">
              <span className="stat__label">Attestations</span>
              <span className="stat__value" data-testid="attestation-count">{figure(stats?.attestations)}</span>
              {stats ? (
                <span className="stat__note">
                  {recent && !recent.complete ? `${formatNumber(stats.revoked)} of the latest ${formatNumber(recent.count)} revoked` : `${formatNumber(stats.revoked)} revoked`}
                </span>
              ) : null}
            </div>
          </section>

          <div className="grid grid--overview">
            <Card title="Projects by state">
              {stats ? <ColumnChart title="Projects by state" data={stats.projectsByState} colors={STATE_COLORS} /> : <Skeleton height="240px" />}
            </Card>
            <Card title={`Latest attestations${inRecent}`} aside={<span className="live-dot" title="Updates live as new blocks arrive">live</span>}>
              {view ? (
                view.latest.length ? <LatestAttestations items={view.latest} /> : <EmptyState title="No attestations yet">They appear here as soon as they are recorded.</EmptyState>
              ) : overview.isError ? null : (
                <Skeleton height="240px" />
              )}
            </Card>
            <Card title={`Attestations over time${stats ? ` (${GRANULARITY_TEXT[stats.granularity]})` : ""}${inRecent}`}>
              {stats ? (
                stats.attestationsOverTime.length > 2 ? (
                <AreaChart title="Attestations over time" data={stats.attestationsOverTime} />
              ) : stats.attestationsOverTime.length ? (
                // One or two buckets make no line: columns say the same plainly.
                <ColumnChart title="Attestations over time" data={stats.attestationsOverTime} colors={["var(--chart-1)"]} />
              ) : (
                <EmptyState title="No attestations yet" />
              )
              ) : (
                <Skeleton height="240px" />
              )}
            </Card>
            <Card title="Entities by type">
              {stats ? <ColumnChart title="Entities by type" data={stats.entitiesByType} colors={["var(--chart-3)"]} /> : <Skeleton height="240px" />}
            </Card>
            <Card title={`Attestations by zone${inRecent}`}>
              {stats ? <HorizontalBarChart title="Attestations by zone" data={stats.attestationsByZone} /> : <Skeleton height="320px" />}
            </Card>
            <Card title={`Attestations by field${inRecent}`}>
              {stats ? <HorizontalBarChart title="Attestations by field" data={stats.attestationsByField} color="var(--chart-3)" /> : <Skeleton height="320px" />}
            </Card>
          </div>
        </PageData>
      </DataGate>
    </>
  );
}
