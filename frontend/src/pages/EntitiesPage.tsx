import { useMemo } from "react";
import { ENTITY_STATUSES, ENTITY_TYPES } from "@sdk/domain";
import { NetworkNotice } from "../components/NetworkNotice";
import { PageHeader, SampleDataNotice } from "../components/PageHeader";
import { StatusBadge } from "../components/Badge";
import { ErrorState, LoadingState } from "../components/States";
import { Table, type Column, type SelectFilter } from "../components/Table";
import { entitiesSource, useEntities } from "../data/useEntities";
import type { EntityRow } from "../data/types";

const COLUMNS: readonly Column<EntityRow>[] = [
  { key: "name", header: "Entity", render: (e) => <strong>{e.name}</strong> },
  { key: "zone", header: "Zone", render: (e) => e.zone },
  { key: "type", header: "Type", render: (e) => e.type },
  { key: "fields", header: "Fields", render: (e) => e.fields.join(", ") },
  { key: "status", header: "Status", render: (e) => <StatusBadge status={e.status} /> },
];

export function EntitiesPage() {
  const entities = useEntities();
  const filters = useMemo<SelectFilter<EntityRow>[]>(() => {
    const zones = [...new Set((entities.data ?? []).map((e) => e.zone))].sort();
    return [
      { key: "zone", label: "Zone", options: zones, value: (e) => e.zone },
      { key: "type", label: "Type", options: ENTITY_TYPES, value: (e) => e.type },
      { key: "status", label: "Status", options: ENTITY_STATUSES.filter((s) => s !== "None"), value: (e) => e.status },
    ];
  }, [entities.data]);

  return (
    <>
      <PageHeader title="Pilot entities" lead="Hospitals, universities, banks, utilities, manufacturers, courts and public bodies running pilots." />
      <NetworkNotice />
      {entitiesSource === "sample" ? <SampleDataNotice /> : null}
      {entities.isPending ? <LoadingState label="Loading entities…" rows={8} /> : null}
      {entities.isError ? <ErrorState title="Could not load entities" onRetry={() => void entities.refetch()} /> : null}
      {entities.data ? (
        <div className="card">
          <Table
            caption="Pilot entities"
            rows={entities.data}
            columns={COLUMNS}
            rowKey={(e) => String(e.id)}
            searchText={(e) => `${e.name} ${e.zone} ${e.fields.join(" ")}`}
            filters={filters}
          />
        </div>
      ) : null}
    </>
  );
}
