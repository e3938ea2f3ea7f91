/**
 * Governance actions. Only the forms the connected account's roles can use are shown (pages/admin/access.ts);
 * for each other role, one line says what it needs. Every form owns its write: simulated first, its button
 * disabled while on its way, its refusal in plain words under its button.
 */
import { useMemo } from "react";
import { useConnection } from "wagmi";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { AccountName } from "../components/Address";
import { StatusBadge } from "../components/Badge";
import { DataGate } from "../components/DataGate";
import { Card, PageHeader } from "../components/PageHeader";
import { PageData } from "../components/PageData";
import { EmptyState, ErrorState, LoadingState } from "../components/States";
import { ConsentCard } from "../components/SignerConsent";
import { indexById, useEntities, useProjects, useZones } from "../data/registry";
import { useOfficeHolder } from "../data/officeHolder";
import { useRoles } from "../data/roles";
import { joinRoles, rolesText, zoneName } from "../i18n/labels";
import { formatUtcDay } from "../format/display";
import { adminAccess, inLifecycleScope, lifecycleProposes, zoneProposes } from "./admin/access";
import { OfficeActions } from "./admin/OfficeActions";
import { isGuardian, officeMode } from "./admin/officeProposal";
import { ProjectStatusActions } from "./admin/ProjectStatusActions";
import { ProposeProjectCard } from "./admin/ProposeProjectCard";
import { ZoneAdminActions } from "./admin/ZoneAdminActions";

export function AdminPage() {
  const { t } = useTranslation();
  const connection = useConnection();
  const address = connection.status === "connected" ? connection.address : undefined;
  const roles = useRoles(address);
  const holder = useOfficeHolder(address);
  const zones = useZones();
  const entities = useEntities();
  const projects = useProjects();
  const zoneMap = useMemo(() => indexById(zones.data), [zones.data]);
  const entityMap = useMemo(() => indexById(entities.data), [entities.data]);
  const names = { zone: (id: number) => zoneMap.get(id)?.name ?? `Zone #${id}`, entity: (id: number) => entityMap.get(id)?.name ?? `Entity #${id}` };

  const r = roles.data;
  const h = holder.data;
  const ready = r && zones.data && entities.data && projects.data && (h || holder.isError);
  const mode = r ? officeMode(r.isProgrammeOffice, h) : "none";
  const guardian = isGuardian(address, h?.guardian);
  const withOffice = r ? { ...r, officeMode: mode, isGuardian: guardian } : undefined;
  const access = withOffice ? adminAccess(withOffice) : undefined;
  const shows = (s: "propose" | "zone" | "lifecycle" | "office") => access?.shown.includes(s) ?? false;
  const myEntity = r?.entityId ? entityMap.get(r.entityId) : undefined;
  const needs = {
    propose: t("admin.needs.propose"),
    zone: t("admin.needs.zone"),
    lifecycle: t("admin.needs.lifecycle"),
    office: mode === "needsSeat" ? t("adminPropose.needsSeat") : t("admin.needs.office"),
  };
  const lapsed = r?.lapsed;

  return (
    <>
      <PageHeader title={t("admin.title")} lead={t("admin.lead")} />
      <DataGate>
        <PageData ready={!address || roles.isError || Boolean(ready)}>
          {!address ? (
            <EmptyState title={t("admin.connectTitle")}>{t("admin.connectText")}</EmptyState>
          ) : roles.isError ? (
            <ErrorState title={t("admin.rolesError")} onRetry={() => void roles.refetch()} />
          ) : !ready || !access ? (
            <LoadingState label={t("admin.readingRoles")} />
          ) : (
            <>
              <Card title={t("admin.account")}>
                <div className="account-summary" data-testid="my-roles">
                  <AccountName address={address} />
                  {rolesText(r, names).length ? (
                    <ul className="chips">
                      {rolesText(r, names).map((d) => (
                        <li key={d} className="chip chip--role">
                          {d}
                        </li>
                      ))}
                    </ul>
                  ) : (
                    <p className="muted">{t("admin.noRole")}</p>
                  )}
                  {r.officeTermEnds ? (
                    <span className="muted small" data-testid="office-term-ends">
                      {t("adminPropose.termEnds", { date: formatUtcDay(r.officeTermEnds) })}
                    </span>
                  ) : null}
                  {r.paused ? <StatusBadge status="Suspended" /> : null}
                </div>
                {lapsed ? (
                  <p className="notice" role="note" data-testid="office-lapsed">
                    {t("adminPropose.lapsed", {
                      offices: joinRoles(rolesText({ ...r, isProgrammeOffice: false, entityId: 0, ...lapsed }, names)),
                      date: formatUtcDay(lapsed.expiredAt),
                    })}
                  </p>
                ) : null}
              </Card>
              {access.needs.length ? (
                <section className="admin-section" aria-labelledby="needs-h" data-testid="admin-needs">
                  <h2 id="needs-h">{t("admin.needs.title")}</h2>
                  <ul className="plain-list muted">
                    {access.needs.map((s) => (
                      <li key={s} data-testid={`needs-${s}`}>
                        {needs[s]}
                      </li>
                    ))}
                  </ul>
                </section>
              ) : null}
              {access.consent ? (
                <section className="admin-section" aria-labelledby="key-h">
                  <h2 id="key-h">{t("admin.sections.signerKey")}</h2>
                  <ConsentCard entities={entities.data} address={address} />
                </section>
              ) : null}
              {shows("propose") && myEntity ? (
                <section className="admin-section" aria-labelledby="propose-h">
                  <h2 id="propose-h">{t("admin.sections.propose")}</h2>
                  <ProposeProjectCard entity={myEntity} zone={zoneMap.get(myEntity.zoneId)} />
                </section>
              ) : null}
              {shows("office") ? (
                <section className="admin-section" aria-labelledby="office-h">
                  <h2 id="office-h">{mode === "propose" ? t("adminPropose.section") : t("admin.sections.office")}</h2>
                  {mode === "propose" ? (
                    <p className="muted" data-testid="office-proposes">
                      {t("adminPropose.lead")} <Link to="/governance">{t("adminPropose.governanceLink")}</Link>
                    </p>
                  ) : null}
                  <OfficeActions zones={zones.data} paused={r.paused} mode={mode} guardian={guardian} />
                </section>
              ) : null}
              {shows("zone") ? (
                <section className="admin-section" aria-labelledby="zone-h">
                  <h2 id="zone-h">{r.zoneAdminOf ? t("admin.sections.zoneOf", { zone: zoneName(names.zone(r.zoneAdminOf)) }) : t("admin.sections.zoneAny")}</h2>
                  <ZoneAdminActions
                    zones={zones.data}
                    entities={entities.data}
                    projects={projects.data}
                    fixedZone={r.zoneAdminOf || undefined}
                    propose={withOffice ? zoneProposes(withOffice) : false}
                  />
                </section>
              ) : null}
              {shows("lifecycle") ? (
                <section className="admin-section" aria-labelledby="lifecycle-h">
                  <h2 id="lifecycle-h">{t("admin.sections.lifecycle")}</h2>
                  <ProjectStatusActions
                    projects={projects.data}
                    scope={(p) => inLifecycleScope(withOffice ?? r, p)}
                    propose={withOffice ? lifecycleProposes(withOffice) : false}
                  />
                </section>
              ) : null}
            </>
          )}
        </PageData>
      </DataGate>
    </>
  );
}
