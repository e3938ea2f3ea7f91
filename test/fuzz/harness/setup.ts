/**
 * Deploys the suite and two ERC-1271 wallets, then builds a small programme through the checked
 * executor (so the seed itself is model-checked), and returns a snapshot to start every run from.
 */
import type { NetworkConnection } from "hardhat/types/network";
import { deployProgramme, ADMIN_DELAY } from "../../helpers/fixtures.js";
import type { ERC1271WalletMock } from "../../../types/ethers-contracts/index.js";
import { ZERO_ADDRESS, ZERO_BYTES32, clone, gov, initialState, lc, log, reg, type ModelState } from "../model/index.js";
import { Invariants } from "./invariants.js";
import { type Sys, type View, viewOfChain } from "./view.js";
import { World } from "./world.js";
import { FAR_TERM, HASH_POOL } from "./args.js";
import { consentFor } from "./consent.js";

const HEALTH = 11;
const EDUCATION = 12;
const ENERGY = 1;
const bit = (f: number) => (2 ** f) >>> 0;
const gas = { gasLimit: 8_000_000 };

export interface Seed {
  sys: Sys;
  model: ModelState;
  view: View;
  inv: Invariants;
  hashes: string[];
  restore: () => Promise<void>;
  /** A fresh world at the seed state (call `restore` first). */
  world: () => World;
}

