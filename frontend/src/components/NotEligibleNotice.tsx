/** The Attest page's word when it was opened for a project (?project=) this account may not attest about: why, and which roles may. */
import { useTranslation } from "react-i18next";
import type { Issuer, NotEligible } from "../data/eligibility";
import type { ProjectInfo } from "../data/types";
import { entityName, fieldLabel, statusLabel, zoneName } from "../i18n/labels";

export function NotEligibleNotice({
  project,
  why,
  entity,
  zone,
}: {
  readonly project: ProjectInfo;
  readonly why: NotEligible;
  readonly entity: string;
  readonly zone: string;
}) {
  const { t } = useTranslation();
  const title = t("attestGuard.projectName", { id: project.id, title: project.title });
  const issuer = (who: Issuer): string =>
    who === "entity"
      ? t("attestGuard.issuer.entity", { entity: entityName(entity) })
      : who === "zoneAdmin"
        ? t("attestGuard.issuer.zoneAdmin", { zone: zoneName(zone) })
        : who === "expert"
          ? t("attestGuard.issuer.expert", { field: fieldLabel(project.field) })
          : t("attestGuard.issuer.regulator", { field: fieldLabel(project.field) });
  const text =
    why.reason === "role"
      ? t("attestGuard.needsRole", { project: title, roles: why.needs.map(issuer).join(t("attestGuard.or")) })
      : why.reason === "zone-inactive"
        ? t("attestGuard.zoneInactive", { project: title, status: statusLabel(why.status).toLowerCase() })
        : why.reason === "entity-inactive"
          ? t("attestGuard.entityInactive", { project: title, status: statusLabel(why.status).toLowerCase() })
          : t("attestGuard.projectClosed", { project: title, status: statusLabel(why.status).toLowerCase() });
  return (
    <p className="notice notice--info" role="status" data-testid="attest-not-eligible">
      {text}
    </p>
  );
}
