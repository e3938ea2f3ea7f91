import { useMemo } from "react";
import { Link, useParams } from "react-router";
import { useConnection } from "wagmi";
import { Kind } from "@sdk/domain";
import { AccountName } from "../components/Address";
import { AttestationTimeline, type RefLabel } from "../components/Attestations";
import { StatusBadge } from "../components/Badge";
import { DataGate } from "../components/DataGate";
import { LimitedModeNotice } from "../components/ModeNotice";
import { Card, PageHeader } from "../components/PageHeader";
import { PageData } from "../components/PageData";
import { EmptyState, ErrorState, LoadingState } from "../components/States";
import { mayRevoke } from "../data/eligibility";
import { describeDisagreement } from "../data/onchain/compare";
import { useChainCheck } from "../data/onchain/useChainCheck";
import { readMode } from "../data/readMode";
import { useRoles } from "../data/roles";
import type { AttestationEvent } from "../data/types";
import { useProgrammeWrite } from "../data/useProgrammeWrite";
import { useProjectView } from "../data/views/pages";
import { useRefs, useTimeline } from "../data/views/timeline";
import { PREFETCH_SIZES } from "../data/prefetch";
import { formatDate, formatDateTime, formatNumber } from "../lib/format";
import { useStandings } from "../data/standing";

/** Attestations per timeline page ("load older" for more). */
export const TIMELINE_PAGE = PREFETCH_SIZES.timeline;

