import { NavLink } from "react-router";

export const NAV_ITEMS = [
  { to: "/", label: "Overview" },
  { to: "/zones", label: "Zones" },
  { to: "/entities", label: "Entities" },
  { to: "/attest", label: "Attest" },
  { to: "/verify", label: "Verify" },
  { to: "/relay", label: "Relay" },
  { to: "/admin", label: "Admin" },
] as const;

export function TopNav({ id, open, onNavigate }: { readonly id: string; readonly open: boolean; readonly onNavigate: () => void }) {
  return (
    <nav id={id} className={`nav${open ? " nav--open" : ""}`} aria-label="Main">
      <ul>
        {NAV_ITEMS.map((item) => (
          <li key={item.to}>
            <NavLink to={item.to} end={item.to === "/"} className="nav__link" onClick={onNavigate}>
              {item.label}
            </NavLink>
          </li>
        ))}
      </ul>
    </nav>
  );
}
