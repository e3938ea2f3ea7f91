import { useMemo } from "react";
import { Link } from "react-router";
import { DataGate } from "../components/DataGate";
import { PageHeader } from "../components/PageHeader";
import { StatusBadge } from "../components/Badge";
import { ErrorState, LoadingState } from "../components/States";
import { Table, type Column } from "../components/Table";
import { useProjects, useZones } from "../data/registry";
import type { ZoneInfo } from "../data/types";

interface ZoneRow extends ZoneInfo {
  readonly projectCount: number;
}

const COLUMNS: readonly Column<ZoneRow>[] = [
  { key: "name", header: "Zone", render: (z) => <Link to={`/zones/${z.id}`} className="row-link">{z.name}</Link> },
  { key: "region", header: "Region", render: (z) => z.region },
  { key: "status", header: "Status", render: (z) => <StatusBadge status={z.status} /> },
  { key: "entities", header: "Entities", render: (z) => z.entityCount, numeric: true },
  { key: "projects", header: "Projects", render: (z) => z.projectCount, numeric: true },
];

export function ZonesPage() {
  const zones = useZones();
  const projects = useProjects();
  const rows = useMemo<ZoneRow[] | undefined>(() => {
    if (!zones.data) return undefined;
    const counts = new Map<number, number>();
    for (const p of projects.data ?? []) counts.set(p.zoneId, (counts.get(p.zoneId) ?? 0) + 1);
    return zones.data.map((z) => ({ ...z, projectCount: counts.get(z.id) ?? 0 }));
  }, [zones.data, projects.data]);
  return (
    <>
      <PageHeader title="Pilot zones" lead="The comprehensive pilot zones, each guided by its provincial cyberspace administration." />
      <DataGate>
        {zones.isPending ? <LoadingState label="Loading zones…" /> : null}
        {zones.isError ? <ErrorState title="Could not load zones" onRetry={() => void zones.refetch()} /> : null}
        {rows ? (
          <div className="card">
            <Table caption="Pilot zones" rows={rows} columns={COLUMNS} rowKey={(z) => String(z.id)} searchText={(z) => `${z.name} ${z.region}`} pageSize={20} />
          </div>
        ) : null}
      </DataGate>
    </>
  );
}
