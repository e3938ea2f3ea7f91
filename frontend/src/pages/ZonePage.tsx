import { useMemo } from "react";
import { Link, useParams } from "react-router";
import { useTranslation } from "react-i18next";
import type { TFunction } from "i18next";
import { AccountName } from "../components/Address";
import { StatusBadge } from "../components/Badge";
import { DataGate } from "../components/DataGate";
import { LimitedModeNotice } from "../components/ModeNotice";
import { OfficeExpiry } from "../components/OfficeExpiry";
import { Card, PageHeader } from "../components/PageHeader";
import { PageData } from "../components/PageData";
import { PagedTable, type PagedColumn } from "../components/PagedTable";
import { projectColumns, projectStatusFilter } from "../components/projectColumns";
import { EmptyState, ErrorState, LoadingState } from "../components/States";
import { useOfficeExpiries } from "../data/officeExpiry";
import { readMode } from "../data/readMode";
import { useLocalListQuery } from "../data/useListQuery";
import { ZONE_ENTITIES, ZONE_PROJECTS, useEntityList, useProjectList, type EntityListRow } from "../data/views/lists";
import { useZoneView } from "../data/views/pages";
import { formatDate, formatNumber } from "../format/display";
import { entityName, entityTypeLabel, fieldLabel, regionName, zoneName } from "../i18n/labels";

const entityColumns = (t: TFunction): readonly PagedColumn<EntityListRow>[] => [
  {
    key: "name",
    header: t("columns.entity"),
    sort: "name",
    render: (e) => (
      <Link to={`/entities/${e.id}`} className="row-link">
        {entityName(e.name)}
      </Link>
    ),
  },
  { key: "type", header: t("columns.type"), sort: "type", render: (e) => entityTypeLabel(e.type) },
  { key: "fields", header: t("columns.fields"), render: (e) => e.fields.map(fieldLabel).join(t("roles.listSeparator")) },
  { key: "status", header: t("columns.status"), sort: "status", render: (e) => <StatusBadge status={e.status} /> },
];

export function ZonePage() {
  const { t, i18n } = useTranslation();
  const [ENTITY_COLUMNS, PROJECT_COLUMNS, PROJECT_STATUS_FILTER] = useMemo(
    () => [entityColumns(t), projectColumns(t, { entity: true }), projectStatusFilter(t)] as const,
    // eslint-disable-next-line react-hooks/exhaustive-deps -- the labels read i18n's language, which the rule cannot see: recomputed when it changes
    [t, i18n.language],
  );
  const id = Number(useParams()["id"]);
  const view = useZoneView(id);
  const [entityQuery, setEntityQuery] = useLocalListQuery(ZONE_ENTITIES);
  const [projectQuery, setProjectQuery] = useLocalListQuery(ZONE_PROJECTS);
  const entities = useEntityList(entityQuery, { zoneId: id }, false);
  const projects = useProjectList(projectQuery, { zoneId: id });
  const expiries = useOfficeExpiries(view.data?.admins ?? []);

  if (view.isPending && view.fetchStatus !== "idle") return <LoadingState label={t("zone.loading")} />;
  if (view.isError)
    return (
      <ErrorState title={t("zone.loadError")} onRetry={() => void view.refetch()}>
        {view.error.message.split("\n")[0]}
      </ErrorState>
    );
  const data = view.data;
  if (!data) return <EmptyState title={t("zone.none", { id: Number.isFinite(id) ? id : "?" })} action={<Link to="/zones">{t("zone.all")}</Link>} />;
  const { zone, admins } = data;
  const name = zoneName(zone.name);

  return (
    <>
      <nav className="crumbs" aria-label={t("shell.breadcrumb")}>
        <Link to="/zones">{t("nav.zones")}</Link> <span aria-hidden="true">/</span> <span>{name}</span>
      </nav>
      <PageHeader
        title={name}
        lead={t("zone.lead", { region: regionName(zone.region), id: zone.id, date: formatDate(zone.createdAt) })}
        actions={<StatusBadge status={zone.status} />}
      />
      <DataGate>
        <LimitedModeNotice>{t("zone.limited")}</LimitedModeNotice>
        <PageData ready={entities.data !== undefined && projects.data !== undefined}>
          <section className="stats" aria-label={t("zone.figures")}>
            <div className="stat">
              <span className="stat__label">{t("columns.entities")}</span>
              <span className="stat__value">{formatNumber(zone.entityCount)}</span>
            </div>
            <div className="stat">
              <span className="stat__label">{t("columns.projects")}</span>
              <span className="stat__value">{formatNumber(zone.projectCount)}</span>
            </div>
            <div className="stat">
              <span className="stat__label">{t("zone.activeProjects")}</span>
              <span className="stat__value">{formatNumber(data.activeProjects)}</span>
            </div>
            {readMode === "indexed" && zone.attestationCount !== undefined ? (
              <div className="stat">
                <span className="stat__label">{t("columns.attestations")}</span>
                <span className="stat__value">{formatNumber(zone.attestationCount)}</span>
              </div>
            ) : (
              <div className="stat">
                <span className="stat__label">{t("zone.administrators")}</span>
                <span className="stat__value">{formatNumber(admins.length)}</span>
              </div>
            )}
          </section>
          <div className="grid grid--sidebar">
            <Card title={t("zone.administratorsCount", { count: admins.length })}>
              {admins.length === 0 ? (
                <p className="muted">{t("zone.noAdmin")}</p>
              ) : (
                <ul className="plain-list" data-testid="zone-admins">
                  {admins.map((a) => (
                    <li key={a}>
                      <AccountName address={a} /> <OfficeExpiry expiresAt={expiries.data?.get(a.toLowerCase())} />
                    </li>
                  ))}
                </ul>
              )}
              <p className="muted small">{t("zone.adminNote")}</p>
            </Card>
            <Card title={t("zone.entitiesCount", { n: formatNumber(zone.entityCount) })}>
              {entities.data ? (
                <PagedTable
                  caption={t("zone.entitiesOf", { name })}
                  columns={ENTITY_COLUMNS}
                  rowKey={(e) => String(e.id)}
                  page={entities.data.page}
                  query={entityQuery}
                  onQueryChange={setEntityQuery}
                  search={t("zone.searchName")}
                  updating={entities.isPlaceholderData}
                />
              ) : entities.isError ? (
                <ErrorState title={t("zone.entitiesError")} onRetry={() => void entities.refetch()} />
              ) : (
                <LoadingState rows={4} />
              )}
            </Card>
          </div>
          <Card title={t("zone.projectsCount", { n: formatNumber(zone.projectCount) })}>
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
              <LoadingState rows={4} />
            )}
          </Card>
        </PageData>
      </DataGate>
    </>
  );
}
