/**
 * Shared fixtures for the contract tests and the gas benchmark: the suite
 * deployed with the Ignition module, and a small programme on top of it.
 */
import type { HardhatEthers, HardhatEthersSigner } from "@nomicfoundation/hardhat-ethers/types";
import type { NetworkConnection } from "hardhat/types/network";
import PilotProgrammeModule from "../../ignition/modules/PilotProgramme.js";
import { ATTEST_TYPES, SIGNER_CONSENT_TYPES, attestDomain, type AttestationRequest, type Hex, type SignerKey } from "@pilot/sdk/eip712";
import { EntityType, Kind, ProjectStatus } from "@pilot/sdk/domain";
import { attestationUid } from "@pilot/sdk/uid";
import type { PilotProgramme, ProgrammeReader } from "../../types/ethers-contracts/index.js";

export const HEALTH = 11;
export const EDUCATION = 12;
export const ENERGY = 1;
export const ADMIN_DELAY = 3 * 24 * 60 * 60;
/** 2100-01-01T00:00:00Z (a UTC midnight): an office's expiry that outlives every test's time warps. */
export const TERM_END = 4_102_444_800;

export const bit = (field: number) => 1 << field;
export const ZERO_HASH = `0x${"0".repeat(64)}` as Hex;

let counter = 0;
/** A fresh document digest. */
export function docHash(ethers: HardhatEthers, label = "doc"): Hex {
  return ethers.keccak256(ethers.toUtf8Bytes(`${label}#${++counter}`)) as Hex;
}

export function request(projectId: number, kind: Kind, contentHash: Hex, refUID: Hex = ZERO_HASH, uri = ""): AttestationRequest {
  return { projectId, kind, contentHash, refUID, uri };
}

export interface Deployed {
  programme: PilotProgramme;
  reader: ProgrammeReader;
  admin: HardhatEthersSigner;
  zoneAdmin: HardhatEthersSigner; // zone 1
  zoneAdmin2: HardhatEthersSigner; // zone 2
  regulator: HardhatEthersSigner; // health + education
  expert: HardhatEthersSigner; // health
  signer: HardhatEthersSigner; // entity 1
  signer2: HardhatEthersSigner; // entity 1, second key
  otherSigner: HardhatEthersSigner; // entity 2 (zone 2)
  outsider: HardhatEthersSigner; // no role at all
  relayer: HardhatEthersSigner;
  spare: HardhatEthersSigner[];
}

export async function deployProgramme(connection: NetworkConnection): Promise<Deployed> {
  const { ethers, ignition } = connection;
  const [admin, zoneAdmin, zoneAdmin2, regulator, expert, signer, signer2, otherSigner, outsider, relayer, ...spare] = await ethers.getSigners();
  const { programme, reader } = await ignition.deploy(PilotProgrammeModule, {
    parameters: { PilotProgramme: { adminDelay: ADMIN_DELAY } },
  });
  return {
    programme: programme as unknown as PilotProgramme,
    reader: reader as unknown as ProgrammeReader,
    admin,
    zoneAdmin,
    zoneAdmin2,
    regulator,
    expert,
    signer,
    signer2,
    otherSigner,
    outsider,
    relayer,
    spare,
  };
}

/**
 * Zone 1 "Chengdu" (admin: zoneAdmin), zone 2 "Wuxi" (admin: zoneAdmin2);
 * entity 1, a hospital in zone 1 (health + education; signers: signer, signer2);
 * entity 2, a university in zone 2 (education; signer: otherSigner);
 * project 1 (entity 1, health) Active; project 2 (entity 1, education) Proposed;
 * project 3 (entity 2, education) Active.
 */
export async function seedProgramme(connection: NetworkConnection): Promise<Deployed> {
  const d = await deployProgramme(connection);
  const { ethers } = connection;
  const p = d.programme.connect(d.admin);
  await (await p.createZone("Chengdu", "Sichuan", "ipfs://zone/chengdu", docHash(ethers))).wait();
  await (await p.createZone("Wuxi", "Jiangsu", "", ZERO_HASH)).wait();
  await (await p.appointZoneAdmin(1, d.zoneAdmin.address, TERM_END)).wait();
  await (await p.appointZoneAdmin(2, d.zoneAdmin2.address, TERM_END)).wait();
  await (await p.setRegulatorFields(d.regulator.address, bit(HEALTH) | bit(EDUCATION), TERM_END)).wait();
  await (await p.setExpertFields(d.expert.address, bit(HEALTH), TERM_END)).wait();
  await (
    await d.programme
      .connect(d.zoneAdmin)
      .registerEntity(1, "West China Hospital", EntityType.Hospital, bit(HEALTH) | bit(EDUCATION), "ipfs://e/1", docHash(ethers), [
        await signConsent(ethers, d.programme, d.signer, 1),
        await signConsent(ethers, d.programme, d.signer2, 1),
      ])
  ).wait();
  await (
    await d.programme
      .connect(d.zoneAdmin2)
      .registerEntity(2, "Jiangnan University", EntityType.University, bit(EDUCATION), "", ZERO_HASH, [
        await signConsent(ethers, d.programme, d.otherSigner, 2),
      ])
  ).wait();
  const s = d.programme.connect(d.signer);
  await (await s.proposeProject(HEALTH, "Shared medical records", "ipfs://p/1", docHash(ethers))).wait();
  await (await s.proposeProject(EDUCATION, "Nurse training credentials", "", ZERO_HASH)).wait();
  await (await d.programme.connect(d.otherSigner).proposeProject(EDUCATION, "Diploma registry", "", ZERO_HASH)).wait();
  await (await d.programme.connect(d.zoneAdmin).setProjectStatus(1, ProjectStatus.Active, "")).wait();
  await (await d.programme.connect(d.zoneAdmin2).setProjectStatus(3, ProjectStatus.Active, "")).wait();
  return d;
}

