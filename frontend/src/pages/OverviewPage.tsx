import { useMemo } from "react";
import { Link } from "react-router";
import { Card, PageHeader } from "../components/PageHeader";
import { DataGate } from "../components/DataGate";
import { EmptyState, ErrorState, Skeleton } from "../components/States";
import { AreaChart } from "../components/charts/AreaChart";
import { ColumnChart } from "../components/charts/ColumnChart";
import { HorizontalBarChart } from "../components/charts/HorizontalBarChart";
import { LatestAttestations, joinsFrom } from "../components/Attestations";
import { useProgrammeLog } from "../data/log";
import { useEntities, useProjects, useZones } from "../data/registry";
import { overviewStats } from "../data/stats";
import { formatNumber } from "../lib/format";

const STATE_COLORS = ["var(--chart-2)", "var(--chart-1)", "var(--chart-4)", "var(--chart-5)", "var(--success-strong)", "var(--chart-6)"];
const GRANULARITY_TEXT = { month: "per month", day: "per day", hour: "per hour", minute: "per minute" } as const;

export function OverviewPage() {
  const zones = useZones();
  const entities = useEntities();
  const projects = useProjects();
  const log = useProgrammeLog();
  const registryReady = zones.data && entities.data && projects.data;
  const stats = useMemo(
    () => (zones.data && entities.data && projects.data ? overviewStats(zones.data, entities.data, projects.data, log.data?.attestations) : undefined),
    [zones.data, entities.data, projects.data, log.data],
  );
  const joins = useMemo(() => joinsFrom(projects.data, entities.data), [projects.data, entities.data]);
  const latest = useMemo(() => (log.data ? log.data.attestations.slice(-7).reverse() : []), [log.data]);
  const error = zones.error ?? entities.error ?? projects.error;

  const figure = (value: number | undefined, to?: string) =>
    value === undefined ? <Skeleton width="4rem" height="2rem" /> : to ? <Link to={to}>{formatNumber(value)}</Link> : formatNumber(value);

  return (
    <>
      <PageHeader
        title="Programme overview"
        lead="Pilot zones, entities, projects and the attestations they publish. Everything here is read from the chain and can be checked by anyone."
      />
      <DataGate>
        {error ? <ErrorState title="Could not load the registry" onRetry={() => { void zones.refetch(); void entities.refetch(); void projects.refetch(); }}>{error.message.split("\n")[0]}</ErrorState> : null}
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
            <span className="stat__value" data-testid="attestation-count">{figure(log.data && stats ? stats.attestations : undefined)}</span>
            {log.data && stats ? <span className="stat__note">{formatNumber(stats.revoked)} revoked</span> : null}
          </div>
        </section>

        <div className="grid grid--overview">
          <Card title="Projects by state">
            {stats ? <ColumnChart title="Projects by state" data={stats.projectsByState} colors={STATE_COLORS} /> : <Skeleton height="240px" />}
          </Card>
          <Card title="Latest attestations" aside={<span className="live-dot" title="Updates live as new blocks arrive">live</span>}>
            {log.isError ? <ErrorState title="Could not read the log" onRetry={() => void log.refetch()} /> : null}
            {log.data && registryReady ? (
              latest.length ? <LatestAttestations items={latest} joins={joins} /> : <EmptyState title="No attestations yet">They appear here as soon as they are recorded.</EmptyState>
            ) : log.isError ? null : (
              <Skeleton height="240px" />
            )}
          </Card>
          <Card title={`Attestations over time${stats && log.data ? ` (${GRANULARITY_TEXT[stats.granularity]})` : ""}`}>
            {stats && log.data ? (
              stats.attestationsOverTime.length ? <AreaChart title="Attestations over time" data={stats.attestationsOverTime} /> : <EmptyState title="No attestations yet" />
            ) : (
              <Skeleton height="240px" />
            )}
          </Card>
          <Card title="Entities by type">
            {stats ? <ColumnChart title="Entities by type" data={stats.entitiesByType} colors={["var(--chart-3)"]} /> : <Skeleton height="240px" />}
          </Card>
          <Card title="Attestations by zone">
            {stats && log.data ? <HorizontalBarChart title="Attestations by zone" data={stats.attestationsByZone} /> : <Skeleton height="320px" />}
          </Card>
          <Card title="Attestations by field">
            {stats && log.data ? <HorizontalBarChart title="Attestations by field" data={stats.attestationsByField} color="var(--chart-3)" /> : <Skeleton height="320px" />}
          </Card>
        </div>
      </DataGate>
    </>
  );
}
