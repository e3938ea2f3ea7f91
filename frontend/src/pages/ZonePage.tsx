import { useMemo } from "react";
import { Link, useParams } from "react-router";
import type { Address } from "viem";
import { AccountName } from "../components/Address";
import { StatusBadge } from "../components/Badge";
import { DataGate } from "../components/DataGate";
import { Card, PageHeader } from "../components/PageHeader";
import { EmptyState, ErrorState, LoadingState, Skeleton } from "../components/States";
import { Table, type Column } from "../components/Table";
import { useProgrammeLog } from "../data/log";
import { useEntities, useProjects, useZones } from "../data/registry";
import type { EntityInfo, ProjectInfo } from "../data/types";
import { formatDate } from "../lib/format";

const ENTITY_COLUMNS: readonly Column<EntityInfo>[] = [
  { key: "name", header: "Entity", render: (e) => <Link to={`/entities/${e.id}`} className="row-link">{e.name}</Link> },
  { key: "type", header: "Type", render: (e) => e.type },
  { key: "fields", header: "Fields", render: (e) => e.fields.join(", ") },
  { key: "status", header: "Status", render: (e) => <StatusBadge status={e.status} /> },
];

export function projectColumns(entityName: (id: number) => string | undefined): Column<ProjectInfo>[] {
  return [
    { key: "title", header: "Project", render: (p) => <Link to={`/projects/${p.id}`} className="row-link">{p.title}</Link> },
    { key: "entity", header: "Entity", render: (p) => entityName(p.entityId) ?? `#${p.entityId}` },
    { key: "field", header: "Field", render: (p) => p.fieldLabel },
    { key: "status", header: "Status", render: (p) => <StatusBadge status={p.status} /> },
  ];
}

/** Current administrators of a zone, rebuilt from ZoneAdminAppointed / ZoneAdminRemoved events. */
export function currentAdmins(offices: readonly { kind: string; account: Address; zoneId?: number }[], zoneId: number): Address[] {
  const admins = new Map<string, Address>();
  for (const o of offices) {
    if (o.kind === "zoneAdminAppointed" && o.zoneId === zoneId) admins.set(o.account.toLowerCase(), o.account);
    if (o.kind === "zoneAdminRemoved" && o.zoneId === zoneId) admins.delete(o.account.toLowerCase());
  }
  return [...admins.values()];
}

export function ZonePage() {
  const id = Number(useParams()["id"]);
  const zones = useZones();
  const entities = useEntities();
  const projects = useProjects();
  const log = useProgrammeLog();
  const zone = zones.data?.find((z) => z.id === id);
  const zoneEntities = useMemo(() => (entities.data ?? []).filter((e) => e.zoneId === id), [entities.data, id]);
  const zoneProjects = useMemo(() => (projects.data ?? []).filter((p) => p.zoneId === id), [projects.data, id]);
  const entityName = useMemo(() => {
    const m = new Map((entities.data ?? []).map((e) => [e.id, e.name]));
    return (eid: number) => m.get(eid);
  }, [entities.data]);
  const admins = useMemo(() => (log.data ? currentAdmins(log.data.offices, id) : undefined), [log.data, id]);

  if (zones.isPending) return <LoadingState label="Loading the zone…" />;
  if (zones.isError) return <ErrorState title="Could not load the zone" onRetry={() => void zones.refetch()} />;
  if (!zone) return <EmptyState title={`There is no zone #${Number.isFinite(id) ? id : "?"}`} action={<Link to="/zones">All zones</Link>} />;

  return (
    <>
      <nav className="crumbs" aria-label="Breadcrumb">
        <Link to="/zones">Zones</Link> <span aria-hidden="true">/</span> <span>{zone.name}</span>
      </nav>
      <PageHeader title={zone.name} lead={`${zone.region} · pilot zone #${zone.id} · created ${formatDate(zone.createdAt)}`} actions={<StatusBadge status={zone.status} />} />
      <DataGate>
        <section className="stats" aria-label="Zone figures">
          <div className="stat"><span className="stat__label">Entities</span><span className="stat__value">{zone.entityCount}</span></div>
          <div className="stat"><span className="stat__label">Projects</span><span className="stat__value">{projects.data ? zoneProjects.length : "…"}</span></div>
          <div className="stat"><span className="stat__label">Active projects</span><span className="stat__value">{projects.data ? zoneProjects.filter((p) => p.status === "Active").length : "…"}</span></div>
          <div className="stat"><span className="stat__label">Administrators</span><span className="stat__value">{admins ? admins.length : "…"}</span></div>
        </section>
        <div className="grid grid--sidebar">
          <Card title="Administrators">
            {admins === undefined ? <Skeleton height="3rem" /> : admins.length === 0 ? <p className="muted">No administrator appointed.</p> : (
              <ul className="plain-list" data-testid="zone-admins">
                {admins.map((a) => <li key={a}><AccountName address={a} /></li>)}
              </ul>
            )}
            <p className="muted small">From the ZoneAdminAppointed and ZoneAdminRemoved events.</p>
          </Card>
          <Card title={`Entities (${zoneEntities.length})`}>
            {entities.data ? <Table caption={`Entities of ${zone.name}`} rows={zoneEntities} columns={ENTITY_COLUMNS} rowKey={(e) => String(e.id)} searchText={(e) => e.name} pageSize={10} /> : <LoadingState rows={4} />}
          </Card>
        </div>
        <Card title={`Projects (${zoneProjects.length})`}>
          {projects.data ? (
            <Table caption={`Projects of ${zone.name}`} rows={zoneProjects} columns={projectColumns(entityName)} rowKey={(p) => String(p.id)} searchText={(p) => `${p.title} ${entityName(p.entityId) ?? ""}`} pageSize={10}
              filters={[{ key: "status", label: "Status", options: [...new Set(zoneProjects.map((p) => p.status))].sort(), value: (p) => p.status }]} />
          ) : <LoadingState rows={4} />}
        </Card>
      </DataGate>
    </>
  );
}
