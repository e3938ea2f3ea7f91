import { useMemo } from "react";
import { Link, useParams } from "react-router";
import { useConnection } from "wagmi";
import { AccountName } from "../components/Address";
import { AttestationTimeline, joinsFrom } from "../components/Attestations";
import { StatusBadge } from "../components/Badge";
import { DataGate } from "../components/DataGate";
import { Card, PageHeader } from "../components/PageHeader";
import { EmptyState, ErrorState, LoadingState } from "../components/States";
import { mayRevoke } from "../data/eligibility";
import { useProgrammeLog } from "../data/log";
import { useEntities, useProjects, useZones } from "../data/registry";
import { useRoles } from "../data/roles";
import { useProgrammeWrite } from "../data/useProgrammeWrite";
import { formatDate, formatDateTime } from "../lib/format";

export function ProjectPage() {
  const id = Number(useParams()["id"]);
  const projects = useProjects();
  const entities = useEntities();
  const zones = useZones();
  const log = useProgrammeLog();
  const connection = useConnection();
  const roles = useRoles(connection.status === "connected" ? connection.address : undefined);
  const write = useProgrammeWrite();
  const project = projects.data?.find((p) => p.id === id);
  const entity = entities.data?.find((e) => e.id === project?.entityId);
  const zone = zones.data?.find((z) => z.id === project?.zoneId);
  const joins = useMemo(() => joinsFrom(projects.data, entities.data), [projects.data, entities.data]);
  const items = useMemo(() => (log.data?.attestations ?? []).filter((a) => a.projectId === id), [log.data, id]);
  const history = useMemo(() => (log.data?.projectStatus ?? []).filter((s) => s.projectId === id), [log.data, id]);

  if (projects.isPending) return <LoadingState label="Loading the project…" />;
  if (projects.isError) return <ErrorState title="Could not load the project" onRetry={() => void projects.refetch()} />;
  if (!project) return <EmptyState title={`There is no project #${Number.isFinite(id) ? id : "?"}`} action={<Link to="/entities">Browse entities</Link>} />;

  const revoked = items.filter((a) => a.revoked).length;
  return (
    <>
      <nav className="crumbs" aria-label="Breadcrumb">
        <Link to={`/zones/${project.zoneId}`}>{zone?.name ?? "Zone"}</Link> <span aria-hidden="true">/</span>{" "}
        <Link to={`/entities/${project.entityId}`}>{entity?.name ?? "Entity"}</Link> <span aria-hidden="true">/</span> <span>Project #{project.id}</span>
      </nav>
      <PageHeader
        title={project.title}
        lead={
          <>
            {project.fieldLabel} pilot of <Link to={`/entities/${project.entityId}`}>{entity?.name ?? `entity #${project.entityId}`}</Link> in {zone?.name ?? `zone #${project.zoneId}`}
          </>
        }
        actions={
          <>
            <span data-testid="project-status"><StatusBadge status={project.status} /></span>
            <Link to={`/attest?project=${project.id}`} className="btn btn--secondary btn--sm">Attest about this project</Link>
          </>
        }
      />
      <DataGate>
        <div className="grid grid--sidebar">
          <div className="stack">
            <Card title="Project">
              <dl className="facts">
                <div><dt>Status</dt><dd><StatusBadge status={project.status} /></dd></div>
                <div><dt>Proposed</dt><dd>{formatDate(project.proposedAt)}</dd></div>
                <div><dt>Last change</dt><dd>{formatDate(project.updatedAt)}</dd></div>
                <div><dt>Proposed by</dt><dd><AccountName address={project.proposer} /></dd></div>
                <div><dt>Attestations</dt><dd>{items.length}{revoked ? ` (${revoked} revoked)` : ""}</dd></div>
                {project.metadataURI ? <div><dt>Description</dt><dd className="mono small break">{project.metadataURI}</dd></div> : null}
              </dl>
            </Card>
            <Card title="Status history">
              {history.length === 0 ? <p className="muted">Proposed {formatDate(project.proposedAt)}; no status change since.</p> : (
                <ol className="history">
                  <li><StatusBadge status="Proposed" /> <span className="muted small">{formatDateTime(project.proposedAt)}</span></li>
                  {history.map((h, i) => (
                    <li key={i}>
                      <StatusBadge status={h.status} /> <span className="muted small">{formatDateTime(h.time)}</span>
                      {h.reason ? <span className="history__reason">“{h.reason}”</span> : null}
                    </li>
                  ))}
                </ol>
              )}
            </Card>
          </div>
          <Card title="Attestation timeline" aside={<span className="live-dot" title="Updates live">live</span>}>
            {log.isPending ? <LoadingState rows={4} label="Reading the log…" /> : log.isError ? <ErrorState title="Could not read the log" onRetry={() => void log.refetch()} /> : items.length === 0 ? (
              <EmptyState title="No attestations yet">Progress reports, milestones, reviews, expert opinions, evaluations and the acceptance appear here.</EmptyState>
            ) : (
              <AttestationTimeline
                items={items}
                joins={joins}
                busy={write.busy}
                canRevoke={(a) => (roles.data ? mayRevoke(roles.data, a.attester, project) : false)}
                onRevoke={(a, reason) => void write.send(`Revoke the ${a.kindLabel.toLowerCase()}`, "revoke", [a.uid, reason])}
              />
            )}
            {write.state.status === "failed" && write.state.message ? <p className="error-text" role="alert" data-testid="write-error">{write.state.message}</p> : null}
          </Card>
        </div>
      </DataGate>
    </>
  );
}
