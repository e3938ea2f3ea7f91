/** Columns of the projects tables (a zone's, an entity's). */
import { Link } from "react-router";
import { PROJECT_STATUSES } from "@sdk/domain";
import { readMode } from "../data/readMode";
import type { ProjectListRow } from "../data/views/lists";
import { StatusBadge } from "./Badge";
import type { PagedColumn, PagedFilter } from "./PagedTable";

export function projectColumns({ entity }: { readonly entity: boolean }): PagedColumn<ProjectListRow>[] {
  return [
    { key: "title", header: "Project", sort: "title", render: (p) => <Link to={`/projects/${p.id}`} className="row-link">{p.title}</Link> },
    ...(entity ? [{ key: "entity", header: "Entity", sort: "entity", render: (p: ProjectListRow) => p.entityName ?? `#${p.entityId}` }] : []),
    { key: "field", header: "Field", sort: "field", render: (p) => p.fieldLabel },
    ...(readMode === "indexed" ? [{ key: "attestations", header: "Attestations", sort: "attestations", numeric: true, render: (p: ProjectListRow) => p.attestationCount ?? "—" }] : []),
    { key: "status", header: "Status", sort: "status", render: (p) => <StatusBadge status={p.status} /> },
  ];
}

export const PROJECT_STATUS_FILTER: PagedFilter = {
  key: "status",
  label: "Status",
  options: PROJECT_STATUSES.flatMap((label, i) => (i === 0 ? [] : [{ value: String(i), label }])),
};
