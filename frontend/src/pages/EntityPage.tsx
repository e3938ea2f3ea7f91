import { Link, useParams } from "react-router";
import { Kind } from "@sdk/domain";
import { AccountName } from "../components/Address";
import { AttestationTimeline } from "../components/Attestations";
import { StatusBadge } from "../components/Badge";
import { DataGate } from "../components/DataGate";
import { LimitedModeNotice } from "../components/ModeNotice";
import { Card, PageHeader } from "../components/PageHeader";
import { PageData } from "../components/PageData";
import { PagedTable } from "../components/PagedTable";
import { projectColumns, PROJECT_STATUS_FILTER } from "../components/projectColumns";
import { EmptyState, ErrorState, LoadingState } from "../components/States";
import { readMode } from "../data/readMode";
import { useLocalListQuery } from "../data/useListQuery";
import { ENTITY_PROJECTS, useProjectList } from "../data/views/lists";
import { PREFETCH_SIZES } from "../data/prefetch";
import { useEntityView } from "../data/views/pages";
import { useTimeline } from "../data/views/timeline";
import type { AttestationEvent } from "../data/types";
import { formatDate, formatNumber } from "../lib/format";
import { useStandings } from "../data/standing";

const PROJECT_COLUMNS = projectColumns({ entity: false });
/** The entity's latest attestations (each project page has its full timeline). */
export const ENTITY_RECENT = PREFETCH_SIZES.entityRecent;

export function EntityPage() {
  const id = Number(useParams()["id"]);
  const view = useEntityView(id);
  const [projectQuery, setProjectQuery] = useLocalListQuery(ENTITY_PROJECTS);
  const projects = useProjectList(projectQuery, { entityId: id });
  const recent = useTimeline({ entityId: id }, ENTITY_RECENT);
  const firstPage = recent.query.data?.pages[0];
  const scannedFrom = recent.scannedFrom;
  // former signer / former office: the attesters and revokers shown, each looked up once
  const standing = useStandings(readMode === "indexed" ? (firstPage?.items ?? []) : recent.items);

  if (view.isPending && view.fetchStatus !== "idle") return <LoadingState label="Loading the entity…" />;
  if (view.isError) return <ErrorState title="Could not load the entity" onRetry={() => void view.refetch()}>{view.error.message.split("\n")[0]}</ErrorState>;
  const data = view.data;
  if (!data) return <EmptyState title={`There is no entity #${Number.isFinite(id) ? id : "?"}`} action={<Link to="/entities">All entities</Link>} />;
  const { entity, zone } = data;
  // Progress reports and milestones are issued by the entity's own signers.
  const entityOf = (a: AttestationEvent) => (a.kind === Kind.ProgressReport || a.kind === Kind.Milestone ? { id: entity.id, name: entity.name } : undefined);
  // Indexed: the latest ENTITY_RECENT. Limited: what the block ranges read so far found ("load older" for more).
  const items = readMode === "indexed" ? (firstPage?.items ?? []) : recent.items;

  return (
    <>
      <nav className="crumbs" aria-label="Breadcrumb">
        <Link to="/entities">Entities</Link> <span aria-hidden="true">/</span> <span>{entity.name}</span>
      </nav>
      <PageHeader
        title={entity.name}
        lead={
          <>
            {entity.type} in <Link to={`/zones/${zone.id}`}>{zone.name}</Link> · registered {formatDate(entity.registeredAt)}
          </>
        }
        actions={<StatusBadge status={entity.status} />}
      />
      <DataGate>
        <PageData ready={projects.data !== undefined && firstPage !== undefined}>
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
            <Card title={`Projects (${formatNumber(entity.projectCount)})`}>
              {projects.data ? (
                <PagedTable caption={`Projects of ${entity.name}`} columns={PROJECT_COLUMNS} rowKey={(p) => String(p.id)} page={projects.data} query={projectQuery} onQueryChange={setProjectQuery} filters={[PROJECT_STATUS_FILTER]} search="Title…" updating={projects.isPlaceholderData} />
              ) : projects.isError ? <ErrorState title="Could not load the projects" onRetry={() => void projects.refetch()} /> : <LoadingState rows={3} />}
            </Card>
          </div>
          <Card title={`Latest attestations${entity.attestationCount !== undefined ? ` (${formatNumber(entity.attestationCount)} in all)` : ""}`}>
            <LimitedModeNotice>
              {scannedFrom !== undefined && recent.scannedTo !== undefined ? `Read from the log by the entity's project ids, blocks ${formatNumber(Number(scannedFrom))}–${formatNumber(Number(recent.scannedTo))} so far.` : null}
            </LimitedModeNotice>
            {recent.query.isPending ? <LoadingState rows={3} label="Reading the attestations…" /> : recent.query.isError && items.length === 0 ? <ErrorState title="Could not read the attestations" onRetry={() => void recent.query.refetch()}>{recent.query.error.message.split("\n")[0]}</ErrorState> : items.length ? (
              <AttestationTimeline items={items} entityOf={entityOf} standing={standing} projectOf={(a) => ({ id: a.projectId, title: a.projectTitle ?? `Project #${a.projectId}` })} />
            ) : recent.complete ? <EmptyState title="No attestations yet" /> : <p className="muted" data-testid="none-yet">None in the blocks read so far.</p>}
            {readMode === "limited" && recent.query.hasNextPage ? (
              <div className="timeline__more">
                <button type="button" className="btn btn--secondary btn--sm" onClick={() => void recent.query.fetchNextPage()} disabled={recent.query.isFetchingNextPage} data-testid="load-older">
                  {recent.query.isFetchingNextPage ? "Loading…" : `Load older (before block ${formatNumber(Number(scannedFrom ?? 0n))})`}
                </button>
              </div>
            ) : null}
            {readMode === "indexed" && items.length >= ENTITY_RECENT ? <p className="muted small">The {ENTITY_RECENT} most recent; each project page has its full timeline.</p> : null}
          </Card>
        </PageData>
      </DataGate>
    </>
  );
}
