import { useMemo } from "react";
import { Link } from "react-router";
import { useTranslation } from "react-i18next";
import type { TFunction } from "i18next";
import { ZONE_STATUSES } from "@pilot/sdk/domain";
import { DataGate } from "../components/DataGate";
import { PageData } from "../components/PageData";
import { PageHeader } from "../components/PageHeader";
import { PagedTable, type PagedColumn } from "../components/PagedTable";
import { StatusBadge } from "../components/Badge";
import { ErrorState, LoadingState } from "../components/States";
import { readMode } from "../data/readMode";
import type { ZoneSummary } from "../data/types";
import { useUrlListQuery } from "../data/useListQuery";
import { ZONE_LIST, useZoneList } from "../data/views/lists";
import { regionName, statusLabel, zoneName } from "../i18n/labels";

const columns = (t: TFunction): readonly PagedColumn<ZoneSummary>[] => [
  {
    key: "name",
    header: t("columns.zone"),
    sort: "name",
    render: (z) => (
      <Link to={`/zones/${z.id}`} className="row-link">
        {zoneName(z.name)}
      </Link>
    ),
  },
  { key: "region", header: t("columns.region"), sort: "region", render: (z) => regionName(z.region) },
  { key: "status", header: t("columns.status"), sort: "status", render: (z) => <StatusBadge status={z.status} /> },
  { key: "entities", header: t("columns.entities"), sort: "entities", render: (z) => z.entityCount, numeric: true },
  { key: "projects", header: t("columns.projects"), sort: "projects", render: (z) => z.projectCount, numeric: true },
  ...(readMode === "indexed"
    ? [{ key: "attestations", header: t("columns.attestations"), sort: "attestations", render: (z: ZoneSummary) => z.attestationCount ?? "—", numeric: true }]
    : []),
];

const statusFilter = (t: TFunction) => [
  {
    key: "status",
    label: t("columns.status"),
    options: ZONE_STATUSES.flatMap((label, i) => (i === 0 ? [] : [{ value: String(i), label: statusLabel(label) }])),
  },
];

export function ZonesPage() {
  const { t, i18n } = useTranslation();
  const [query, setQuery] = useUrlListQuery(ZONE_LIST);
  // eslint-disable-next-line react-hooks/exhaustive-deps -- the labels read i18n's language, which the rule cannot see: recomputed when it changes
  const [COLUMNS, STATUS_FILTER] = useMemo(() => [columns(t), statusFilter(t)], [t, i18n.language]);
  const zones = useZoneList(query);
  return (
    <>
      <PageHeader title={t("zones.title")} lead={t("zones.lead")} />
      <DataGate>
        {zones.isError && !zones.data ? (
          <ErrorState title={t("zones.loadError")} onRetry={() => void zones.refetch()}>
            {zones.error.message.split("\n")[0]}
          </ErrorState>
        ) : null}
        <PageData ready={zones.data !== undefined}>
          {zones.data ? (
            <div className="card">
              <PagedTable
                caption={t("zones.title")}
                columns={COLUMNS}
                rowKey={(z) => String(z.id)}
                page={zones.data}
                query={query}
                onQueryChange={setQuery}
                filters={STATUS_FILTER}
                search={t("zones.search")}
                updating={zones.isPlaceholderData}
              />
            </div>
          ) : zones.isError ? null : (
            <LoadingState label={t("zones.loading")} />
          )}
        </PageData>
      </DataGate>
    </>
  );
}
