import { useMemo } from "react";
import { Link, useParams } from "react-router";
import { useConnection } from "wagmi";
import { Trans, useTranslation } from "react-i18next";
import { Kind } from "@pilot/sdk/domain";
import { AccountName } from "../components/Address";
import { AttestationTimeline, type RefLabel } from "../components/Attestations";
import { StatusBadge } from "../components/Badge";
import { DataGate } from "../components/DataGate";
import { LimitedModeNotice } from "../components/ModeNotice";
import { Card, PageHeader } from "../components/PageHeader";
import { PageData } from "../components/PageData";
import { EmptyState, ErrorState, LoadingState } from "../components/States";
import { mayRevoke } from "../data/eligibility";
import { useChainCheck } from "../data/onchain/useChainCheck";
import { readMode } from "../data/readMode";
import { useRoles } from "../data/roles";
import type { AttestationEvent } from "../data/types";
import { useProgrammeWrite } from "../tx/useProgrammeWrite";
import { useProjectView } from "../data/views/pages";
import { useRefs, useTimeline } from "../data/views/timeline";
import { PREFETCH_SIZES } from "../data/prefetch";
import { formatDate, formatDateTime, formatNumber } from "../format/display";
import { useStandings } from "../data/standing";
import { disagreementText, entityName, fieldLabel, kindLabel, zoneName } from "../i18n/labels";

/** Attestations per timeline page ("load older" for more). */
export const TIMELINE_PAGE = PREFETCH_SIZES.timeline;

