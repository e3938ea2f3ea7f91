import { useMemo } from "react";
import { Link, useSearchParams } from "react-router";
import { ENTITY_STATUSES, ENTITY_TYPES, FIELDS } from "@sdk/domain";
import { DataGate } from "../components/DataGate";
import { PageHeader } from "../components/PageHeader";
import { StatusBadge } from "../components/Badge";
import { ErrorState, LoadingState } from "../components/States";
import { Table, type Column, type SelectFilter } from "../components/Table";
import { useEntities, useZones } from "../data/registry";
import type { EntityInfo } from "../data/types";

interface EntityRow extends EntityInfo {
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
  const entities = useEntities();
  const zones = useZones();
  const [params, setParams] = useSearchParams();
  const rows = useMemo<EntityRow[] | undefined>(() => {
    if (!entities.data) return undefined;
    const names = new Map((zones.data ?? []).map((z) => [z.id, z.name]));
    return entities.data.map((e) => ({ ...e, zone: names.get(e.zoneId) ?? `Zone #${e.zoneId}` }));
  }, [entities.data, zones.data]);
  const filters = useMemo<SelectFilter<EntityRow>[]>(
    () => [
      { key: "zone", label: "Zone", options: (zones.data ?? []).map((z) => z.name), value: (e) => e.zone },
      { key: "field", label: "Field", options: FIELDS.map((f) => f.label), value: (e) => e.fields.join(", "), matches: (e, f) => e.fields.includes(f) },
      { key: "type", label: "Type", options: ENTITY_TYPES, value: (e) => e.type },
      { key: "status", label: "Status", options: ENTITY_STATUSES.filter((s) => s !== "None"), value: (e) => e.status },
    ],
    [zones.data],
  );
  const initial = useMemo(() => Object.fromEntries(["zone", "field", "type", "status"].flatMap((k) => (params.get(k) ? [[k, params.get(k) ?? ""]] : []))), [params]);

  return (
    <>
      <PageHeader title="Pilot entities" lead="Hospitals, universities, banks, utilities, manufacturers, courts and public bodies running pilots, with the accounts that sign for them." />
      <DataGate>
        {entities.isPending ? <LoadingState label="Loading entities…" rows={8} /> : null}
        {entities.isError ? <ErrorState title="Could not load entities" onRetry={() => void entities.refetch()}>{entities.error.message.split("\n")[0]}</ErrorState> : null}
        {rows ? (
          <div className="card" data-testid="entities-table">
            <Table
              caption="Pilot entities"
              rows={rows}
              columns={COLUMNS}
              rowKey={(e) => String(e.id)}
              searchText={(e) => `${e.name} ${e.zone} ${e.type} ${e.fields.join(" ")}`}
              filters={filters}
              pageSize={15}
              initialFilters={initial}
              onFiltersChange={(values) => setParams(Object.fromEntries(Object.entries(values).filter(([, v]) => v !== "")), { replace: true })}
            />
          </div>
        ) : null}
      </DataGate>
    </>
  );
}
