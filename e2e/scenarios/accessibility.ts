/**
 * Accessibility (issue 12, "Accessibility to zero"): axe-core's WCAG 2.1 A and AA rules on every
 * page of the dApp, with its data on screen, in English and in Chinese. One page object per
 * language walks the pages (a client-side navigation would hide a first-load problem, so each page
 * is a fresh `goto`); a page that needs a wallet is visited connected. Every violation is kept, with
 * its rule id, impact and a few target selectors, so that a failure says what to fix.
 */
import { AxeBuilder } from "@axe-core/playwright";
import type { Browser, Page } from "playwright-core";

/** The rule sets the dApp is held to: WCAG 2.0 and 2.1, levels A and AA. */
export const AXE_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"] as const;

/** How many target selectors of a violation are printed. */
const TARGETS_SHOWN = 3;

export interface AxeFinding {
  readonly id: string;
  readonly impact: string;
  readonly nodes: number;
  readonly targets: readonly string[];
  readonly help: string;
}

/** One page to check: where it is and what shows that its data is on screen. */
export interface AxeStop {
  readonly label: string;
  readonly path: string;
  /** Resolves once the page's data (not a skeleton) is on screen. */
  readonly ready?: (page: Page) => Promise<void>;
  /** Connect the injected wallet after loading (the page shows its forms only to a connected account). */
  readonly connect?: boolean;
  /** Reach the page by its link in the header (a client-side navigation that keeps the wallet connected), not by loading it. */
  readonly byLink?: boolean;
  /** Something to do once loaded (and connected), before waiting for the data: e.g. switch the wallet's account. */
  readonly before?: (page: Page) => Promise<void>;
  /** An interactive state to check after the page itself (e.g. an open dialog). */
  readonly then?: {
    readonly label: string;
    readonly open: (page: Page) => Promise<void>;
    /** What changed (a selector): only it is analysed again, the rest of the page was just checked. */
    readonly scope?: string;
  };
}

/** axe on the page as it is now (or on the part `scope` selects): every violation of the WCAG 2.1 A/AA rules. */
export async function axeFindings(page: Page, scope?: string): Promise<AxeFinding[]> {
  // Only violations are reported: axe then keeps no detail of the passes (a quicker analysis).
  // Legacy mode: axe.run() in the page itself. The default (runPartial in each frame, finishRun in a
  // blank page opened for it, axe injected into both) took 2-3 times as long per analysis here; what
  // it adds is cross-origin (and srcdoc) iframes, and the dApp has none (same-origin ones are analysed all the same).
  const builder = new AxeBuilder({ page })
    .withTags([...AXE_TAGS])
    .options({ resultTypes: ["violations"] })
    .setLegacyMode(true);
  const result = await (scope ? builder.include(scope) : builder).analyze();
  return result.violations.map((v) => ({
    id: v.id,
    impact: v.impact ?? "unknown",
    nodes: v.nodes.length,
    targets: v.nodes.slice(0, TARGETS_SHOWN).map((n) => n.target.map(String).join(" > ")),
    help: v.help,
  }));
}

/** One line per violation: "rule (impact, n nodes): help — target; target; target". */
export function describeFindings(where: string, findings: readonly AxeFinding[]): string {
  return findings.map((f) => `${where}: ${f.id} (${f.impact}, ${f.nodes} node${f.nodes === 1 ? "" : "s"}): ${f.help} — ${f.targets.join("; ")}`).join("\n");
}

/** Waits for the page's data region to be ready, when it has one. */
export async function dataReady(page: Page): Promise<void> {
  await page.locator('[data-testid="page-data"][data-ready="true"]').first().waitFor({ timeout: 30_000 });
}

export interface AxeWalk {
  readonly browser: Browser;
  readonly base: string;
  readonly locale: string;
  readonly stops: readonly AxeStop[];
  /** A fresh page (own context) for this walk, e.g. with the injected wallet installed. */
  readonly open: (browser: Browser, locale: string) => Promise<{ readonly page: Page; readonly close: () => Promise<void> }>;
  /** Connects the injected wallet on the page shown. */
  readonly connect: (page: Page) => Promise<void>;
}

export interface AxeResult {
  readonly findings: readonly AxeFinding[];
  /** Load to the end of the analysis, and the analysis alone. */
  readonly ms: number;
  readonly axeMs: number;
}

/** Visits every stop in one page and returns the findings per stop label (empty when clean). */
export async function axeWalk(walk: AxeWalk): Promise<Map<string, AxeResult>> {
  const out = new Map<string, AxeResult>();
  const { page, close } = await walk.open(walk.browser, walk.locale);
  let connected = false;
  try {
    for (const stop of walk.stops) {
      const start = Date.now();
      if (stop.byLink) {
        await page.locator(`header a[href="${stop.path}"]`).first().click();
        await page.waitForURL(`${walk.base}${stop.path}`);
      } else {
        await page.goto(`${walk.base}${stop.path}`);
        connected = false;
      }
      if (stop.connect && !connected) {
        await walk.connect(page);
        connected = true;
      }
      if (stop.before) await stop.before(page);
      await (stop.ready ?? dataReady)(page);
      const axeStart = Date.now();
      out.set(stop.label, { findings: await axeFindings(page), ms: Date.now() - start, axeMs: Date.now() - axeStart });
      if (stop.then) {
        const thenStart = Date.now();
        await stop.then.open(page);
        const thenAxe = Date.now();
        out.set(`${stop.label} + ${stop.then.label}`, {
          findings: await axeFindings(page, stop.then.scope),
          ms: Date.now() - thenStart,
          axeMs: Date.now() - thenAxe,
        });
      }
    }
  } finally {
    await close();
  }
  return out;
}
