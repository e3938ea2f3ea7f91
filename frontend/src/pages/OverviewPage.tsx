import { NetworkNotice } from "../components/NetworkNotice";
import { Card, PageHeader, SampleDataNotice } from "../components/PageHeader";
import { ErrorState, Skeleton } from "../components/States";
import { AreaChart } from "../components/charts/AreaChart";
import { ColumnChart } from "../components/charts/ColumnChart";
import { HorizontalBarChart } from "../components/charts/HorizontalBarChart";
import { overviewSource, useOverviewStats } from "../data/useOverviewStats";
import { formatNumber } from "../lib/format";

const STATE_COLORS = ["var(--chart-2)", "var(--chart-1)", "var(--chart-4)", "var(--chart-5)", "var(--chart-3)", "var(--chart-6)"];

export function OverviewPage() {
  const stats = useOverviewStats();
  return (
    <>
      <PageHeader
        title="Programme overview"
        lead="Pilot zones, entities, projects and the attestations they publish. Everything here can be checked against the chain by anyone."
      />
      <NetworkNotice />
      {overviewSource === "sample" ? <SampleDataNotice /> : null}

      <section className="stats" aria-label="Key figures">
        {(["zones", "entities", "projects", "attestations"] as const).map((key) => (
          <div className="stat" key={key}>
            <span className="stat__label">{key[0]?.toUpperCase() + key.slice(1)}</span>
            <span className="stat__value">{stats.data ? formatNumber(stats.data[key]) : <Skeleton width="4rem" height="2rem" />}</span>
          </div>
        ))}
      </section>

      {stats.isError ? <ErrorState title="Could not load the overview" onRetry={() => void stats.refetch()} /> : null}

      <div className="grid grid--2">
        <Card title="Projects by state">
          {stats.data ? <ColumnChart title="Projects by state" data={stats.data.projectsByState} colors={STATE_COLORS} /> : <Skeleton height="240px" />}
        </Card>
        <Card title="Attestations over time">
          {stats.data ? <AreaChart title="Attestations per quarter" data={stats.data.attestationsByMonth} /> : <Skeleton height="240px" />}
        </Card>
        <Card title="Projects by zone">
          {stats.data ? <HorizontalBarChart title="Projects by zone" data={stats.data.projectsByZone} /> : <Skeleton height="320px" />}
        </Card>
        <Card title="Projects by field">
          {stats.data ? <HorizontalBarChart title="Projects by field" data={stats.data.projectsByField} color="var(--chart-3)" /> : <Skeleton height="320px" />}
        </Card>
      </div>
    </>
  );
}
