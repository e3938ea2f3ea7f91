import { launchBrowser, newPage, serveApp, screenshot, countRpcRequests, VIEWPORTS } from "./harness/index.ts";
const app = await serveApp("/tmp/devdist");
const browser = await launchBrowser();
const paths = (process.env.PAGES ?? "/,/entities,/projects/8").split(",");
for (const p of paths) {
  const { page, errors, context } = await newPage(browser, process.env.PHONE ? VIEWPORTS.phone : VIEWPORTS.desktop);
  page.on("console", (m) => { if (m.type() === "error") console.log("console:", m.text()); });
  if (process.env.DEBUG) {
    page.on("request", (r) => { if (r.url().includes("33803")) console.log(Date.now() % 100000, ">>", r.postData()?.slice(0, 120)); });
    page.on("response", async (r) => { if (r.url().includes("33803")) console.log(Date.now() % 100000, "<<", r.status(), (await r.text().catch(() => "?")).length); });
    page.on("requestfailed", (r) => console.log("FAILED", r.url(), r.failure()?.errorText));
  }
  const rpc = countRpcRequests(page, "http://127.0.0.1:33803");
  const t = Date.now();
  const t1 = Date.now();
  if (process.env.DEBUG) page.on("request", (r) => { if (r.url().includes("33803")) console.log("rpc request at +", Date.now() - t1); });
  await page.goto(app.url + p);
  console.log("goto resolved +", Date.now() - t1, await page.evaluate(() => JSON.stringify(performance.getEntriesByType("navigation").map((e) => ({ dcl: Math.round((e as PerformanceNavigationTiming).domContentLoadedEventEnd), resp: Math.round((e as PerformanceNavigationTiming).responseEnd) })))));
  if (process.env.SEL) { await page.locator(process.env.SEL).first().waitFor({ timeout: 30000 }); console.log("visible +", Date.now() - t1); }
  await page.waitForTimeout(Number(process.env.WAIT ?? 3000));
  console.log(p, "requests", rpc.count(), rpc.methods().length, Date.now() - t, errors);
  await screenshot(page, "look" + p.replace(/[^a-z0-9]+/gi, "-"));
  await context.close();
}
await browser.close();
await app.stop();
