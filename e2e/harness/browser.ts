/**
 * Debian's /usr/bin/chromium, headless through playwright-core (no browser download): launched as
 * the scale benchmark launches it (bench/scale/pages.ts, which the scale test loads too: one list of
 * flags), and the e2e's pages.
 */
import { existsSync } from "node:fs";
import type { Browser, Page } from "playwright-core";
import { CHROMIUM_FLAGS, CHROMIUM_PATH, launchChromium } from "../../bench/scale/pages.ts";

export { CHROMIUM_FLAGS, CHROMIUM_PATH };

export const VIEWPORTS = {
  desktop: { width: 1366, height: 900 },
  phone: { width: 390, height: 844 },
} as const;

export async function launchBrowser(): Promise<Browser> {
  if (!existsSync(CHROMIUM_PATH)) throw new Error(`${CHROMIUM_PATH} not found: apt-get install -y chromium`);
  return launchChromium();
}

/** A fresh context (own storage) and page; page errors are collected for assertions. `locale` sets the browser's language (default: the system's). */
export async function newPage(browser: Browser, viewport: { width: number; height: number } = VIEWPORTS.desktop, options: { readonly locale?: string } = {}) {
  const context = await browser.newContext({ viewport, ...(options.locale ? { locale: options.locale } : {}) });
  const page: Page = await context.newPage();
  const errors: string[] = [];
  page.on("pageerror", (err) => errors.push(err.message));
  return { context, page, errors };
}
