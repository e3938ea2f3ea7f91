import { launchBrowser, newPage, serveApp, screenshot, countRpcRequests, VIEWPORTS } from "./harness/index.ts";
const app = await serveApp("/tmp/devdist");
const browser = await launchBrowser();
const paths = (process.env.PAGES ?? "/,/entities,/projects/8").split(",");
for (const p of paths) {
  const { page, errors, context } = await newPage(browser, process.env.PHONE ? VIEWPORTS.phone : VIEWPORTS.desktop);
  page.on("console", (m) => { if (m.type() === "error") console.log("console:", m.text()); });
  const rpc = countRpcRequests(page, "http://127.0.0.1:33803");
  const t = Date.now();
  await page.goto(app.url + p);
  await page.waitForTimeout(Number(process.env.WAIT ?? 3000));
  console.log(p, "requests", rpc.count(), rpc.methods().length, Date.now() - t, errors);
  await screenshot(page, "look" + p.replace(/[^a-z0-9]+/gi, "-"));
  await context.close();
}
await browser.close();
await app.stop();
