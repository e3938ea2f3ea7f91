/**
 * The newcomer's list (issue 12, "What to build" 4 and "Why" 9), the dApp's side: each a scenario run
 * by a `test(...)` of dapp.test.ts, on its seeded chain, indexer and app. Every scenario takes what it
 * needs from the suite (`NewcomerSuite`) and leaves the chain as the later scenarios expect it (the
 * scenarios' signer key stays registered; no project of the scenarios changes status).
 */
import assert from "node:assert/strict";
import type { Browser, BrowserContext, Page } from "playwright-core";

export interface NewcomerSuite {
  readonly browser: Browser;
  readonly appUrl: string;
  readonly plan: {
    readonly actors: { readonly signer: string; readonly zoneAdmin: string; readonly nobody: string };
    readonly entity: { readonly id: number; readonly name: string };
    readonly project: { readonly id: number; readonly title: string };
  };
  /** A page with the injected wallet holding `account`, connected, at `path`. */
  walletPage(account: string, path: string): Promise<{ readonly context: BrowserContext; readonly page: Page; readonly errors: string[] }>;
  newPage(): Promise<{ readonly context: BrowserContext; readonly page: Page; readonly errors: string[] }>;
  /** The programme's totals: zones, entities, projects, attestations. */
  totals(): Promise<readonly [number, number, number, bigint]>;
  walletLog(page: Page): Promise<string[]>;
  graphql<T>(query: string): Promise<T>;
  screenshot(page: Page, name: string): Promise<unknown>;
}

