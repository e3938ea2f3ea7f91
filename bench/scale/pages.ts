/**
 * One dApp page's COLD load in headless Chromium, until its data is on screen:
 * a fresh browser profile per page (empty HTTP cache, no storage), the time
 * from navigation start until every `data-testid="page-data"` region says
 * `data-ready="true"` (the dApp's own marker), and the HTTP requests and bytes
 * received until then, split into node (JSON-RPC), indexer and the app's own
 * static files. Bytes are what the network delivered (Chromium's
 * encodedDataLength: headers and compressed body).
 *
 * Shared by `npm run bench:scale` (tsx) and the CI scale test (node --test,
 * type stripping): plain erasable TypeScript, imports only playwright-core and
 * node built-ins.
 */
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { chromium, type Browser, type BrowserContext, type Page } from "playwright-core";

export const CHROMIUM_PATH = process.env["CHROMIUM_PATH"] ?? "/usr/bin/chromium";
export const CHROMIUM_FLAGS = [
  "--headless",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--no-first-run",
];

export type PageName = "overview" | "entities" | "entity" | "zone" | "project" | "verify";
export const PAGE_NAMES: readonly PageName[] = ["overview", "entities", "entity", "zone", "project", "verify"];

export interface PageTarget {
  name: PageName;
  /** Path in the app, e.g. /projects/12. */
  path: string;
  /** Verify: the SHA-256 to paste into the page's hash field once it shows. */
  pasteHash?: string;
}

/** The pages the bench measures, for the fill's landmarks. */
export function scalePages(ids: { entityId: number; zoneId: number; projectId: number; documentHash: string }): PageTarget[] {
  return [
    { name: "overview", path: "/" },
    { name: "entities", path: "/entities" },
    { name: "entity", path: `/entities/${ids.entityId}` },
    { name: "zone", path: `/zones/${ids.zoneId}` },
    { name: "project", path: `/projects/${ids.projectId}` },
    { name: "verify", path: "/verify", pasteHash: ids.documentHash },
  ];
}

export interface TrafficCount {
  requests: number;
  bytes: number;
}

export interface PageFigures {
  /** Navigation start until the data is on screen, ms. */
  ms: number;
  /** Requests to the node and the indexer until then (the figure the targets are about). */
  requests: number;
  /** Bytes received from the node and the indexer until then. */
  bytes: number;
  node: TrafficCount;
  indexer: TrafficCount;
  /** The app's own files (HTML, JS, CSS) until then. */
  app: TrafficCount;
  /** Node and indexer traffic in the `settleMs` after the data showed (background reads, polling). */
  after: TrafficCount;
  /** JSON-RPC methods sent to the node until the data showed, with counts. */
  rpcMethods: Record<string, number>;
  /** CORS preflights (OPTIONS) to the node and the indexer until then: not in `requests`. */
  preflights: number;
  /** Uncaught page errors and failed requests. */
  errors: string[];
  /** The visible text of the first page-data region, and of the whole page (for checks). */
  text: string;
  bodyText: string;
}

export interface MeasureOptions {
  appUrl: string;
  nodeUrl: string;
  indexerUrl?: string;
  target: PageTarget;
  timeoutMs?: number;
  /** How long to keep counting after the data showed (default 3,000 ms). */
  settleMs?: number;
  /** Save a screenshot here once the data showed. */
  screenshot?: string;
  /**
   * A running browser to open a fresh context in (its own empty cache and storage): quicker, for
   * tests. Absent: a new Chromium with a fresh user-data-dir for this one page (the bench).
   */
  browser?: Browser;
}

/** Launches headless Chromium (for {@link MeasureOptions.browser}). */
export function launchChromium(): Promise<Browser> {
  return chromium.launch({ executablePath: CHROMIUM_PATH, headless: true, args: CHROMIUM_FLAGS });
}

interface Seen {
  url: string;
  method: string;
  postData: string | undefined;
  bytes: number;
  done: boolean;
  afterReady: boolean;
}

/** Runs in the page before its scripts: notes when every page-data region is ready (and `also` shows). */
const readyProbe = (also: string | undefined) => `(() => {
  const also = ${JSON.stringify(also ?? null)};
  const check = () => {
    if (window.__pilotReadyAt !== undefined) return;
    const regions = document.querySelectorAll('[data-testid="page-data"]');
    if (regions.length === 0) return;
    for (const r of regions) if (r.getAttribute("data-ready") !== "true") return;
    if (also && !document.querySelector(also)) return;
    window.__pilotReadyAt = performance.now();
  };
  new MutationObserver(check).observe(document, { subtree: true, childList: true, attributes: true, attributeFilter: ["data-ready", "data-testid"] });
})();`;

const base = (url: string) => url.replace(/\/+$/, "");

