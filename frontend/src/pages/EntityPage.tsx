import { useMemo } from "react";
import { Link, useParams } from "react-router";
import { Trans, useTranslation } from "react-i18next";
import { Kind } from "@pilot/sdk/domain";
import { AccountName } from "../components/Address";
import { AttestationTimeline } from "../components/Attestations";
import { StatusBadge } from "../components/Badge";
import { DataGate } from "../components/DataGate";
import { LimitedModeNotice } from "../components/ModeNotice";
import { Card, PageHeader } from "../components/PageHeader";
import { PageData } from "../components/PageData";
import { PagedTable } from "../components/PagedTable";
import { projectColumns, projectStatusFilter } from "../components/projectColumns";
import { EmptyState, ErrorState, LoadingState } from "../components/States";
import { readMode } from "../data/readMode";
import { useLocalListQuery } from "../data/useListQuery";
import { ENTITY_PROJECTS, useProjectList } from "../data/views/lists";
import { PREFETCH_SIZES } from "../data/prefetch";
import { useEntityView } from "../data/views/pages";
import { useTimeline } from "../data/views/timeline";
import type { AttestationEvent } from "../data/types";
import { formatDate, formatNumber } from "../format/display";
import { entityName, entityTypeLabel, fieldLabel, zoneName } from "../i18n/labels";
import { useStandings } from "../data/standing";

/** The entity's latest attestations (each project page has its full timeline). */
export const ENTITY_RECENT = PREFETCH_SIZES.entityRecent;

