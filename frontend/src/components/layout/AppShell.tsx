/** Page frame: skip link, header with nav + network + wallet, banners, main, footer. */
import { useEffect, useRef, useState } from "react";
import { Link, Outlet, useLocation } from "react-router";
import { deployment } from "../../lib/loadDeployment";
import { WalletButton } from "../../wallet/WalletButton";
import { WrongChainBanner } from "../../wallet/WrongChainBanner";
import { LiveUpdates } from "../../data/LiveUpdates";
import { IndexPill } from "./IndexPill";
import { NetworkPill } from "./NetworkPill";
import { TopNav } from "./TopNav";

export function AppShell() {
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
        Skip to content
      </a>
      <header className="header">
        <div className="header__inner">
          <Link to="/" className="brand" aria-label="Pilot Registry, home">
            <svg viewBox="0 0 32 32" width="28" height="28" aria-hidden="true">
              <rect width="32" height="32" rx="7" fill="var(--brand)" />
              <path d="M9 10h8a5 5 0 0 1 0 10h-4v4H9z" fill="none" stroke="#fff" strokeWidth="2.6" strokeLinejoin="round" />
            </svg>
            <span className="brand__text">
              Pilot Registry
              <span className="brand__sub">Blockchain pilot programme</span>
            </span>
          </Link>
          <button
            type="button"
            className="btn btn--ghost btn--sm menu-toggle"
            aria-expanded={menuOpen}
            aria-controls="main-nav"
            onClick={() => setMenuOpen((o) => !o)}
          >
            {menuOpen ? "Close" : "Menu"}
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
          <p>
            Public registry and append-only attestation log. Anyone can read and verify; no wallet needed to read.
          </p>
          <p className="muted small">
            Network: {deployment.chain.name} (chain {deployment.chain.chainId}) · RPC <span className="mono">{deployment.chain.rpcUrl}</span>
            {deployment.indexerUrl ? <> · Indexer <span className="mono">{deployment.indexerUrl}</span></> : " · No indexer (limited mode)"}
            {deployment.operator ? ` · Operated by ${deployment.operator}` : " · Operator not yet published"}
            {deployment.source === "fallback" ? " · default local configuration" : ""}
          </p>
        </div>
      </footer>
    </div>
  );
}
