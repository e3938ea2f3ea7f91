import { useMemo } from "react";
import { Link } from "react-router";
import { useTranslation } from "react-i18next";
import type { TFunction } from "i18next";
import { ENTITY_STATUSES, ENTITY_TYPES, FIELDS } from "@pilot/sdk/domain";
import { DataGate } from "../components/DataGate";
import { LimitedModeNotice } from "../components/ModeNotice";
import { PageData } from "../components/PageData";
import { PageHeader } from "../components/PageHeader";
import { PagedTable, type PagedColumn, type PagedFilter } from "../components/PagedTable";
import { StatusBadge } from "../components/Badge";
import { ErrorState, LoadingState } from "../components/States";
import { readMode } from "../data/readMode";
import { useUrlListQuery } from "../data/useListQuery";
import { ENTITY_LIST, useEntityList, type EntityListRow } from "../data/views/lists";
import { entityName, entityTypeLabel, fieldLabel, statusLabel, zoneName } from "../i18n/labels";

const columns = (t: TFunction): readonly PagedColumn<EntityListRow>[] => [
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
  { key: "zone", header: t("columns.zone"), render: (e) => zoneName(e.zone) },
  { key: "type", header: t("columns.type"), sort: "type", render: (e) => entityTypeLabel(e.type) },
  { key: "fields", header: t("columns.fields"), render: (e) => e.fields.map(fieldLabel).join(t("roles.listSeparator")) },
  { key: "projects", header: t("columns.projects"), sort: "projects", render: (e) => e.projectCount, numeric: true },
  ...(readMode === "indexed"
    ? [{ key: "attestations", header: t("columns.attestations"), sort: "attestations", render: (e: EntityListRow) => e.attestationCount ?? "—", numeric: true }]
    : []),
  { key: "status", header: t("columns.status"), sort: "status", render: (e) => <StatusBadge status={e.status} /> },
];

const options = (list: readonly string[], label: (l: string) => string, skipNone = false) =>
  list.flatMap((l, i) => (skipNone && i === 0 ? [] : [{ value: String(i), label: label(l) }]));

export function EntitiesPage() {
  const { t, i18n } = useTranslation();
  const [query, setQuery] = useUrlListQuery(ENTITY_LIST);
  // eslint-disable-next-line react-hooks/exhaustive-deps -- the labels read i18n's language, which the rule cannot see: recomputed when it changes
  const COLUMNS = useMemo(() => columns(t), [t, i18n.language]);
  const list = useEntityList(query);
  const zones = list.data?.zones;
  const filters = useMemo<PagedFilter[]>(
    () => [
      { key: "zone", label: t("columns.zone"), options: (zones ?? []).map((z) => ({ value: String(z.id), label: zoneName(z.name) })) },
      { key: "field", label: t("columns.field"), options: FIELDS.map((f) => ({ value: String(f.id), label: fieldLabel(f.id) })) },
      { key: "type", label: t("columns.type"), options: options(ENTITY_TYPES, entityTypeLabel) },
      { key: "status", label: t("columns.status"), options: options(ENTITY_STATUSES, statusLabel, true) },
    ],
    // eslint-disable-next-line react-hooks/exhaustive-deps -- the labels read i18n's language, which the rule cannot see: recomputed when it changes
    [zones, t, i18n.language],
  );

  return (
    <>
      <PageHeader title={t("entities.title")} lead={t("entities.lead")} />
      <DataGate>
        <LimitedModeNotice>{t("entities.limited")}</LimitedModeNotice>
        {list.isError && !list.data ? (
          <ErrorState title={t("entities.loadError")} onRetry={() => void list.refetch()}>
            {list.error.message.split("\n")[0]}
          </ErrorState>
        ) : null}
        <PageData ready={list.data !== undefined}>
          {list.data ? (
            <div className="card" data-testid="entities-table">
              <PagedTable
                caption={t("entities.title")}
                columns={COLUMNS}
                rowKey={(e) => String(e.id)}
                page={list.data.page}
                query={query}
                onQueryChange={setQuery}
                filters={filters}
                search={t("zone.searchName")}
                updating={list.isPlaceholderData}
              />
            </div>
          ) : list.isError ? null : (
            <LoadingState label={t("entities.loading")} rows={8} />
          )}
        </PageData>
      </DataGate>
    </>
  );
}