export function ProjectPage() {
  const { t } = useTranslation();
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

  if (view.isPending && view.fetchStatus !== "idle") return <LoadingState label={t("project.loading")} />;
  if (view.isError)
    return (
      <ErrorState title={t("project.loadError")} onRetry={() => void view.refetch()}>
        {view.error.message.split("\n")[0]}
      </ErrorState>
    );
  const data = view.data;
  if (!data) return <EmptyState title={t("project.none", { id: Number.isFinite(id) ? id : "?" })} action={<Link to="/entities">{t("project.browse")}</Link>} />;
  const { project, entity, zone } = data;
  const history = data.history ?? timeline.statusChanges;
  const entityOf = (a: AttestationEvent) => (a.kind === Kind.ProgressReport || a.kind === Kind.Milestone ? { id: entity.id, name: entity.name } : undefined);
  const items = timeline.items;
  const checkedAll = check.data !== undefined && items.every((a) => check.data.checked.has(a.uid.toLowerCase()));
  const disagreements = check.data ? [...check.data.disagreements.values()].flat() : [];
  const firstBlock = timeline.scannedFrom;

  return (
    <>
      <nav className="crumbs" aria-label={t("shell.breadcrumb")}>
        <Link to={`/zones/${zone.id}`}>{zoneName(zone.name)}</Link> <span aria-hidden="true">/</span>{" "}
        <Link to={`/entities/${entity.id}`}>{entityName(entity.name)}</Link> <span aria-hidden="true">/</span>{" "}
        <span>{t("project.crumb", { id: project.id })}</span>
      </nav>
      <PageHeader
        title={project.title}
        lead={
          <Trans
            i18nKey="project.lead"
            values={{ field: fieldLabel(project.fieldLabel), entity: entityName(entity.name), zone: zoneName(zone.name) }}
            components={{ a: <Link to={`/entities/${entity.id}`} /> }}
          />
        }
        actions={
          <>
            <span data-testid="project-status">
              <StatusBadge status={project.status} />
            </span>
            <Link to={`/attest?project=${project.id}`} className="btn btn--secondary btn--sm">
              {t("project.attestAbout")}
            </Link>
          </>
        }
      />
      <DataGate>
        <LimitedModeNotice>
          {t("project.limited", {
            scanned:
              firstBlock !== undefined
                ? t("project.limitedScanned", { from: formatNumber(Number(firstBlock)), to: formatNumber(Number(timeline.scannedTo ?? 0n)) })
                : "",
          })}
        </LimitedModeNotice>
        <PageData ready={timeline.query.data !== undefined}>
          <div className="grid grid--sidebar">
            <div className="stack">
              <Card title={t("project.card")}>
                <dl className="facts">
                  <div>
                    <dt>{t("columns.status")}</dt>
                    <dd>
                      <StatusBadge status={project.status} />
                    </dd>
                  </div>
                  <div>
                    <dt>{t("project.proposed")}</dt>
                    <dd>{formatDate(project.proposedAt)}</dd>
                  </div>
                  <div>
                    <dt>{t("project.lastChange")}</dt>
                    <dd>{formatDate(project.updatedAt)}</dd>
                  </div>
                  <div>
                    <dt>{t("project.proposedBy")}</dt>
                    <dd>
                      <AccountName address={project.proposer} />
                    </dd>
                  </div>
                  <div>
                    <dt>{t("columns.attestations")}</dt>
                    <dd data-testid="project-attestation-count">
                      {project.attestationCount !== undefined
                        ? project.revokedCount
                          ? t("project.revokedCount", { n: formatNumber(project.attestationCount), revoked: formatNumber(project.revokedCount) })
                          : formatNumber(project.attestationCount)
                        : timeline.complete
                          ? formatNumber(items.length)
                          : t("project.soFar", { n: formatNumber(items.length) })}
                    </dd>
                  </div>
                  {project.metadataURI ? (
                    <div>
                      <dt>{t("project.description")}</dt>
                      <dd className="mono small break">{project.metadataURI}</dd>
                    </div>
                  ) : null}
                </dl>
              </Card>
              <Card title={t("project.history")}>
                {history.length === 0 ? (
                  <p className="muted">
                    {readMode === "limited" && !timeline.complete
                      ? t("project.noChangeLimited", { date: formatDate(project.proposedAt) })
                      : t("project.noChange", { date: formatDate(project.proposedAt) })}
                  </p>
                ) : (
                  <ol className="history">
                    {readMode === "indexed" || timeline.complete ? (
                      <li>
                        <StatusBadge status="Proposed" /> <span className="muted small">{formatDateTime(project.proposedAt)}</span>
                      </li>
                    ) : null}
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
            <Card
              title={t("project.timeline")}
              aside={
                <span className="live-dot" title={t("common.updatesLive")}>
                  {t("common.live")}
                </span>
              }
            >
              {readMode === "indexed" && items.length > 0 ? (
                <div className="timeline__more">
                  <button
                    type="button"
                    className="btn btn--secondary btn--sm"
                    onClick={() => check.mutate(items)}
                    disabled={check.isPending}
                    data-testid="check-on-chain"
                  >
                    {check.isPending
                      ? t("project.reading")
                      : checkedAll
                        ? t("project.checkAgain")
                        : items.length === 1
                          ? t("project.checkIt")
                          : t("project.checkThese", { count: items.length })}
                  </button>
                  <span className="muted small">{t("project.checkNote")}</span>
                </div>
              ) : null}
              {check.isError ? (
                <p className="error-text" role="alert">
                  {t("project.checkError", { message: check.error.message.split("\n")[0] ?? "" })}
                </p>
              ) : null}
              {check.data ? (
                disagreements.length ? (
                  <div className="notice notice--error" role="alert" data-testid="chain-disagreement">
                    <Trans i18nKey="project.disagree" components={{ b: <strong /> }} />
                    <ul>
                      {disagreements.slice(0, 5).map((d, i) => (
                        <li key={i}>{disagreementText(d)}</li>
                      ))}
                    </ul>
                  </div>
                ) : (
                  <p className="notice notice--info" data-testid="chain-agrees">
                    {t("project.confirms", { count: check.data.checked.size, at: formatDateTime(check.data.at) })}
                  </p>
                )
              ) : null}
              {timeline.query.isPending ? (
                <LoadingState rows={4} label={t("project.readingAttestations")} />
              ) : timeline.query.isError && items.length === 0 ? (
                <ErrorState title={t("project.readError")} onRetry={() => void timeline.query.refetch()}>
                  {timeline.query.error.message.split("\n")[0]}
                </ErrorState>
              ) : items.length === 0 && timeline.complete ? (
                <EmptyState title={t("states.noAttestations")}>{t("project.emptyText")}</EmptyState>
              ) : (
                <AttestationTimeline
                  items={items}
                  refs={refLabels}
                  entityOf={entityOf}
                  busy={write.busy}
                  {...(write.state.status === "failed" && write.state.message ? { revokeError: write.state.message } : {})}
                  {...(check.data ? { check: check.data } : {})}
                  standing={standing}
                  canRevoke={(a) => (roles.data ? mayRevoke(roles.data, a.attester, project) : false)}
                  onRevoke={(a, reason) => void write.send(t("project.revokeTitle", { kind: kindLabel(a.kindLabel).toLowerCase() }), "revoke", [a.uid, reason])}
                />
              )}
              <div className="timeline__more">
                {timeline.query.hasNextPage ? (
                  <button
                    type="button"
                    className="btn btn--secondary btn--sm"
                    onClick={() => void timeline.query.fetchNextPage()}
                    disabled={timeline.query.isFetchingNextPage}
                    data-testid="load-older"
                  >
                    {timeline.query.isFetchingNextPage
                      ? t("common.loading")
                      : readMode === "limited"
                        ? t("common.loadOlderBefore", { block: formatNumber(Number(firstBlock ?? 0n)) })
                        : t("common.loadOlder")}
                  </button>
                ) : null}
                <span className="muted small" data-testid="timeline-count">
                  {timeline.total !== undefined
                    ? t("project.shownOf", { shown: formatNumber(items.length), total: formatNumber(timeline.total) })
                    : timeline.complete
                      ? t("project.shownAll", { shown: formatNumber(items.length) })
                      : t("project.shown", { shown: formatNumber(items.length) })}
                </span>
              </div>
            </Card>
          </div>
        </PageData>
      </DataGate>
    </>
  );
}