export function ProjectPage() {
  const id = Number(useParams()["id"]);
  const view = useProjectView(id);
  const timeline = useTimeline({ projectId: id }, TIMELINE_PAGE);
  const refs = useRefs(timeline.items);
  const connection = useConnection();
  const roles = useRoles(connection.status === "connected" ? connection.address : undefined);
  const write = useProgrammeWrite();
  const check = useChainCheck();
  const refLabels = useMemo(() => new Map<string, RefLabel>((refs.data ?? []).map((r) => [r.uid.toLowerCase(), r])), [refs.data]);
  // former signer / former office: the timeline's attesters and revokers, each looked up once
  const standing = useStandings(timeline.items);

  if (view.isPending && view.fetchStatus !== "idle") return <LoadingState label="Loading the project…" />;
  if (view.isError) return <ErrorState title="Could not load the project" onRetry={() => void view.refetch()}>{view.error.message.split("\n")[0]}</ErrorState>;
  const data = view.data;
  if (!data) return <EmptyState title={`There is no project #${Number.isFinite(id) ? id : "?"}`} action={<Link to="/entities">Browse entities</Link>} />;
  const { project, entity, zone } = data;
  const history = data.history ?? timeline.statusChanges;
  const entityOf = (a: AttestationEvent) => (a.kind === Kind.ProgressReport || a.kind === Kind.Milestone ? { id: entity.id, name: entity.name } : undefined);
  const items = timeline.items;
  const checkedAll = check.data !== undefined && items.every((a) => check.data.checked.has(a.uid.toLowerCase()));
  const disagreements = check.data ? [...check.data.disagreements.values()].flat() : [];
  const firstBlock = timeline.scannedFrom;

  return (
    <>
      <nav className="crumbs" aria-label="Breadcrumb">
        <Link to={`/zones/${zone.id}`}>{zone.name}</Link> <span aria-hidden="true">/</span>{" "}
        <Link to={`/entities/${entity.id}`}>{entity.name}</Link> <span aria-hidden="true">/</span> <span>Project #{project.id}</span>
      </nav>
      <PageHeader
        title={project.title}
        lead={
          <>
            {project.fieldLabel} pilot of <Link to={`/entities/${entity.id}`}>{entity.name}</Link> in {zone.name}
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
        <LimitedModeNotice>
          The timeline is read from the chain's log by this project's id, newest blocks first
          {firstBlock !== undefined ? <> (so far blocks {formatNumber(Number(firstBlock))}–{formatNumber(Number(timeline.scannedTo ?? 0n))})</> : null}; times and revocations come from the contract's records. The status history lists the changes in those blocks only.
        </LimitedModeNotice>
        <PageData ready={timeline.query.data !== undefined}>
          <div className="grid grid--sidebar">
            <div className="stack">
              <Card title="Project">
                <dl className="facts">
                  <div><dt>Status</dt><dd><StatusBadge status={project.status} /></dd></div>
                  <div><dt>Proposed</dt><dd>{formatDate(project.proposedAt)}</dd></div>
                  <div><dt>Last change</dt><dd>{formatDate(project.updatedAt)}</dd></div>
                  <div><dt>Proposed by</dt><dd><AccountName address={project.proposer} /></dd></div>
                  <div>
                    <dt>Attestations</dt>
                    <dd data-testid="project-attestation-count">
                      {project.attestationCount !== undefined
                        ? `${formatNumber(project.attestationCount)}${project.revokedCount ? ` (${formatNumber(project.revokedCount)} revoked)` : ""}`
                        : `${formatNumber(items.length)}${timeline.complete ? "" : " so far"}`}
                    </dd>
                  </div>
                  {project.metadataURI ? <div><dt>Description</dt><dd className="mono small break">{project.metadataURI}</dd></div> : null}
                </dl>
              </Card>
              <Card title="Status history">
                {history.length === 0 ? <p className="muted">Proposed {formatDate(project.proposedAt)}; {readMode === "limited" && !timeline.complete ? "no status change in the blocks read so far." : "no status change since."}</p> : (
                  <ol className="history">
                    {readMode === "indexed" || timeline.complete ? <li><StatusBadge status="Proposed" /> <span className="muted small">{formatDateTime(project.proposedAt)}</span></li> : null}
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
              {readMode === "indexed" && items.length > 0 ? (
                <div className="timeline__more">
                  <button type="button" className="btn btn--secondary btn--sm" onClick={() => check.mutate(items)} disabled={check.isPending} data-testid="check-on-chain">
                    {check.isPending ? "Reading the contract…" : checkedAll ? "Check again on chain" : `Check ${items.length === 1 ? "it" : `these ${items.length}`} on chain`}
                  </button>
                  <span className="muted small">The list comes from the indexer; the chain decides whether each attestation stands.</span>
                </div>
              ) : null}
              {check.isError ? <p className="error-text" role="alert">Could not read the chain: {check.error.message.split("\n")[0]}</p> : null}
              {check.data ? (
                disagreements.length ? (
                  <div className="notice notice--error" role="alert" data-testid="chain-disagreement">
                    <strong>The indexer and the chain disagree</strong> (the chain is right):
                    <ul>{disagreements.slice(0, 5).map((d, i) => <li key={i}>{describeDisagreement(d)}</li>)}</ul>
                  </div>
                ) : (
                  <p className="notice notice--info" data-testid="chain-agrees">
                    The chain confirms the {check.data.checked.size} attestation{check.data.checked.size === 1 ? "" : "s"} checked ({formatDateTime(check.data.at)}).
                  </p>
                )
              ) : null}
              {timeline.query.isPending ? <LoadingState rows={4} label="Reading the attestations…" /> : timeline.query.isError && items.length === 0 ? <ErrorState title="Could not read the attestations" onRetry={() => void timeline.query.refetch()}>{timeline.query.error.message.split("\n")[0]}</ErrorState> : items.length === 0 && timeline.complete ? (
                <EmptyState title="No attestations yet">Progress reports, milestones, reviews, expert opinions, evaluations and the acceptance appear here.</EmptyState>
              ) : (
                <AttestationTimeline
                  items={items}
                  refs={refLabels}
                  entityOf={entityOf}
                  busy={write.busy}
                  {...(check.data ? { check: check.data } : {})}
                  standing={standing}
                  canRevoke={(a) => (roles.data ? mayRevoke(roles.data, a.attester, project) : false)}
                  onRevoke={(a, reason) => void write.send(`Revoke the ${a.kindLabel.toLowerCase()}`, "revoke", [a.uid, reason])}
                />
              )}
              <div className="timeline__more">
                {timeline.query.hasNextPage ? (
                  <button type="button" className="btn btn--secondary btn--sm" onClick={() => void timeline.query.fetchNextPage()} disabled={timeline.query.isFetchingNextPage} data-testid="load-older">
                    {timeline.query.isFetchingNextPage ? "Loading…" : readMode === "limited" ? `Load older (before block ${formatNumber(Number(firstBlock ?? 0n))})` : "Load older"}
                  </button>
                ) : null}
                <span className="muted small" data-testid="timeline-count">
                  {timeline.total !== undefined
                    ? `${formatNumber(items.length)} of ${formatNumber(timeline.total)} shown`
                    : timeline.complete
                      ? `All ${formatNumber(items.length)} shown (back to the deployment block)`
                      : `${formatNumber(items.length)} shown`}
                </span>
              </div>
              {write.state.status === "failed" && write.state.message ? <p className="error-text" role="alert" data-testid="write-error">{write.state.message}</p> : null}
            </Card>
          </div>
        </PageData>
      </DataGate>
    </>
  );
}