/**
 * A key's consent to sign for `entityId` (proof of possession), signed by the key at its current
 * nonce: what `addSigner` and `registerEntity` take. For `registerEntity`, `entityId` is the id the
 * entity will get (`totals().entities + 1`); `nonceOffset` serves a key consenting ahead of a
 * consent not yet used.
 */
export async function signConsent(
  ethers: HardhatEthers,
  programme: PilotProgramme,
  key: { address: string; signTypedData: HardhatEthersSigner["signTypedData"] },
  entityId: number | bigint,
  opts: { nonce?: bigint; deadline?: bigint; account?: string; verifyingContract?: string; chainId?: bigint } = {},
): Promise<SignerKey> {
  const account = (opts.account ?? key.address) as Hex;
  const nonce = opts.nonce ?? (await programme.nonces(account));
  // the latest block only when it sets the deadline (a fill of many consents gives its own)
  const deadline = opts.deadline ?? BigInt(((await ethers.provider.getBlock("latest"))?.timestamp ?? 0) + 3600);
  const chainId = opts.chainId ?? (await ethers.provider.getNetwork()).chainId;
  const domain = attestDomain(chainId, (opts.verifyingContract ?? (await programme.getAddress())) as Hex);
  const types = { SignerConsent: [...SIGNER_CONSENT_TYPES.SignerConsent] };
  const signature = (await key.signTypedData(domain, types, { account, entityId, nonce, deadline })) as Hex;
  return { account, deadline, signature };
}

/** The id the next registered entity gets. */
export async function nextEntityId(programme: PilotProgramme): Promise<number> {
  const [, entities] = await programme.totals();
  return Number(entities) + 1;
}

/** Signs a delegated attestation as `signer` for `attester` (an EOA, or a wallet it owns). */
export async function signAttestation(
  connection: NetworkConnection,
  programme: PilotProgramme,
  signer: HardhatEthersSigner,
  req: AttestationRequest,
  opts: { attester?: string; nonce?: bigint; deadline?: bigint; chainId?: bigint; verifyingContract?: string } = {},
): Promise<{ attester: string; nonce: bigint; deadline: bigint; signature: string }> {
  const { ethers } = connection;
  const attester = opts.attester ?? signer.address;
  const nonce = opts.nonce ?? (await programme.nonces(attester));
  const latest = await ethers.provider.getBlock("latest");
  const deadline = opts.deadline ?? BigInt((latest?.timestamp ?? 0) + 3600);
  const chainId = opts.chainId ?? (await ethers.provider.getNetwork()).chainId;
  const domain = attestDomain(chainId, (opts.verifyingContract ?? (await programme.getAddress())) as Hex);
  const types = { Attest: [...ATTEST_TYPES.Attest] };
  const signature = await signer.signTypedData(domain, types, { attester, ...req, nonce, deadline });
  return { attester, nonce, deadline, signature };
}

// ---------------------------------------------------------------------------
// Helpers for the attestation-log tests (test/log/). Additive only.

/**
 * The uid of the `n`-th attestation of `contentHash`, computed off chain by the sdk (sdk/uid.ts): the
 * log tests check the contract's events against it. (`ethers` is unused, kept for the callers.)
 */
export function expectedUid(_ethers: HardhatEthers, contentHash: Hex, n: number | bigint): Hex {
  return attestationUid(contentHash, n);
}

export interface LogDeployed extends Deployed {
  energyRegulator: HardhatEthersSigner; // regulator of ENERGY only (another field than the seeded projects')
  educationExpert: HardhatEthersSigner; // expert of EDUCATION only
}

/** `seedProgramme` plus a regulator of another field and an expert of another field (spare[0], spare[1]). */
export async function seedLogProgramme(connection: NetworkConnection): Promise<LogDeployed> {
  const d = await seedProgramme(connection);
  const [energyRegulator, educationExpert] = d.spare;
  const p = d.programme.connect(d.admin);
  await (await p.setRegulatorFields(energyRegulator.address, bit(ENERGY), TERM_END)).wait();
  await (await p.setExpertFields(educationExpert.address, bit(EDUCATION), TERM_END)).wait();
  return { ...d, energyRegulator, educationExpert, spare: d.spare.slice(2) };
}

/**
 * Everything a refused write could have half-written, to compare before and after:
 * the totals, the attestation count of each hash, the nonce of each account, the status of each project.
 */
export async function logState(
  programme: PilotProgramme,
  hashes: readonly string[] = [],
  accounts: readonly string[] = [],
  projectIds: readonly number[] = [1, 2, 3],
): Promise<{ totals: bigint[]; counts: bigint[]; nonces: bigint[]; statuses: bigint[] }> {
  const [zones, entities, projects, attestations] = await programme.totals();
  return {
    totals: [zones, entities, projects, attestations],
    counts: await Promise.all(hashes.map((h) => programme.attestationCount(h))),
    nonces: await Promise.all(accounts.map((a) => programme.nonces(a))),
    statuses: await Promise.all(projectIds.map(async (id) => (await programme.getProject(id)).status)),
  };
}
