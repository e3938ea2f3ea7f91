/**
 * Helpers for the registry tests (test/registry/): a serialised snapshot of the
 * whole registry, to show that a refusal changed nothing, and a way to bring a
 * fresh project into any lifecycle state. Imported, not run: it declares no tests.
 */
import { expect } from "chai";
import type { HardhatEthers } from "@nomicfoundation/hardhat-ethers/types";
import type { Deployed } from "./fixtures.js";
import { docHash, request } from "./fixtures.js";
import { Kind, ProjectStatus } from "@pilot/sdk/domain";

/** JSON with bigints as decimal strings; ethers `Result`s serialise as arrays. */
function json(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) => (typeof v === "bigint" ? v.toString() : v));
}

/** Every account the fixtures know about. */
export function knownAccounts(d: Deployed): string[] {
  const { admin, zoneAdmin, zoneAdmin2, regulator, expert, signer, signer2, otherSigner, outsider, relayer, spare } = d;
  return [admin, zoneAdmin, zoneAdmin2, regulator, expert, signer, signer2, otherSigner, outsider, relayer, ...spare].map((s) => s.address);
}

/** Everything the registry holds (and the admin rules), serialised. */
export async function registryState(d: Deployed): Promise<string> {
  const p = d.programme;
  const [zones, entities, projects, attestations] = await p.totals();
  const out: unknown[] = [
    await p.paused(),
    [zones, entities, projects, attestations],
    await p.defaultAdmin(),
    await p.pendingDefaultAdmin(),
    await p.defaultAdminDelay(),
  ];
  for (let id = 1n; id <= zones; id++) out.push(await p.getZone(id));
  for (let id = 1n; id <= entities; id++) out.push(await p.getEntity(id), await p.signersOf(id));
  for (let id = 1n; id <= projects; id++) out.push(await p.getProject(id));
  for (const account of knownAccounts(d)) out.push(await p.getAccount(account));
  return json(out);
}

/**
 * Runs `refusal` (an awaited `expect(...).to.be.reverted...` chain) and checks
 * that the registry reads back exactly as before.
 */
export async function expectUnchanged(d: Deployed, refusal: () => PromiseLike<unknown>): Promise<void> {
  const before = await registryState(d);
  await refusal();
  expect(await registryState(d)).to.equal(before);
}

/**
 * Proposes a new project of entity 1 (zone 1) in `field` as `d.signer` and drives it
 * into `status` (the zone administrator approves, rejects, suspends, terminates; the
 * regulator accepts through an Acceptance attestation). Returns its id.
 */
export async function projectIn(ethers: HardhatEthers, d: Deployed, status: ProjectStatus, field: number): Promise<bigint> {
  const p = d.programme;
  const id = (await p.totals()).projects + 1n;
  await (await p.connect(d.signer).proposeProject(field, `Project ${id}`, "", docHash(ethers))).wait();
  if (status === ProjectStatus.Proposed) return id;
  const za = p.connect(d.zoneAdmin);
  if (status === ProjectStatus.Rejected) {
    await (await za.setProjectStatus(id, ProjectStatus.Rejected, "out of scope")).wait();
    return id;
  }
  await (await za.setProjectStatus(id, ProjectStatus.Active, "")).wait();
  if (status === ProjectStatus.Suspended || status === ProjectStatus.Terminated) {
    await (await za.setProjectStatus(id, status, "audit")).wait();
  } else if (status === ProjectStatus.Accepted) {
    await (await p.connect(d.regulator).attest(request(Number(id), Kind.Acceptance, docHash(ethers, "acceptance")))).wait();
  }
  expect((await p.getProject(id)).status).to.equal(BigInt(status));
  return id;
}