/** A signer proposes a project of its entity; the zone's administrator finds it awaiting a decision. The Admin page shows a signer only its form. */
export async function proposeProject(s: NewcomerSuite): Promise<void> {
  const before = await s.totals();
  const title = `E2E proposed pilot ${Date.now()}`;
  const { context, page, errors } = await s.walletPage(s.plan.actors.signer, "/admin");
  const form = page.getByTestId("propose-form");
  await form.waitFor({ timeout: 30_000 });
  // Only the signer's form: the other roles' forms are one line each, and there is no pause button.
  await page.getByTestId("needs-office").waitFor();
  await page.getByTestId("needs-zone").waitFor();
  assert.equal(await page.getByRole("button", { name: "Pause the programme" }).count(), 0);
  assert.equal(await page.getByTestId("register-name").count(), 0);
  const submit = form.getByRole("button", { name: "Propose project" });
  assert.equal(await submit.isEnabled(), false, "no title, no proposal");
  await form.getByTestId("propose-title").fill(title);
  await submit.click();
  const done = form.getByTestId("propose-done");
  await done.waitFor({ timeout: 30_000 });
  const id = Number(/#(\d+)/.exec((await done.textContent()) ?? "")?.[1]);
  assert.equal(id, before[2] + 1, "the new project's id is the next one");
  assert.equal((await s.totals())[2], before[2] + 1, "one project more on chain");
  assert.equal(await form.getByTestId("propose-title").inputValue(), "", "the form is emptied after the proposal");
  await s.screenshot(page, "e2e-propose-project");
  await done.getByRole("link").click();
  await page.getByRole("heading", { name: title, level: 1 }).waitFor({ timeout: 30_000 });
  assert.deepEqual(errors, []);
  await context.close();

  // The zone's administrator sees it awaiting a decision.
  const admin = await s.walletPage(s.plan.actors.zoneAdmin, "/admin");
  await admin.page.getByTestId("decisions").getByRole("link", { name: title }).waitFor({ timeout: 30_000 });
  await admin.context.close();
}

/** A refusal shows under the button that caused it (the zone administrator suspends a project without a reason), before the wallet is asked. */
export async function refusalBesideTheButton(s: NewcomerSuite): Promise<void> {
  const { context, page } = await s.walletPage(s.plan.actors.zoneAdmin, "/admin");
  const form = page.getByTestId("lifecycle-form");
  await form.waitFor({ timeout: 30_000 });
  await form.getByTestId("lifecycle-project").selectOption(String(s.plan.project.id));
  const before = await s.walletLog(page);
  await form.getByRole("button", { name: "Change status" }).click();
  const message = form.getByTestId("write-error");
  await message.waitFor({ timeout: 30_000 });
  assert.equal(((await message.textContent()) ?? "").trim(), "A reason is required.");
  assert.equal(await page.getByTestId("write-error").count(), 1, "shown once, in the form that caused it");
  assert.ok(!(await s.walletLog(page)).slice(before.length).includes("eth_sendTransaction"), "refused before the wallet was asked to send");
  await message.scrollIntoViewIfNeeded();
  await s.screenshot(page, "e2e-refusal-beside-button");
  await context.close();
}

/** An account without roles: no form the chain would refuse (no red pause button), one line per role saying what it needs. */
export async function adminWithoutRoles(s: NewcomerSuite): Promise<void> {
  const { context, page } = await s.walletPage(s.plan.actors.nobody, "/admin");
  await page.getByTestId("my-roles").getByText("holds no role").waitFor({ timeout: 30_000 });
  for (const need of ["propose", "zone", "lifecycle", "office"]) await page.getByTestId(`needs-${need}`).waitFor();
  await page.getByTestId("needs-office").getByText("need the programme office").waitFor();
  assert.equal(await page.getByRole("button", { name: "Pause the programme" }).count(), 0, "no pause button for an account without roles");
  assert.equal(
    await page
      .locator("form")
      .filter({ has: page.getByTestId("register-name") })
      .count(),
    0,
  );
  await page.getByTestId("consent-entity").waitFor(); // it may still become a signer
  await s.screenshot(page, "e2e-admin-no-role");
  await context.close();
}

/** "Attest about this project" for a project the account may not attest to: it says why and which roles may, and preselects nothing else. */
export async function attestNotEligible(s: NewcomerSuite): Promise<void> {
  // An active project of another entity, in an active zone and of an active entity: it takes attestations, but not from this signer.
  const data = await s.graphql<{
    projects: { items: { id: number; entityId: number; zoneId: number }[] };
    entitys: { items: { id: number }[] };
    zones: { items: { id: number }[] };
  }>(
    `{ projects(where: { status: 2 }, limit: 200) { items { id entityId zoneId } } entitys(where: { status: 1 }, limit: 1000) { items { id } } zones(where: { status: 1 }, limit: 100) { items { id } } }`,
  );
  const activeEntity = new Set(data.entitys.items.map((e) => e.id));
  const activeZone = new Set(data.zones.items.map((z) => z.id));
  const other = data.projects.items.find((p) => p.entityId !== s.plan.entity.id && activeEntity.has(p.entityId) && activeZone.has(p.zoneId));
  assert.ok(other, "an open project of another entity");
  const { context, page } = await s.walletPage(s.plan.actors.signer, `/attest?project=${other.id}`);
  const notice = page.getByTestId("attest-not-eligible");
  await notice.waitFor({ timeout: 30_000 });
  const text = (await notice.textContent()) ?? "";
  assert.match(text, new RegExp(`may not attest about project #${other.id}`), text);
  assert.match(text, /a signer of .+ \(progress reports, milestones\)/, text);
  assert.match(text, /a regulator of .+ \(evaluations, acceptance\)/, text);
  assert.equal(await page.getByTestId("attest-project").inputValue(), "", "no other project preselected");
  assert.equal(await page.getByTestId("attest-send").isEnabled(), false);
  await s.screenshot(page, "e2e-attest-not-eligible");
  await context.close();
}

/** Invalid list filters from a link are dropped visibly; table links look like links. */
export async function invalidFilterAndLinks(s: NewcomerSuite): Promise<void> {
  const { context, page, errors } = await s.newPage();
  await page.goto(`${s.appUrl}/entities?type=99&zone=abc`);
  await page.getByText("1–15 of 164").waitFor({ timeout: 30_000 });
  const dropped = page.getByTestId("filter-dropped");
  assert.equal(await dropped.count(), 2, "both invalid filters are named");
  await dropped.filter({ hasText: "“99”" }).waitFor();
  assert.doesNotMatch(page.url(), /type=|zone=/, "the invalid filters left the URL");
  const link = page.getByTestId("entities-table").locator("a.row-link").first();
  const style = await link.evaluate((el) => {
    const cs = getComputedStyle(el);
    return { line: cs.textDecorationLine, color: cs.color, body: getComputedStyle(document.body).color };
  });
  assert.match(style.line, /underline/, "table links are underlined");
  assert.notEqual(style.color, style.body, "table links have the link colour");
  await s.screenshot(page, "e2e-invalid-filter");
  assert.deepEqual(errors, []);
  await context.close();
}

/** Verify takes what sha256sum prints; a bad hash does not stand beside the previous document's verdict. */
export async function verifySha256sum(s: NewcomerSuite, hashOfAttested: string): Promise<void> {
  const { context, page, errors } = await s.newPage();
  await page.goto(`${s.appUrl}/verify`);
  const paste = page.getByLabel("Or paste a SHA-256 hash");
  await paste.fill(`${hashOfAttested.slice(2)}  progress-report.txt`);
  await page.getByRole("button", { name: "Use hash" }).click();
  await page.locator("[data-testid=verify-result][data-verdict]").waitFor({ timeout: 30_000 });
  assert.notEqual(await page.getByTestId("verify-result").getAttribute("data-verdict"), "none", "the attested document is found");
  await paste.fill("not-a-hash");
  await page.getByRole("button", { name: "Use hash" }).click();
  await page.getByRole("alert").filter({ hasText: "Only hex characters" }).waitFor();
  // the verdict follows the URL (?hash=…), which the router clears a moment after the alert shows
  await page.getByTestId("verify-result").waitFor({ state: "detached", timeout: 5_000 });
  assert.equal(await page.getByTestId("verify-result").count(), 0, "the previous verdict is gone");
  assert.equal(await page.getByTestId("hash-result").count(), 0, "the previous hash is gone");
  assert.deepEqual(errors, []);
  await context.close();
}

/** A dev-account connection (local node) outlives a reload, and Disconnect ends it. */
export async function devAccountPersists(s: NewcomerSuite): Promise<void> {
  const { context, page, errors } = await s.newPage();
  await page.goto(s.appUrl);
  await page.getByRole("button", { name: "Connect wallet" }).click();
  const account = s.plan.actors.zoneAdmin;
  await page
    .locator("dialog .choice")
    .filter({ hasText: account.slice(0, 8) })
    .click();
  const chip = page.locator(`.wallet__chip[title="${account}"]`);
  await chip.waitFor({ timeout: 30_000 });
  await page.reload();
  await chip.waitFor({ timeout: 30_000 });
  await page.locator(".wallet__disconnect").click();
  await page.getByRole("button", { name: "Connect wallet" }).waitFor();
  await page.reload();
  await page.getByRole("button", { name: "Connect wallet" }).waitFor({ timeout: 30_000 });
  await page.waitForTimeout(500); // a reconnect would land by now
  assert.equal(await chip.count(), 0, "still disconnected after a reload");
  assert.deepEqual(errors, []);
  await context.close();
}
