/** Page frame: skip link, header with nav + network + wallet, banners, main, footer. */
import { useEffect, useRef, useState } from "react";
import { Link, Outlet, useLocation } from "react-router";
import { useTranslation } from "react-i18next";
import { deployment } from "../../config/loadDeployment";
import { WalletButton } from "../../wallet/WalletButton";
import { WrongChainBanner } from "../../wallet/WrongChainBanner";
import { LiveUpdates } from "../../data/LiveUpdates";
import { IndexPill } from "./IndexPill";
import { LanguageSwitcher } from "./LanguageSwitcher";
import { NetworkPill } from "./NetworkPill";
import { TopNav } from "./TopNav";

export function AppShell() {
  const { t } = useTranslation();
  const [menuOpen, setMenuOpen] = useState(false);
  const location = useLocation();
  const main = useRef<HTMLElement>(null);
  const first = useRef(true);

  // Move focus to the content on client-side navigation (not on first load).
  useEffect(() => {
    if (first.current) {
      first.current = false;
      return;
    }
    main.current?.focus();
  }, [location.pathname]);

  return (
    <div className="shell">
      <a href="#main" className="skip-link">
        {t("shell.skip")}
      </a>
      <header className="header">
        <div className="header__inner">
          <Link to="/" className="brand">
            <svg viewBox="0 0 32 32" width="28" height="28" aria-hidden="true">
              <rect width="32" height="32" rx="7" fill="var(--brand)" />
              <path d="M9 10h8a5 5 0 0 1 0 10h-4v4H9z" fill="none" stroke="#fff" strokeWidth="2.6" strokeLinejoin="round" />
            </svg>
            <span className="brand__text">
              {t("shell.brand")}
              <span className="brand__sub">{t("shell.brandSub")}</span>
            </span>
            {/* The link's name is its visible text (WCAG 2.5.3), then where it goes. */}
            <span className="visually-hidden">{`, ${t("a11y.home")}`}</span>
          </Link>
          <LanguageSwitcher />
          <button
            type="button"
            className="btn btn--ghost btn--sm menu-toggle"
            aria-expanded={menuOpen}
            aria-controls="main-nav"
            onClick={() => setMenuOpen((o) => !o)}
          >
            {menuOpen ? t("common.close") : t("shell.menu")}
          </button>
          <TopNav id="main-nav" open={menuOpen} onNavigate={() => setMenuOpen(false)} />
          <div className="header__end">
            <div className="header__status">
              <NetworkPill />
              <IndexPill />
            </div>
            <WalletButton />
          </div>
        </div>
      </header>
      <LiveUpdates />
      <WrongChainBanner />
      <main id="main" ref={main} tabIndex={-1} className="main">
        <Outlet />
      </main>
      <footer className="footer">
        <div className="footer__inner">
          <p>{t("shell.footerLead")}</p>
          <p className="muted small">
            {t("shell.footerNetwork", { name: deployment.chain.name, chainId: deployment.chain.chainId })}{" "}
            <span className="mono">{deployment.chain.rpcUrl}</span>
            {deployment.indexerUrl ? (
              <>
                {t("shell.footerIndexer")} <span className="mono">{deployment.indexerUrl}</span>
              </>
            ) : (
              t("shell.footerNoIndexer")
            )}
            {deployment.operator ? t("shell.footerOperator", { operator: deployment.operator }) : t("shell.footerNoOperator")}
            {deployment.source === "fallback" ? t("shell.footerFallback") : ""}
          </p>
        </div>
      </footer>
    </div>
  );
}