export function EntityPage() {
  const { t, i18n } = useTranslation();
  // eslint-disable-next-line react-hooks/exhaustive-deps -- the labels read i18n's language, which the rule cannot see: recomputed when it changes
  const [PROJECT_COLUMNS, PROJECT_STATUS_FILTER] = useMemo(() => [projectColumns(t, { entity: false }), projectStatusFilter(t)] as const, [t, i18n.language]);
  const id = Number(useParams()["id"]);
  const view = useEntityView(id);
  const [projectQuery, setProjectQuery] = useLocalListQuery(ENTITY_PROJECTS);
  const projects = useProjectList(projectQuery, { entityId: id });
  const recent = useTimeline({ entityId: id }, ENTITY_RECENT);
  const firstPage = recent.query.data?.pages[0];
  const scannedFrom = recent.scannedFrom;
  // former signer / former office: the attesters and revokers shown, each looked up once
  const standing = useStandings(readMode === "indexed" ? (firstPage?.items ?? []) : recent.items);

  if (view.isPending && view.fetchStatus !== "idle") return <LoadingState label={t("entity.loading")} />;
  if (view.isError)
    return (
      <ErrorState title={t("entity.loadError")} onRetry={() => void view.refetch()}>
        {view.error.message.split("\n")[0]}
      </ErrorState>
    );
  const data = view.data;
  if (!data) return <EmptyState title={t("entity.none", { id: Number.isFinite(id) ? id : "?" })} action={<Link to="/entities">{t("entity.all")}</Link>} />;
  const { entity, zone } = data;
  const name = entityName(entity.name);
  // Progress reports and milestones are issued by the entity's own signers.
  const entityOf = (a: AttestationEvent) => (a.kind === Kind.ProgressReport || a.kind === Kind.Milestone ? { id: entity.id, name: entity.name } : undefined);
  // Indexed: the latest ENTITY_RECENT. Limited: what the block ranges read so far found ("load older" for more).
  const items = readMode === "indexed" ? (firstPage?.items ?? []) : recent.items;

  return (
    <>
      <nav className="crumbs" aria-label={t("shell.breadcrumb")}>
        <Link to="/entities">{t("nav.entities")}</Link> <span aria-hidden="true">/</span> <span>{name}</span>
      </nav>
      <PageHeader
        title={name}
        lead={
          <Trans
            i18nKey="entity.lead"
            values={{ type: entityTypeLabel(entity.type), zone: zoneName(zone.name), date: formatDate(entity.registeredAt) }}
            components={{ a: <Link to={`/zones/${zone.id}`} /> }}
          />
        }
        actions={<StatusBadge status={entity.status} />}
      />
      <DataGate>
        <PageData ready={projects.data !== undefined && firstPage !== undefined}>
          <div className="grid grid--sidebar">
            <div className="stack">
              <Card title={t("columns.fields")}>
                <ul className="chips">
                  {entity.fields.map((f) => (
                    <li key={f} className="chip">
                      {fieldLabel(f)}
                    </li>
                  ))}
                </ul>
              </Card>
              <Card title={t("entity.signersCount", { count: entity.signers.length })}>
                {entity.signers.length === 0 ? (
                  <p className="muted">{t("entity.noSigners")}</p>
                ) : (
                  <ul className="plain-list" data-testid="entity-signers">
                    {entity.signers.map((s) => (
                      <li key={s}>
                        <AccountName address={s} />
                      </li>
                    ))}
                  </ul>
                )}
                <p className="muted small">{t("entity.signersNote")}</p>
              </Card>
            </div>
            <Card title={t("zone.projectsCount", { n: formatNumber(entity.projectCount) })}>
              {projects.data ? (
                <PagedTable
                  caption={t("zone.projectsOf", { name })}
                  columns={PROJECT_COLUMNS}
                  rowKey={(p) => String(p.id)}
                  page={projects.data}
                  query={projectQuery}
                  onQueryChange={setProjectQuery}
                  filters={[PROJECT_STATUS_FILTER]}
                  search={t("zone.searchTitle")}
                  updating={projects.isPlaceholderData}
                />
              ) : projects.isError ? (
                <ErrorState title={t("zone.projectsError")} onRetry={() => void projects.refetch()} />
              ) : (
                <LoadingState rows={3} />
              )}
            </Card>
          </div>
          <Card title={entity.attestationCount !== undefined ? t("entity.latestAll", { n: formatNumber(entity.attestationCount) }) : t("entity.latest")}>
            <LimitedModeNotice>
              {scannedFrom !== undefined && recent.scannedTo !== undefined
                ? t("entity.limited", { from: formatNumber(Number(scannedFrom)), to: formatNumber(Number(recent.scannedTo)) })
                : null}
            </LimitedModeNotice>
            {recent.query.isPending ? (
              <LoadingState rows={3} label={t("entity.reading")} />
            ) : recent.query.isError && items.length === 0 ? (
              <ErrorState title={t("entity.readError")} onRetry={() => void recent.query.refetch()}>
                {recent.query.error.message.split("\n")[0]}
              </ErrorState>
            ) : items.length ? (
              <AttestationTimeline
                items={items}
                entityOf={entityOf}
                standing={standing}
                projectOf={(a) => ({ id: a.projectId, title: a.projectTitle ?? t("common.projectNo", { id: a.projectId }) })}
              />
            ) : recent.complete ? (
              <EmptyState title={t("states.noAttestations")} />
            ) : (
              <p className="muted" data-testid="none-yet">
                {t("entity.noneYet")}
              </p>
            )}
            {readMode === "limited" && recent.query.hasNextPage ? (
              <div className="timeline__more">
                <button
                  type="button"
                  className="btn btn--secondary btn--sm"
                  onClick={() => void recent.query.fetchNextPage()}
                  disabled={recent.query.isFetchingNextPage}
                  data-testid="load-older"
                >
                  {recent.query.isFetchingNextPage ? t("common.loading") : t("common.loadOlderBefore", { block: formatNumber(Number(scannedFrom ?? 0n)) })}
                </button>
              </div>
            ) : null}
            {readMode === "indexed" && items.length >= ENTITY_RECENT ? <p className="muted small">{t("entity.mostRecent", { count: ENTITY_RECENT })}</p> : null}
          </Card>
        </PageData>
      </DataGate>
    </>
  );
}
