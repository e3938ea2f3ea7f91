import { Link } from "react-router";
import { ZONE_STATUSES } from "@sdk/domain";
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

const COLUMNS: readonly PagedColumn<ZoneSummary>[] = [
  { key: "name", header: "Zone", sort: "name", render: (z) => <Link to={`/zones/${z.id}`} className="row-link">{z.name}</Link> },
  { key: "region", header: "Region", sort: "region", render: (z) => z.region },
  { key: "status", header: "Status", sort: "status", render: (z) => <StatusBadge status={z.status} /> },
  { key: "entities", header: "Entities", sort: "entities", render: (z) => z.entityCount, numeric: true },
  { key: "projects", header: "Projects", sort: "projects", render: (z) => z.projectCount, numeric: true },
  ...(readMode === "indexed" ? [{ key: "attestations", header: "Attestations", sort: "attestations", render: (z: ZoneSummary) => z.attestationCount ?? "—", numeric: true }] : []),
];

const STATUS_FILTER = [{ key: "status", label: "Status", options: ZONE_STATUSES.flatMap((label, i) => (i === 0 ? [] : [{ value: String(i), label }])) }];

export function ZonesPage() {
  const [query, setQuery] = useUrlListQuery(ZONE_LIST);
  const zones = useZoneList(query);
  return (
    <>
      <PageHeader title="Pilot zones" lead="The comprehensive pilot zones, each guided by its provincial cyberspace administration." />
      <DataGate>
        {zones.isError && !zones.data ? <ErrorState title="Could not load zones" onRetry={() => void zones.refetch()}>{zones.error.message.split("\n")[0]}</ErrorState> : null}
        <PageData ready={zones.data !== undefined}>
          {zones.data ? (
            <div className="card">
              <PagedTable caption="Pilot zones" columns={COLUMNS} rowKey={(z) => String(z.id)} page={zones.data} query={query} onQueryChange={setQuery} filters={STATUS_FILTER} search="Name or region…" updating={zones.isPlaceholderData} />
            </div>
          ) : zones.isError ? null : (
            <LoadingState label="Loading zones…" />
          )}
        </PageData>
      </DataGate>
    </>
  );
}
