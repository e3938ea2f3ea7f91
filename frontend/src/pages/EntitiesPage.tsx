import { useMemo } from "react";
import { Link } from "react-router";
import { ENTITY_STATUSES, ENTITY_TYPES, FIELDS } from "@sdk/domain";
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

const COLUMNS: readonly PagedColumn<EntityListRow>[] = [
  { key: "name", header: "Entity", sort: "name", render: (e) => <Link to={`/entities/${e.id}`} className="row-link">{e.name}</Link> },
  { key: "zone", header: "Zone", render: (e) => e.zone },
  { key: "type", header: "Type", sort: "type", render: (e) => e.type },
  { key: "fields", header: "Fields", render: (e) => e.fields.join(", ") },
  { key: "projects", header: "Projects", sort: "projects", render: (e) => e.projectCount, numeric: true },
  ...(readMode === "indexed" ? [{ key: "attestations", header: "Attestations", sort: "attestations", render: (e: EntityListRow) => e.attestationCount ?? "—", numeric: true }] : []),
  { key: "status", header: "Status", sort: "status", render: (e) => <StatusBadge status={e.status} /> },
];

const options = (list: readonly string[], skipNone = false) => list.flatMap((label, i) => (skipNone && i === 0 ? [] : [{ value: String(i), label }]));

export function EntitiesPage() {
  const [query, setQuery] = useUrlListQuery(ENTITY_LIST);
  const list = useEntityList(query);
  const zones = list.data?.zones;
  const filters = useMemo<PagedFilter[]>(
    () => [
      { key: "zone", label: "Zone", options: (zones ?? []).map((z) => ({ value: String(z.id), label: z.name })) },
      { key: "field", label: "Field", options: FIELDS.map((f) => ({ value: String(f.id), label: f.label })) },
      { key: "type", label: "Type", options: options(ENTITY_TYPES) },
      { key: "status", label: "Status", options: options(ENTITY_STATUSES, true) },
    ],
    [zones],
  );

  return (
    <>
      <PageHeader title="Pilot entities" lead="Hospitals, universities, banks, utilities, manufacturers, courts and public bodies running pilots, with the accounts that sign for them." />
      <DataGate>
        <LimitedModeNotice>The list is read whole from the chain (ProgrammeReader pages) and searched in the browser.</LimitedModeNotice>
        {list.isError && !list.data ? <ErrorState title="Could not load entities" onRetry={() => void list.refetch()}>{list.error.message.split("\n")[0]}</ErrorState> : null}
        <PageData ready={list.data !== undefined}>
          {list.data ? (
            <div className="card" data-testid="entities-table">
              <PagedTable
                caption="Pilot entities"
                columns={COLUMNS}
                rowKey={(e) => String(e.id)}
                page={list.data.page}
                query={query}
                onQueryChange={setQuery}
                filters={filters}
                search="Name…"
                updating={list.isPlaceholderData}
              />
            </div>
          ) : list.isError ? null : (
            <LoadingState label="Loading entities…" rows={8} />
          )}
        </PageData>
      </DataGate>
    </>
  );
}
