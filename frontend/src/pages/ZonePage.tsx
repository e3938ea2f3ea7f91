import { Link, useParams } from "react-router";
import { AccountName } from "../components/Address";
import { StatusBadge } from "../components/Badge";
import { DataGate } from "../components/DataGate";
import { LimitedModeNotice } from "../components/ModeNotice";
import { Card, PageHeader } from "../components/PageHeader";
import { PageData } from "../components/PageData";
import { PagedTable, type PagedColumn } from "../components/PagedTable";
import { projectColumns, PROJECT_STATUS_FILTER } from "../components/projectColumns";
import { EmptyState, ErrorState, LoadingState } from "../components/States";
import { readMode } from "../data/readMode";
import { useLocalListQuery } from "../data/useListQuery";
import { ZONE_ENTITIES, ZONE_PROJECTS, useEntityList, useProjectList, type EntityListRow } from "../data/views/lists";
import { useZoneView } from "../data/views/pages";
import { formatDate, formatNumber } from "../lib/format";

const ENTITY_COLUMNS: readonly PagedColumn<EntityListRow>[] = [
  { key: "name", header: "Entity", sort: "name", render: (e) => <Link to={`/entities/${e.id}`} className="row-link">{e.name}</Link> },
  { key: "type", header: "Type", sort: "type", render: (e) => e.type },
  { key: "fields", header: "Fields", render: (e) => e.fields.join(", ") },
  { key: "status", header: "Status", sort: "status", render: (e) => <StatusBadge status={e.status} /> },
];
const PROJECT_COLUMNS = projectColumns({ entity: true });


export function ZonePage() {
  const id = Number(useParams()["id"]);
  const view = useZoneView(id);
  const [entityQuery, setEntityQuery] = useLocalListQuery(ZONE_ENTITIES);
  const [projectQuery, setProjectQuery] = useLocalListQuery(ZONE_PROJECTS);
  const entities = useEntityList(entityQuery, { zoneId: id }, false);
  const projects = useProjectList(projectQuery, { zoneId: id });

  if (view.isPending && view.fetchStatus !== "idle") return <LoadingState label="Loading the zone…" />;
  if (view.isError) return <ErrorState title="Could not load the zone" onRetry={() => void view.refetch()}>{view.error.message.split("\n")[0]}</ErrorState>;
  const data = view.data;
  if (!data) return <EmptyState title={`There is no zone #${Number.isFinite(id) ? id : "?"}`} action={<Link to="/zones">All zones</Link>} />;
  const { zone, admins } = data;

  return (
    <>
      <nav className="crumbs" aria-label="Breadcrumb">
        <Link to="/zones">Zones</Link> <span aria-hidden="true">/</span> <span>{zone.name}</span>
      </nav>
      <PageHeader title={zone.name} lead={`${zone.region} · pilot zone #${zone.id} · created ${formatDate(zone.createdAt)}`} actions={<StatusBadge status={zone.status} />} />
      <DataGate>
        <LimitedModeNotice>Administrators are found from their appointment events and confirmed against each account's current record on chain.</LimitedModeNotice>
        <PageData ready={entities.data !== undefined && projects.data !== undefined}>
          <section className="stats" aria-label="Zone figures">
            <div className="stat"><span className="stat__label">Entities</span><span className="stat__value">{formatNumber(zone.entityCount)}</span></div>
            <div className="stat"><span className="stat__label">Projects</span><span className="stat__value">{formatNumber(zone.projectCount)}</span></div>
            <div className="stat"><span className="stat__label">Active projects</span><span className="stat__value">{formatNumber(data.activeProjects)}</span></div>
            {readMode === "indexed" && zone.attestationCount !== undefined ? (
              <div className="stat"><span className="stat__label">Attestations</span><span className="stat__value">{formatNumber(zone.attestationCount)}</span></div>
            ) : (
              <div className="stat"><span className="stat__label">Administrators</span><span className="stat__value">{admins.length}</span></div>
            )}
          </section>
          <div className="grid grid--sidebar">
            <Card title={`Administrators (${admins.length})`}>
              {admins.length === 0 ? <p className="muted">No administrator appointed.</p> : (
                <ul className="plain-list" data-testid="zone-admins">
                  {admins.map((a) => <li key={a}><AccountName address={a} /></li>)}
                </ul>
              )}
              <p className="muted small">Current holders: appointments minus removals.</p>
            </Card>
            <Card title={`Entities (${formatNumber(zone.entityCount)})`}>
              {entities.data ? (
                <PagedTable caption={`Entities of ${zone.name}`} columns={ENTITY_COLUMNS} rowKey={(e) => String(e.id)} page={entities.data.page} query={entityQuery} onQueryChange={setEntityQuery} search="Name…" updating={entities.isPlaceholderData} />
              ) : entities.isError ? <ErrorState title="Could not load the entities" onRetry={() => void entities.refetch()} /> : <LoadingState rows={4} />}
            </Card>
          </div>
          <Card title={`Projects (${formatNumber(zone.projectCount)})`}>
            {projects.data ? (
              <PagedTable caption={`Projects of ${zone.name}`} columns={PROJECT_COLUMNS} rowKey={(p) => String(p.id)} page={projects.data} query={projectQuery} onQueryChange={setProjectQuery} filters={[PROJECT_STATUS_FILTER]} search="Title…" updating={projects.isPlaceholderData} />
            ) : projects.isError ? <ErrorState title="Could not load the projects" onRetry={() => void projects.refetch()} /> : <LoadingState rows={4} />}
          </Card>
        </PageData>
      </DataGate>
    </>
  );
}