export async function measurePage(options: MeasureOptions): Promise<PageFigures> {
  const { target } = options;
  const nodeUrl = base(options.nodeUrl);
  const indexerUrl = options.indexerUrl ? base(options.indexerUrl) : undefined;
  const profile = await mkdtemp(join(tmpdir(), "pilot-scale-chromium-"));
  let context: BrowserContext | undefined;
  try {
    const viewport = { width: 1366, height: 900 };
    context = options.browser
      ? await options.browser.newContext({ viewport })
      : await chromium.launchPersistentContext(profile, { executablePath: CHROMIUM_PATH, headless: true, args: CHROMIUM_FLAGS, viewport });
    const page: Page = context.pages()[0] ?? (await context.newPage());
    const errors: string[] = [];
    page.on("pageerror", (e) => errors.push(`page error: ${e.message}`));
    // Verify: the data is the verdict on the pasted document
    await page.addInitScript({ content: readyProbe(target.pasteHash ? '[data-testid="verify-result"]' : undefined) });

    const cdp = await context.newCDPSession(page);
    await cdp.send("Network.enable");
    const seen = new Map<string, Seen>();
    let ready = false;
    cdp.on("Network.requestWillBeSent", (e) => {
      // a redirect reuses the id: count the hop's bytes into the same entry
      if (!seen.has(e.requestId))
        seen.set(e.requestId, { url: e.request.url, method: e.request.method, postData: e.request.postData, bytes: 0, done: false, afterReady: ready });
    });
    cdp.on("Network.loadingFinished", (e) => {
      const s = seen.get(e.requestId);
      if (s) {
        s.bytes += e.encodedDataLength;
        s.done = true;
      }
    });
    cdp.on("Network.loadingFailed", (e) => {
      const s = seen.get(e.requestId);
      if (s) {
        s.done = true;
        if (!e.canceled) errors.push(`request failed: ${s.method} ${s.url}: ${e.errorText}`);
      }
    });

    const timeout = options.timeoutMs ?? 60_000;
    await page.goto(`${base(options.appUrl)}${target.path}`, { waitUntil: "commit", timeout });
    if (target.pasteHash) {
      const field = page.getByLabel("Or paste a SHA-256 hash");
      await field.fill(target.pasteHash, { timeout });
      await field.press("Enter");
    }
    await page.waitForFunction(() => (window as unknown as { __pilotReadyAt?: number }).__pilotReadyAt !== undefined, undefined, { timeout, polling: 25 });
    ready = true;
    const ms = await page.evaluate(() => (window as unknown as { __pilotReadyAt: number }).__pilotReadyAt);
    const text = (await page.locator('[data-testid="page-data"]').first().innerText()).slice(0, 20_000);
    const bodyText = (await page.locator("body").innerText()).slice(0, 200_000);
    if (options.screenshot) await page.screenshot({ path: options.screenshot, fullPage: false });
    // the requests sent before the data showed: wait for their bytes to be counted
    for (const deadline = Date.now() + 5_000; [...seen.values()].some((s) => !s.afterReady && !s.done) && Date.now() < deadline;) {
      await new Promise((r) => setTimeout(r, 25));
    }
    const before = [...seen.values()].filter((s) => !s.afterReady);
    await new Promise((r) => setTimeout(r, options.settleMs ?? 3_000));
    const after = [...seen.values()].filter((s) => s.afterReady);

    const isNode = (s: Seen) => base(s.url) === nodeUrl && s.method !== "OPTIONS";
    const isIndexer = (s: Seen) => indexerUrl !== undefined && s.url.startsWith(indexerUrl) && s.method !== "OPTIONS";
    const isData = (s: Seen) => isNode(s) || isIndexer(s);
    const sum = (list: readonly Seen[]): TrafficCount => ({ requests: list.length, bytes: list.reduce((n, s) => n + s.bytes, 0) });
    const node = sum(before.filter(isNode));
    const indexer = sum(before.filter(isIndexer));
    const rpcMethods: Record<string, number> = {};
    for (const s of before.filter(isNode)) {
      try {
        const body: unknown = JSON.parse(s.postData ?? "null");
        for (const call of Array.isArray(body) ? body : [body]) {
          const m = (call as { method?: unknown } | null)?.method;
          if (typeof m === "string") rpcMethods[m] = (rpcMethods[m] ?? 0) + 1;
        }
      } catch {
        /* not JSON */
      }
    }
    return {
      ms: Math.round(ms),
      requests: node.requests + indexer.requests,
      bytes: node.bytes + indexer.bytes,
      node,
      indexer,
      app: sum(before.filter((s) => !isData(s) && s.method !== "OPTIONS")),
      after: sum(after.filter(isData)),
      preflights: before.filter((s) => s.method === "OPTIONS" && (base(s.url) === nodeUrl || (indexerUrl !== undefined && s.url.startsWith(indexerUrl))))
        .length,
      rpcMethods,
      errors,
      text,
      bodyText,
    };
  } finally {
    await context?.close().catch(() => undefined);
    await rm(profile, { recursive: true, force: true });
  }
}
