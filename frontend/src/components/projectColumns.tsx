/** Columns of the projects tables (a zone's, an entity's), in the active language. */
import { Link } from "react-router";
import type { TFunction } from "i18next";
import { PROJECT_STATUSES } from "@pilot/sdk/domain";
import { readMode } from "../data/readMode";
import type { ProjectListRow } from "../data/views/lists";
import { entityName, fieldLabel, statusLabel } from "../i18n/labels";
import { StatusBadge } from "./Badge";
import type { PagedColumn, PagedFilter } from "./PagedTable";

export function projectColumns(t: TFunction, { entity }: { readonly entity: boolean }): PagedColumn<ProjectListRow>[] {
  return [
    {
      key: "title",
      header: t("columns.project"),
      sort: "title",
      render: (p) => (
        <Link to={`/projects/${p.id}`} className="row-link">
          {p.title}
        </Link>
      ),
    },
    ...(entity
      ? [
          {
            key: "entity",
            header: t("columns.entity"),
            sort: "entity",
            render: (p: ProjectListRow) => (p.entityName ? entityName(p.entityName) : `#${p.entityId}`),
          },
        ]
      : []),
    { key: "field", header: t("columns.field"), sort: "field", render: (p) => fieldLabel(p.fieldLabel) },
    ...(readMode === "indexed"
      ? [
          {
            key: "attestations",
            header: t("columns.attestations"),
            sort: "attestations",
            numeric: true,
            render: (p: ProjectListRow) => p.attestationCount ?? "—",
          },
        ]
      : []),
    { key: "status", header: t("columns.status"), sort: "status", render: (p) => <StatusBadge status={p.status} /> },
  ];
}

export function projectStatusFilter(t: TFunction): PagedFilter {
  return {
    key: "status",
    label: t("columns.status"),
    options: PROJECT_STATUSES.flatMap((label, i) => (i === 0 ? [] : [{ value: String(i), label: statusLabel(label) }])),
  };
}
