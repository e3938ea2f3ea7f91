import { useMemo } from "react";
import { Link, useParams } from "react-router";
import { AccountName } from "../components/Address";
import { AttestationTimeline, joinsFrom } from "../components/Attestations";
import { StatusBadge } from "../components/Badge";
import { DataGate } from "../components/DataGate";
import { Card, PageHeader } from "../components/PageHeader";
import { EmptyState, ErrorState, LoadingState } from "../components/States";
import { Table } from "../components/Table";
import { useProgrammeLog } from "../data/log";
import { useEntities, useProjects, useZones } from "../data/registry";
import { formatDate } from "../lib/format";
import { projectColumns } from "./ZonePage";

export function EntityPage() {
  const id = Number(useParams()["id"]);
  const entities = useEntities();
  const zones = useZones();
  const projects = useProjects();
  const log = useProgrammeLog();
  const entity = entities.data?.find((e) => e.id === id);
  const zone = zones.data?.find((z) => z.id === entity?.zoneId);
  const own = useMemo(() => (projects.data ?? []).filter((p) => p.entityId === id), [projects.data, id]);
  const joins = useMemo(() => joinsFrom(projects.data, entities.data), [projects.data, entities.data]);
  const attestations = useMemo(() => {
    const ids = new Set(own.map((p) => p.id));
    return (log.data?.attestations ?? []).filter((a) => ids.has(a.projectId));
  }, [log.data, own]);

  if (entities.isPending) return <LoadingState label="Loading the entity…" />;
  if (entities.isError) return <ErrorState title="Could not load the entity" onRetry={() => void entities.refetch()} />;
  if (!entity) return <EmptyState title={`There is no entity #${Number.isFinite(id) ? id : "?"}`} action={<Link to="/entities">All entities</Link>} />;

  return (
    <>
      <nav className="crumbs" aria-label="Breadcrumb">
        <Link to="/entities">Entities</Link> <span aria-hidden="true">/</span> <span>{entity.name}</span>
      </nav>
      <PageHeader
        title={entity.name}
        lead={
          <>
            {entity.type} in <Link to={`/zones/${entity.zoneId}`}>{zone?.name ?? `zone #${entity.zoneId}`}</Link> · registered {formatDate(entity.registeredAt)}
          </>
        }
        actions={<StatusBadge status={entity.status} />}
      />
      <DataGate>
        <div className="grid grid--sidebar">
          <div className="stack">
            <Card title="Fields">
              <ul className="chips">{entity.fields.map((f) => <li key={f} className="chip">{f}</li>)}</ul>
            </Card>
            <Card title={`Signers (${entity.signers.length})`}>
              {entity.signers.length === 0 ? <p className="muted">No account signs for this entity.</p> : (
                <ul className="plain-list" data-testid="entity-signers">
                  {entity.signers.map((s) => <li key={s}><AccountName address={s} /></li>)}
                </ul>
              )}
              <p className="muted small">Accounts rotate; what a removed key attested stays in the log under its address.</p>
            </Card>
          </div>
          <Card title={`Projects (${own.length})`}>
            {projects.data ? (own.length ? <Table caption={`Projects of ${entity.name}`} rows={own} columns={projectColumns(() => entity.name).filter((c) => c.key !== "entity")} rowKey={(p) => String(p.id)} pageSize={8} /> : <EmptyState title="No projects yet" />) : <LoadingState rows={3} />}
          </Card>
        </div>
        <Card title={`Attestations (${attestations.length})`}>
          {log.isPending ? <LoadingState rows={3} label="Reading the log…" /> : log.isError ? <ErrorState title="Could not read the log" onRetry={() => void log.refetch()} /> : attestations.length ? (
            <AttestationTimeline items={attestations.slice(-30)} joins={joins} showProject />
          ) : <EmptyState title="No attestations yet" />}
          {attestations.length > 30 ? <p className="muted small">The 30 most recent; each project page has its full timeline.</p> : null}
        </Card>
      </DataGate>
    </>
  );
}
