import { useMemo } from "react";
import { Link, useSearchParams } from "react-router";
import { ENTITY_STATUSES, ENTITY_TYPES, FIELDS } from "@sdk/domain";
import { DataGate } from "../components/DataGate";
import { PageHeader } from "../components/PageHeader";
import { StatusBadge } from "../components/Badge";
import { ErrorState, LoadingState } from "../components/States";
import { Table, type Column, type SelectFilter } from "../components/Table";
import { ENTITY_LIST_FILTERS, ENTITY_LIST_PAGE, useEntitySummaries, useZones } from "../data/registry";
import type { EntitySummary } from "../data/types";

interface EntityRow extends EntitySummary {
  readonly zone: string;
}

const COLUMNS: readonly Column<EntityRow>[] = [
  { key: "name", header: "Entity", render: (e) => <Link to={`/entities/${e.id}`} className="row-link">{e.name}</Link> },
  { key: "zone", header: "Zone", render: (e) => e.zone },
  { key: "type", header: "Type", render: (e) => e.type },
  { key: "fields", header: "Fields", render: (e) => e.fields.join(", ") },
  { key: "projects", header: "Projects", render: (e) => e.projectCount, numeric: true },
  { key: "status", header: "Status", render: (e) => <StatusBadge status={e.status} /> },
];

export function EntitiesPage() {
  const [params, setParams] = useSearchParams();
  const initial = useMemo(() => Object.fromEntries(ENTITY_LIST_FILTERS.flatMap((k) => (params.get(k) ? [[k, params.get(k) ?? ""]] : []))), [params]);
  // The first page paints from a small read of its own, unless filters from the URL need every row.
  const filtered = Object.keys(initial).length > 0;
  const entities = useEntitySummaries({ firstPage: !filtered });
  const zones = useZones();
  const loaded = entities.loadingMore && filtered ? undefined : entities.rows;
  const rows = useMemo<EntityRow[] | undefined>(() => {
    if (!loaded) return undefined;
    const names = new Map((zones.data ?? []).map((z) => [z.id, z.name]));
    return loaded.map((e) => ({ ...e, zone: names.get(e.zoneId) ?? `Zone #${e.zoneId}` }));
  }, [loaded, zones.data]);
  const filters = useMemo<SelectFilter<EntityRow>[]>(
    () => [
      { key: "zone", label: "Zone", options: (zones.data ?? []).map((z) => z.name), value: (e) => e.zone },
      { key: "field", label: "Field", options: FIELDS.map((f) => f.label), value: (e) => e.fields.join(", "), matches: (e, f) => e.fields.includes(f) },
      { key: "type", label: "Type", options: ENTITY_TYPES, value: (e) => e.type },
      { key: "status", label: "Status", options: ENTITY_STATUSES.filter((s) => s !== "None"), value: (e) => e.status },
    ],
    [zones.data],
  );

  return (
    <>
      <PageHeader title="Pilot entities" lead="Hospitals, universities, banks, utilities, manufacturers, courts and public bodies running pilots, with the accounts that sign for them." />
      <DataGate>
        {entities.isPending || (rows === undefined && !entities.isError) ? <LoadingState label="Loading entities…" rows={8} /> : null}
        {entities.isError ? <ErrorState title="Could not load entities" onRetry={() => void entities.refetch()}>{entities.error?.message.split("\n")[0]}</ErrorState> : null}
        {rows ? (
          <div className="card" data-testid="entities-table">
            <Table
              caption="Pilot entities"
              rows={rows}
              columns={COLUMNS}
              rowKey={(e) => String(e.id)}
              searchText={(e) => `${e.name} ${e.zone} ${e.type} ${e.fields.join(" ")}`}
              filters={filters}
              pageSize={ENTITY_LIST_PAGE}
              {...(entities.loadingMore ? { loadingMore: entities.loadingMore } : {})}
              initialFilters={initial}
              onFiltersChange={(values) => setParams(Object.fromEntries(Object.entries(values).filter(([, v]) => v !== "")), { replace: true })}
            />
          </div>
        ) : null}
      </DataGate>
    </>
  );
}
