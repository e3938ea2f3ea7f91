/**
 * Shared by the gas-per-row measurement and the page-limit tests: a programme
 * filled with rows of a given shape (string lengths, signers per entity).
 */
import type { NetworkConnection } from "hardhat/types/network";
import { EntityType, Kind, ProjectStatus } from "@pilot/sdk/domain";
import { deployProgramme, signConsent, bit, expectedUid, HEALTH, request, type Deployed } from "../../helpers/fixtures.js";
import type { Hex } from "@pilot/sdk/eip712";
import type { HardhatEthersSigner } from "@nomicfoundation/hardhat-ethers/types";

/** The byte lengths of a row's strings and the signers of an entity. */
export interface RowShape {
  name: number; // zone and entity names, project titles
  region: number;
  uri: number; // metadata URIs
  signers: number; // per entity
}

/** Rows like a production programme's: names of a few words, an IPFS CIDv1 URI, two signer keys. */
export const TYPICAL: RowShape = { name: 48, region: 16, uri: 60, signers: 2 };
/**
 * Rows at the string and signer caps that issue 9 plans (names and titles 200 bytes, regions 100,
 * URIs 512, 16 signers per entity): the largest rows a bounded programme will hold. The page maxima
 * are chosen so that a full page of these stays at or under half the eth_call gas cap.
 */
export const AT_CAPS: RowShape = { name: 200, region: 100, uri: 512, signers: 16 };

const text = (n: number, c: string) => c.repeat(n);

/** EIP-7825 (Osaka): no transaction may have more gas than this. */
const TX_GAS_CAP = 16_777_216n;

export interface Filled extends Deployed {
  /** one document attested `attestations` times, their uids, and every signer registered */
  hash: Hex;
  uids: Hex[];
  accountList: string[];
}

/**
 * `rows` zones, entities (one per zone, `shape.signers` signers each) and projects (by one signer
 * of entity 1, approved), then one document attested `attestations` times. Every string at its
 * shape's length.
 */
export async function fillProgramme(connection: NetworkConnection, shape: RowShape, rows: number, attestations: number): Promise<Filled> {
  const { ethers } = connection;
  const d = await deployProgramme(connection);
  const admin = d.programme.connect(d.admin);
  const accountList: string[] = [];
  // every consent's fields but the key and entity: read once, not once per signature
  const consent = { nonce: 0n, deadline: 2n ** 63n, chainId: (await ethers.provider.getNetwork()).chainId, verifyingContract: await d.programme.getAddress() };
  // Each transaction with the most gas it may have, not an estimate: the node estimates by running
  // the transaction again and again (a registration at the caps, 16 signers: ~0.1 s each time), and
  // a transaction's effect is the same with any limit it fits in (one that does not fails here).
  // The most: the block's gas limit, and at most EIP-7825's cap on one transaction (2^24, Osaka).
  const blockGasLimit = (await ethers.provider.getBlock("latest"))!.gasLimit;
  const tx = { gasLimit: blockGasLimit < TX_GAS_CAP ? blockGasLimit : TX_GAS_CAP };
  for (let i = 0; i < rows; i++) {
    await (await admin.createZone(text(shape.name, "z"), text(shape.region, "r"), text(shape.uri, "u"), ethers.id(`zone${i}`), tx)).wait();
  }
  for (let i = 0; i < rows; i++) {
    const keys: Array<{ address: string; signTypedData: HardhatEthersSigner["signTypedData"] }> = i === 0 ? [d.signer] : [];
    // a key from a hash, not Wallet.createRandom(): that derives an HD wallet from a new mnemonic
    // (~15 ms each; a fill at the caps makes 1,500 of them), and a row's gas is the same for any key
    while (keys.length < shape.signers) keys.push(new ethers.Wallet(ethers.id(`measure-rows entity ${i} key ${keys.length}`)));
    const signers = [];
    for (const key of keys) signers.push(await signConsent(ethers, d.programme, key, i + 1, consent));
    accountList.push(...keys.map((k) => k.address));
    await (
      await admin.registerEntity(i + 1, text(shape.name, "e"), EntityType.Hospital, bit(HEALTH), text(shape.uri, "u"), ethers.id(`entity${i}`), signers, tx)
    ).wait();
  }
  const s = d.programme.connect(d.signer);
  for (let i = 0; i < rows; i++) {
    await (await s.proposeProject(HEALTH, text(shape.name, "p"), text(shape.uri, "u"), ethers.id(`project${i}`), tx)).wait();
  }
  await (await admin.setProjectStatus(1, ProjectStatus.Active, "", tx)).wait();
  const hash = ethers.id("one document, many attestations") as Hex;
  for (let done = 0; done < attestations;) {
    const n = Math.min(150, attestations - done);
    await (
      await s.attestBatch(
        Array.from({ length: n }, () => request(1, Kind.ProgressReport, hash)),
        tx,
      )
    ).wait();
    done += n;
  }
  const uids = Array.from({ length: attestations }, (_, i) => expectedUid(ethers, hash, i));
  return { ...d, hash, uids, accountList };
}
