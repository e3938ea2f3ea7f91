/** Full-page screenshots into <repo>/test-results/. */
import { mkdirSync } from "node:fs";
import { join } from "node:path";
import type { Page } from "playwright-core";
import { REPO_ROOT } from "./appServer.ts";

export async function screenshot(page: Page, name: string): Promise<string> {
  const dir = join(REPO_ROOT, "test-results");
  mkdirSync(dir, { recursive: true });
  const path = join(dir, `${name}.png`);
  await page.screenshot({ path, fullPage: true });
  return path;
}
