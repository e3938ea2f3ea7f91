import { NavLink } from "react-router";
import { useTranslation } from "react-i18next";
import { deployment } from "../../config/loadDeployment";

export const NAV_ITEMS = [
  { to: "/", label: "nav.overview" },
  { to: "/zones", label: "nav.zones" },
  { to: "/entities", label: "nav.entities" },
  { to: "/attest", label: "nav.attest" },
  { to: "/verify", label: "nav.verify" },
  { to: "/relay", label: "nav.relay" },
  { to: "/admin", label: "nav.admin" },
] as const;

/** Shown when the programme office is governed (the deployment names a governor). */
const GOVERNANCE_ITEM = { to: "/governance", label: "governance.nav" } as const;
const items = deployment.governance ? [...NAV_ITEMS, GOVERNANCE_ITEM] : NAV_ITEMS;

export function TopNav({ id, open, onNavigate }: { readonly id: string; readonly open: boolean; readonly onNavigate: () => void }) {
  const { t } = useTranslation();
  return (
    <nav id={id} className={`nav${open ? " nav--open" : ""}`} aria-label={t("shell.mainNav")}>
      <ul>
        {items.map((item) => (
          <li key={item.to}>
            <NavLink to={item.to} end={item.to === "/"} className="nav__link" onClick={onNavigate}>
              {t(item.label)}
            </NavLink>
          </li>
        ))}
      </ul>
    </nav>
  );
}