export async function seedWorld(connection: NetworkConnection): Promise<Seed> {
  const { ethers, networkHelpers } = connection;
  const d = await deployProgramme(connection);
  const eoas = (await ethers.getSigners()).slice(0, 12);
  const wallets: ERC1271WalletMock[] = [];
  for (const owner of [eoas[8], eoas[9]]) {
    wallets.push((await ethers.deployContract("ERC1271WalletMock", [owner.address])) as unknown as ERC1271WalletMock);
  }
  const walletAddresses = await Promise.all(wallets.map(async (w) => lc(await w.getAddress())));
  const address = lc(await d.programme.getAddress());
  const sys: Sys = {
    programme: d.programme,
    reader: d.reader,
    address,
    eoas,
    wallets,
    walletAddresses,
    pool: [...eoas.map((s) => lc(s.address)), ...walletAddresses, ZERO_ADDRESS],
    chainId: (await ethers.provider.getNetwork()).chainId,
  };
  const latest = await ethers.provider.getBlock("latest");
  if (!latest) throw new Error("no block");
  const model = initialState(lc(eoas[0].address), ADMIN_DELAY, latest.timestamp);
  model.wallets[walletAddresses[0]] = { owner: lc(eoas[8].address), refuseAll: false };
  model.wallets[walletAddresses[1]] = { owner: lc(eoas[9].address), refuseAll: false };
  const hashes = [...HASH_POOL];
  const inv = new Invariants(model.admin.defaultAdmin);
  const view0 = await viewOfChain(sys, [], hashes, latest.number);
  const w = new World(sys, networkHelpers, model, view0, hashes, inv);
  const a = (i: number) => lc(eoas[i].address);
  const H = HASH_POOL[5];

  // zones, offices
  await w.exec(
    "createZone",
    0,
    (c) => reg.createZone(c, "Chengdu", "Sichuan", "ipfs://zone/chengdu", H),
    (p) => p.createZone("Chengdu", "Sichuan", "ipfs://zone/chengdu", H, gas),
  );
  await w.exec(
    "createZone",
    0,
    (c) => reg.createZone(c, "Wuxi", "Jiangsu", "", ZERO_BYTES32),
    (p) => p.createZone("Wuxi", "Jiangsu", "", ZERO_BYTES32, gas),
  );
  for (const [zone, i] of [
    [1, 1],
    [2, 2],
  ] as const) {
    await w.exec(
      "appointZoneAdmin",
      0,
      (c) => reg.appointZoneAdmin(c, zone, a(i), FAR_TERM),
      (p) => p.appointZoneAdmin(zone, a(i), FAR_TERM, gas),
    );
  }
  for (const [i, fields, expert] of [
    [3, bit(HEALTH) | bit(EDUCATION), false],
    [4, bit(HEALTH), true],
    [10, bit(ENERGY), false],
    [11, bit(EDUCATION), true],
  ] as const) {
    if (expert)
      await w.exec(
        "setExpertFields",
        0,
        (c) => gov.setExpertFields(c, a(i), fields, FAR_TERM),
        (p) => p.setExpertFields(a(i), fields, FAR_TERM, gas),
      );
    else
      await w.exec(
        "setRegulatorFields",
        0,
        (c) => gov.setRegulatorFields(c, a(i), fields, FAR_TERM),
        (p) => p.setRegulatorFields(a(i), fields, FAR_TERM, gas),
      );
  }
  // entities: a hospital in zone 1 (two keys and a contract wallet), a university in zone 2
  const e1 = await Promise.all([a(5), a(6), walletAddresses[0]].map((k) => consentFor(w, k, 1, "valid")));
  await w.exec(
    "registerEntity",
    1,
    (c) =>
      reg.registerEntity(
        c,
        1,
        "West China Hospital",
        0,
        bit(HEALTH) | bit(EDUCATION),
        "ipfs://e/1",
        H,
        e1.map((k) => k.model),
      ),
    (p) =>
      p.registerEntity(
        1,
        "West China Hospital",
        0,
        bit(HEALTH) | bit(EDUCATION),
        "ipfs://e/1",
        H,
        e1.map((k) => k.key),
        gas,
      ),
  );
  const e2 = await consentFor(w, a(7), 2, "valid");
  await w.exec(
    "registerEntity",
    2,
    (c) => reg.registerEntity(c, 2, "Jiangnan University", 1, bit(EDUCATION) | bit(ENERGY), "", ZERO_BYTES32, [e2.model]),
    (p) => p.registerEntity(2, "Jiangnan University", 1, bit(EDUCATION) | bit(ENERGY), "", ZERO_BYTES32, [e2.key], gas),
  );
  // projects: 1 (health) and 2 (education) of entity 1, 3 (education) and 4 (energy) of entity 2
  for (const [i, field, title] of [
    [5, HEALTH, "Shared medical records"],
    [5, EDUCATION, "Nurse training credentials"],
    [7, EDUCATION, "Diploma registry"],
    [7, ENERGY, "Campus energy ledger"],
  ] as const) {
    await w.exec(
      "proposeProject",
      i,
      (c) => reg.proposeProject(c, field, title, "", ZERO_BYTES32),
      (p) => p.proposeProject(field, title, "", ZERO_BYTES32, gas),
    );
  }
  for (const [i, pid] of [
    [1, 1],
    [2, 3],
    [2, 4],
  ] as const) {
    await w.exec(
      "approve",
      i,
      (c) => reg.setProjectStatus(c, pid, 2, ""),
      (p) => p.setProjectStatus(pid, 2, "", gas),
    );
  }
  // a few attestations, so that revocations and references have targets from the first step
  const req = (projectId: number, kind: number, contentHash: string, refUID = ZERO_BYTES32) => ({ projectId, kind, contentHash, refUID, uri: "" });
  const first = req(1, 0, HASH_POOL[0]);
  await w.exec(
    "attest",
    5,
    (c) => void log.attest(c, first),
    (p) => p.attest(first, gas),
  );
  const batch = [req(1, 2, HASH_POOL[1], log.uidOf(HASH_POOL[0], 0)), req(1, 2, HASH_POOL[0])];
  await w.exec(
    "attestBatch",
    1,
    (c) => void log.attestBatch(c, batch),
    (p) => p.attestBatch(batch, gas),
  );
  const ev = req(3, 4, HASH_POOL[2]);
  await w.exec(
    "attest",
    3,
    (c) => void log.attest(c, ev),
    (p) => p.attest(ev, gas),
  );
  const snapshot = await networkHelpers.takeSnapshot();
  const seedModel = clone(w.model);
  const seedView = w.view;
  const seedInv = w.inv.clone();
  const seedHashes = [...w.hashes];
  return {
    sys,
    model: seedModel,
    view: seedView,
    inv: seedInv,
    hashes: seedHashes,
    restore: () => snapshot.restore(),
    world: () => new World(sys, networkHelpers, clone(seedModel), seedView, [...seedHashes], seedInv.clone()),
  };
}
