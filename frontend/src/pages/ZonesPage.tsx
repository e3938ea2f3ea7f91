import { NetworkNotice } from "../components/NetworkNotice";
import { PageHeader, SampleDataNotice } from "../components/PageHeader";
import { StatusBadge } from "../components/Badge";
import { ErrorState, LoadingState } from "../components/States";
import { Table, type Column } from "../components/Table";
import { useZones, zonesSource } from "../data/useZones";
import type { ZoneRow } from "../data/types";

const COLUMNS: readonly Column<ZoneRow>[] = [
  { key: "id", header: "#", render: (z) => z.id, numeric: true },
  { key: "name", header: "Zone", render: (z) => <strong>{z.name}</strong> },
  { key: "status", header: "Status", render: (z) => <StatusBadge status={z.status} /> },
  { key: "entities", header: "Entities", render: (z) => z.entityCount, numeric: true },
  { key: "projects", header: "Projects", render: (z) => z.projectCount, numeric: true },
];

export function ZonesPage() {
  const zones = useZones();
  return (
    <>
      <PageHeader title="Pilot zones" lead="The comprehensive pilot zones, each guided by its provincial cyberspace administration." />
      <NetworkNotice />
      {zonesSource === "sample" ? <SampleDataNotice /> : null}
      {zones.isPending ? <LoadingState label="Loading zones…" /> : null}
      {zones.isError ? <ErrorState title="Could not load zones" onRetry={() => void zones.refetch()} /> : null}
      {zones.data ? (
        <div className="card">
          <Table caption="Pilot zones" rows={zones.data} columns={COLUMNS} rowKey={(z) => String(z.id)} searchText={(z) => z.name} pageSize={15} />
        </div>
      ) : null}
    </>
  );
}
