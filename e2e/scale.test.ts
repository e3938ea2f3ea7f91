/**
 * The dApp at programme scale, in CI: a real Hardhat node holding about 20,000
 * attestations (the sample plus a realistic fill: every kind, ~5% revoked,
 * references, a project with more than 1,000 attestations, a document attested
 * more than 300 times), the indexer caught up, and every page the scale bench
 * measures (overview, entities, one entity, one zone, the busy project, Verify
 * of the busy document) loaded COLD in headless Chromium, twice: through the
 * indexer, and in the limited mode (a build without an indexer, straight from
 * the node). Each page must show its data (data-testid="page-data",
 * data-ready="true"), without page errors, within a BYTE budget (never a time
 * budget: CI machines vary). Bytes = what the node and the indexer sent until
 * the data showed, plus what they sent in the next second (so a page cannot
 * hide a whole-history download behind an early "ready"). The limited mode is
 * checked first, while the indexer is still catching up. Each page gets a
 * fresh browser context (empty cache and storage).
 *
 * Figures go to test-results/scale.json. Run: node --test e2e/scale.test.ts (or npm run e2e:scale)
 */
import { after, before, describe, test } from "node:test";
import assert from "node:assert/strict";
import { mkdirSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { buildDapp, serveStatic, type StaticSite } from "../bench/scale/app.ts";
import type { Browser } from "playwright-core";
import { launchChromium, measurePage, scalePages, PAGE_NAMES, type PageFigures, type PageName } from "../bench/scale/pages.ts";
import { REPO_ROOT } from "./harness/appServer.ts";
import { startScaleChain, type ScaleChain, type ScaleChainInfo, type ScaleReadyInfo } from "./harness/scaleChain.ts";

const ATTESTATIONS = 20_000;
type Mode = "indexer" | "limited";
const KB = 1024;
/**
 * Bytes from the node and the indexer per page (see the header). Through the indexer a page reads
 * one page of rows and the aggregates; in the limited mode, the registry's rows and bounded
 * ranges of logs (the busy project's timeline by its indexed topic, the overview's recent blocks).
 */
const BUDGET: Record<Mode, Record<PageName, number>> = {
  // measured at 20,000: 4-22 KB; Verify ~160 KB (it confirms all 320 records on chain: attestationCount + attestationsOf pages)
  indexer: { overview: 256 * KB, entities: 256 * KB, entity: 256 * KB, zone: 256 * KB, project: 256 * KB, verify: 512 * KB },
  // the limited mode reads recent blocks only, in pages: at most 1 MB a page as well (measured at 20,000: entities ~125 KB,
  // entity ~300 KB, zone ~420 KB, Verify ~570 KB; the whole history would be over 20 MB)
  limited: { overview: 1024 * KB, entities: 1024 * KB, entity: 1024 * KB, zone: 1024 * KB, project: 1024 * KB, verify: 1024 * KB },
};

const started = Date.now();
const results: Record<string, unknown> = {};
let scale: ScaleChain;
let chain: ScaleChainInfo;
let browser: Browser;
const sites: Partial<Record<Mode, StaticSite>> = {};
const dists: string[] = [];

before(
  async () => {
    scale = startScaleChain({ attestations: ATTESTATIONS });
    chain = await scale.chain;
    assert.ok(chain.indexerUrl, "the scale chain runs an indexer");
    const dappChain = {
      chainId: chain.chainId,
      rpcUrl: chain.rpcUrl,
      programme: chain.programme,
      reader: chain.reader,
      deploymentBlock: chain.deploymentBlock,
    };
    // both builds and the browser while the node is being filled
    const [withIndexer, limited, chromium] = await Promise.all([buildDapp(dappChain, chain.indexerUrl), buildDapp(dappChain, null), launchChromium()]);
    browser = chromium;
    dists.push(withIndexer, limited);
    sites.indexer = await serveStatic(withIndexer);
    sites.limited = await serveStatic(limited);
    await scale.filled;
    results["filledAfterSeconds"] = (Date.now() - started) / 1000;
  },
  { timeout: 180_000 },
);

after(async () => {
  await browser?.close();
  await sites.indexer?.stop();
  await sites.limited?.stop();
  await scale?.stop();
  for (const dir of dists) rmSync(dir, { recursive: true, force: true });
  results["seconds"] = (Date.now() - started) / 1000;
  mkdirSync(join(REPO_ROOT, "test-results"), { recursive: true });
  writeFileSync(join(REPO_ROOT, "test-results", "scale.json"), JSON.stringify(results, null, 2) + "\n");
  console.log(
    `scale test: ${ATTESTATIONS.toLocaleString("en")} attestations, ${((Date.now() - started) / 1000).toFixed(1)} s in all (figures in test-results/scale.json)`,
  );
});

/** One page, cold, in `mode`: data on screen, no errors, within the byte budget, showing what it should. */
async function checkPage(mode: Mode, name: PageName): Promise<void> {
  const m = chain.landmarks;
  const target = scalePages({ entityId: m.entityId, zoneId: m.zoneId, projectId: m.projectId, documentHash: m.documentHash }).find((t) => t.name === name);
  const site = sites[mode];
  assert.ok(site && target);
  const f: PageFigures = await measurePage({
    browser,
    appUrl: site.url,
    nodeUrl: chain.rpcUrl,
    indexerUrl: chain.indexerUrl ?? undefined,
    target,
    settleMs: 1_000,
    timeoutMs: 45_000,
    screenshot: join(REPO_ROOT, "test-results", `scale-${mode}-${name}.png`),
  });
  const { text: _text, bodyText, ...figures } = f;
  results[`${mode}.${name}`] = figures;
  assert.deepEqual(f.errors, [], "no page errors, no failed requests");
  const bytes = f.bytes + f.after.bytes;
  assert.ok(bytes <= BUDGET[mode][name], `${name} (${mode}): ${bytes} bytes from the node and the indexer; budget ${BUDGET[mode][name]}`);
  if (mode === "limited") assert.equal(f.indexer.requests, 0, "the limited mode never calls the indexer");
  else assert.ok(f.indexer.requests > 0, "the page reads through the indexer");
  if (name === "project") assert.ok(bodyText.includes(m.projectTitle), `the project page names "${m.projectTitle}"`);
  if (name === "entity") assert.ok(bodyText.includes(m.entityName), `the entity page names "${m.entityName}"`);
  if (name === "zone") assert.ok(bodyText.includes(m.zoneName), `the zone page names "${m.zoneName}"`);
  if (name === "verify") {
    // every attestation of the document is read on chain: none left out
    const n = m.documentAttestations.toLocaleString("en");
    assert.ok(bodyText.includes(`${n} in all`) || bodyText.includes(`${n} attestations`), `Verify counts all ${n} attestations of the document`);
  }
}

// the limited mode first: it needs no indexer, which meanwhile catches up
describe("limited mode (no indexer)", () => {
  for (const name of PAGE_NAMES) test(`${name}: data on screen, within ${BUDGET.limited[name] / KB} KB`, () => checkPage("limited", name));
});

describe("through the indexer", () => {
  let ready: ScaleReadyInfo;
  before(
    async () => {
      ready = await scale.ready;
      results["setup"] = { ...ready, readyAfterSeconds: (Date.now() - started) / 1000, landmarks: chain.landmarks };
    },
    { timeout: 240_000 },
  );

  test("the chain holds the scale the pages are measured at", () => {
    assert.equal(ready.onChain.attestations, ATTESTATIONS, "totals() on chain");
    assert.ok(chain.landmarks.projectAttestations >= 1_000, `busy project: ${chain.landmarks.projectAttestations} attestations`);
    assert.ok(chain.landmarks.documentAttestations >= 300, `busy document: ${chain.landmarks.documentAttestations} attestations`);
    const revoked = ready.fill.revocations / ready.fill.attestations;
    assert.ok(revoked > 0.04 && revoked < 0.06, `revoked: ${(revoked * 100).toFixed(1)} %`);
    assert.ok(ready.fill.acceptances >= 1, "the fill accepted a project");
  });

  for (const name of PAGE_NAMES) test(`${name}: data on screen, within ${BUDGET.indexer[name] / KB} KB`, () => checkPage("indexer", name));
});
