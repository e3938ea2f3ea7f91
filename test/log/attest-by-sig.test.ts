/**
 * DelegatedAttestations: EIP-712 delegated attestation (EOA and ERC-1271 signers), the digest,
 * the type hash and the domain, against the shared TypeScript definitions in sdk/eip712.ts.
 */
import { expect } from "chai";
import { network } from "hardhat";
import type { HardhatEthersSigner } from "@nomicfoundation/hardhat-ethers/types";
import {
  signConsent,
  seedLogProgramme,
  signAttestation,
  request,
  docHash,
  expectedUid,
  logState,
  ADMIN_DELAY,
  HEALTH,
  ZERO_HASH,
  type LogDeployed,
} from "../helpers/fixtures.js";
import { Kind, FIELD_COUNT } from "@pilot/sdk/domain";
import {
  ATTEST_TYPES,
  ATTEST_TYPE_STRING,
  ATTEST_PRIMARY_TYPE,
  EIP712_NAME,
  EIP712_VERSION,
  attestDomain,
  attestMessage,
  type AttestationRequest,
  type Hex,
} from "@pilot/sdk/eip712";
import type { ERC1271WalletMock } from "../../types/ethers-contracts/index.js";

const connection = await network.create();
const { ethers, networkHelpers } = connection;
const seeded = () => seedLogProgramme(connection);
const types = { Attest: [...ATTEST_TYPES.Attest] };

type Signed = Awaited<ReturnType<typeof signAttestation>>;

function submit(d: LogDeployed, req: AttestationRequest, s: Signed, from: HardhatEthersSigner = d.relayer) {
  return d.programme.connect(from).attestBySig(req, s.attester, s.nonce, s.deadline, s.signature);
}

/** Expects `InvalidSignature(attester)` and no state change (the attester's nonce included). */
async function expectInvalidSignature(
  d: LogDeployed,
  req: AttestationRequest,
  attester: string,
  nonce: bigint,
  deadline: bigint,
  signature: string,
): Promise<void> {
  const before = await logState(d.programme, [req.contentHash], [attester]);
  await expect(d.programme.connect(d.relayer).attestBySig(req, attester, nonce, deadline, signature))
    .to.be.revertedWithCustomError(d.programme, "InvalidSignature")
    .withArgs(attester);
  expect(await logState(d.programme, [req.contentHash], [attester])).to.deep.equal(before);
}

describe("DelegatedAttestations.attestBySig", () => {
  describe("valid signatures", () => {
    it("an EOA's signature relayed by another account: Attested (attester = signer), SignatureUsed, nonce + 1", async () => {
      const d = await networkHelpers.loadFixture(seeded);
      const h = docHash(ethers);
      const req = request(1, Kind.ProgressReport, h, ZERO_HASH, "ipfs://report");
      const s = await signAttestation(connection, d.programme, d.signer, req);
      expect(s.nonce).to.equal(0n);
      const uid = expectedUid(ethers, h, 0);
      const tx = submit(d, req, s);
      await expect(tx).to.emit(d.programme, "Attested").withArgs(uid, 1, d.signer.address, Kind.ProgressReport, h, ZERO_HASH, "ipfs://report");
      await expect(tx).to.emit(d.programme, "SignatureUsed").withArgs(d.signer.address, 0n, uid);
      expect(await d.programme.nonces(d.signer.address)).to.equal(1n);
      expect((await d.programme.getAccount(d.signer.address)).nonce).to.equal(1n);
      expect(await d.programme.nonces(d.relayer.address)).to.equal(0n);
      const a = await d.programme.getAttestation(uid);
      expect(a.attester).to.equal(d.signer.address);
      expect((await d.programme.totals()).attestations).to.equal(1n);
    });

    it("returns the uid; consecutive signatures use nonces 0, 1, 2; the attester may submit its own", async () => {
      const d = await networkHelpers.loadFixture(seeded);
      for (let i = 0; i < 3; i++) {
        const req = request(1, Kind.Milestone, docHash(ethers));
        const s = await signAttestation(connection, d.programme, d.signer, req);
        expect(s.nonce).to.equal(BigInt(i));
        const from = i === 2 ? d.signer : d.relayer;
        expect(await d.programme.connect(from).attestBySig.staticCall(req, s.attester, s.nonce, s.deadline, s.signature)).to.equal(
          expectedUid(ethers, req.contentHash, 0),
        );
        await expect(submit(d, req, s, from))
          .to.emit(d.programme, "SignatureUsed")
          .withArgs(d.signer.address, BigInt(i), expectedUid(ethers, req.contentHash, 0));
      }
      expect(await d.programme.nonces(d.signer.address)).to.equal(3n);
    });

    it("every kind by its issuer, each with its own nonce sequence", async () => {
      const d = await networkHelpers.loadFixture(seeded);
      const issuers: [Kind, HardhatEthersSigner][] = [
        [Kind.ProgressReport, d.signer2],
        [Kind.Review, d.zoneAdmin],
        [Kind.ExpertOpinion, d.expert],
        [Kind.Evaluation, d.regulator],
        [Kind.Acceptance, d.regulator],
      ];
      for (const [kind, who] of issuers) {
        const req = request(1, kind, docHash(ethers));
        const s = await signAttestation(connection, d.programme, who, req);
        await expect(submit(d, req, s))
          .to.emit(d.programme, "Attested")
          .withArgs(expectedUid(ethers, req.contentHash, 0), 1, who.address, kind, req.contentHash, ZERO_HASH, "");
      }
      expect(await d.programme.nonces(d.regulator.address)).to.equal(2n);
      expect(await d.programme.nonces(d.zoneAdmin.address)).to.equal(1n);
    });

    it("a deadline equal to the block timestamp is still valid", async () => {
      const d = await networkHelpers.loadFixture(seeded);
      const req = request(1, Kind.ProgressReport, docHash(ethers));
      const deadline = BigInt(await networkHelpers.time.latest()) + 100n;
      const s = await signAttestation(connection, d.programme, d.signer, req, { deadline });
      await networkHelpers.time.setNextBlockTimestamp(deadline);
      await expect(submit(d, req, s)).to.emit(d.programme, "SignatureUsed");
    });
  });

  describe("refusals", () => {
    it("an expired deadline -> ExpiredSignature(deadline)", async () => {
      const d = await networkHelpers.loadFixture(seeded);
      const req = request(1, Kind.ProgressReport, docHash(ethers));
      const deadline = BigInt(await networkHelpers.time.latest()) + 100n;
      const s = await signAttestation(connection, d.programme, d.signer, req, { deadline });
      await networkHelpers.time.setNextBlockTimestamp(deadline + 1n);
      const before = await logState(d.programme, [req.contentHash], [d.signer.address]);
      await expect(submit(d, req, s))
        .to.be.revertedWithCustomError(d.programme, "ExpiredSignature")
        .withArgs(deadline);
      // long expired
      await networkHelpers.time.increase(365 * 24 * 3600);
      await expect(submit(d, req, s))
        .to.be.revertedWithCustomError(d.programme, "ExpiredSignature")
        .withArgs(deadline);
      expect(await logState(d.programme, [req.contentHash], [d.signer.address])).to.deep.equal(before);
    });

    it("the deadline is checked before the nonce, and the pause before both", async () => {
      const d = await networkHelpers.loadFixture(seeded);
      const req = request(1, Kind.ProgressReport, docHash(ethers));
      const s = await signAttestation(connection, d.programme, d.signer, req, { nonce: 5n, deadline: 1n });
      await expect(submit(d, req, s))
        .to.be.revertedWithCustomError(d.programme, "ExpiredSignature")
        .withArgs(1n);
      await (await d.programme.connect(d.admin).pause()).wait();
      await expect(submit(d, req, s)).to.be.revertedWithCustomError(d.programme, "EnforcedPause");
    });

    it("paused -> EnforcedPause, the nonce is not consumed; unpaused, the same signature works", async () => {
      const d = await networkHelpers.loadFixture(seeded);
      const req = request(1, Kind.ProgressReport, docHash(ethers));
      const s = await signAttestation(connection, d.programme, d.signer, req);
      await (await d.programme.connect(d.admin).pause()).wait();
      await expect(submit(d, req, s)).to.be.revertedWithCustomError(d.programme, "EnforcedPause");
      expect(await d.programme.nonces(d.signer.address)).to.equal(0n);
      await (await d.programme.connect(d.admin).unpause()).wait();
      await expect(submit(d, req, s)).to.emit(d.programme, "SignatureUsed");
    });

    it("replaying a used signature -> InvalidNonce(signer, expected)", async () => {
      const d = await networkHelpers.loadFixture(seeded);
      const req = request(1, Kind.ProgressReport, docHash(ethers));
      const s = await signAttestation(connection, d.programme, d.signer, req);
      await (await submit(d, req, s)).wait();
      await expect(submit(d, req, s))
        .to.be.revertedWithCustomError(d.programme, "InvalidNonce")
        .withArgs(d.signer.address, 1n);
      // also by the attester itself, and by another relayer
      await expect(submit(d, req, s, d.signer))
        .to.be.revertedWithCustomError(d.programme, "InvalidNonce")
        .withArgs(d.signer.address, 1n);
      await expect(submit(d, req, s, d.outsider))
        .to.be.revertedWithCustomError(d.programme, "InvalidNonce")
        .withArgs(d.signer.address, 1n);
      expect(await d.programme.attestationCount(req.contentHash)).to.equal(1n);
    });

    it("a future nonce -> InvalidNonce(signer, expected)", async () => {
      const d = await networkHelpers.loadFixture(seeded);
      const req = request(1, Kind.ProgressReport, docHash(ethers));
      const s = await signAttestation(connection, d.programme, d.signer, req, { nonce: 1n });
      const before = await logState(d.programme, [req.contentHash], [d.signer.address]);
      await expect(submit(d, req, s))
        .to.be.revertedWithCustomError(d.programme, "InvalidNonce")
        .withArgs(d.signer.address, 0n);
      const max = await signAttestation(connection, d.programme, d.signer, req, { nonce: 2n ** 64n - 1n });
      await expect(submit(d, req, max))
        .to.be.revertedWithCustomError(d.programme, "InvalidNonce")
        .withArgs(d.signer.address, 0n);
      expect(await logState(d.programme, [req.contentHash], [d.signer.address])).to.deep.equal(before);
    });

    it("two signatures with the same nonce: only the first submitted is taken", async () => {
      const d = await networkHelpers.loadFixture(seeded);
      const a = request(1, Kind.ProgressReport, docHash(ethers));
      const b = request(1, Kind.Milestone, docHash(ethers));
      const sa = await signAttestation(connection, d.programme, d.signer, a);
      const sb = await signAttestation(connection, d.programme, d.signer, b);
      expect(sa.nonce).to.equal(sb.nonce);
      await (await submit(d, b, sb)).wait();
      await expect(submit(d, a, sa))
        .to.be.revertedWithCustomError(d.programme, "InvalidNonce")
        .withArgs(d.signer.address, 1n);
    });

    it("a signature made for another chain id -> InvalidSignature(attester)", async () => {
      const d = await networkHelpers.loadFixture(seeded);
      const req = request(1, Kind.ProgressReport, docHash(ethers));
      const s = await signAttestation(connection, d.programme, d.signer, req, { chainId: 1n });
      await expectInvalidSignature(d, req, s.attester, s.nonce, s.deadline, s.signature);
    });

    it("a signature made for another PilotProgramme -> InvalidSignature(attester)", async () => {
      const d = await networkHelpers.loadFixture(seeded);
      const twin = await ethers.deployContract("PilotProgramme", [FIELD_COUNT, ADMIN_DELAY, d.admin.address, ethers.ZeroAddress]);
      const req = request(1, Kind.ProgressReport, docHash(ethers));
      const s = await signAttestation(connection, d.programme, d.signer, req, { verifyingContract: await twin.getAddress() });
      await expectInvalidSignature(d, req, s.attester, s.nonce, s.deadline, s.signature);
      // and the other way round: the twin refuses our programme's signature
      const ours = await signAttestation(connection, d.programme, d.signer, req);
      await expect(twin.connect(d.relayer).attestBySig(req, ours.attester, ours.nonce, ours.deadline, ours.signature))
        .to.be.revertedWithCustomError(twin, "InvalidSignature")
        .withArgs(d.signer.address);
    });

    it("a signature under another domain name or version -> InvalidSignature(attester)", async () => {
      const d = await networkHelpers.loadFixture(seeded);
      const req = request(1, Kind.ProgressReport, docHash(ethers));
      const chainId = (await ethers.provider.getNetwork()).chainId;
      const base = attestDomain(chainId, (await d.programme.getAddress()) as Hex);
      const deadline = BigInt(await networkHelpers.time.latest()) + 3600n;
      const msg = attestMessage(req, d.signer.address as Hex, 0n, deadline);
      for (const domain of [
        { ...base, name: "EAS" },
        { ...base, version: "2" },
      ]) {
        const sig = await d.signer.signTypedData(domain, types, msg);
        await expectInvalidSignature(d, req, d.signer.address, 0n, deadline, sig);
      }
    });

    it("every tampered field of the request -> InvalidSignature(attester)", async () => {
      const d = await networkHelpers.loadFixture(seeded);
      const report = docHash(ethers);
      await (await d.programme.connect(d.signer).attest(request(1, Kind.ProgressReport, report))).wait();
      const reportUid = expectedUid(ethers, report, 0);
      const req = request(1, Kind.ProgressReport, docHash(ethers), ZERO_HASH, "ipfs://original");
      const s = await signAttestation(connection, d.programme, d.signer, req);
      // every tampered request is otherwise valid (the signer could have signed it)
      const tampered: AttestationRequest[] = [
        { ...req, projectId: 3 },
        { ...req, kind: Kind.Milestone },
        { ...req, contentHash: docHash(ethers) },
        { ...req, refUID: reportUid },
        { ...req, uri: "ipfs://forged" },
        { ...req, uri: "" },
      ];
      for (const t of tampered) {
        await expectInvalidSignature(d, t, s.attester, s.nonce, s.deadline, s.signature);
      }
      // the untampered original still goes through
      await expect(submit(d, req, s)).to.emit(d.programme, "SignatureUsed");
    });

    it("a tampered attester or deadline -> InvalidSignature(attester)", async () => {
      const d = await networkHelpers.loadFixture(seeded);
      const req = request(1, Kind.ProgressReport, docHash(ethers));
      const s = await signAttestation(connection, d.programme, d.signer, req);
      // signer2 is also a signer of entity 1 and also has nonce 0: only the signature stops it
      await expectInvalidSignature(d, req, d.signer2.address, s.nonce, s.deadline, s.signature);
      await expectInvalidSignature(d, req, s.attester, s.nonce, s.deadline + 1n, s.signature);
      await expectInvalidSignature(d, req, s.attester, s.nonce, s.deadline - 1n, s.signature);
    });

    it("a signature by the wrong key -> InvalidSignature(attester)", async () => {
      const d = await networkHelpers.loadFixture(seeded);
      const req = request(1, Kind.ProgressReport, docHash(ethers));
      for (const wrong of [d.signer2, d.outsider, d.relayer]) {
        const s = await signAttestation(connection, d.programme, wrong, req, { attester: d.signer.address });
        await expectInvalidSignature(d, req, d.signer.address, s.nonce, s.deadline, s.signature);
      }
    });

    it("a malformed signature (wrong length, empty, garbage) -> InvalidSignature(attester)", async () => {
      const d = await networkHelpers.loadFixture(seeded);
      const req = request(1, Kind.ProgressReport, docHash(ethers));
      const s = await signAttestation(connection, d.programme, d.signer, req);
      const bytes = ethers.getBytes(s.signature);
      expect(bytes.length).to.equal(65);
      const malformed = [
        ethers.hexlify(bytes.slice(0, 64)), // EIP-2098 compact form is not accepted
        ethers.hexlify(bytes.slice(0, 63)),
        ethers.concat([bytes, "0x00"]),
        "0x",
        ethers.hexlify(new Uint8Array(65)),
        ethers.concat([bytes.slice(0, 64), "0x1d"]), // bad v
      ];
      for (const sig of malformed) {
        await expectInvalidSignature(d, req, s.attester, s.nonce, s.deadline, sig);
      }
      // a high-s (malleated) twin of a valid signature is refused as well
      const sig = ethers.Signature.from(s.signature);
      const n = 0xfffffffffffffffffffffffffffffffebaaedce6af48a03bbfd25e8cd0364141n;
      const highS = ethers.concat([sig.r, ethers.toBeHex(n - BigInt(sig.s), 32), ethers.toBeHex(sig.v === 27 ? 28 : 27, 1)]);
      await expectInvalidSignature(d, req, s.attester, s.nonce, s.deadline, highS);
      await expect(submit(d, req, s)).to.emit(d.programme, "SignatureUsed");
    });

    it("a valid signature of an account without the role -> the role error, nonce not consumed", async () => {
      const d = await networkHelpers.loadFixture(seeded);
      const cases: [AttestationRequest, HardhatEthersSigner, string, unknown[]][] = [
        [request(1, Kind.Review, docHash(ethers)), d.outsider, "NotZoneAdmin", [1, d.outsider.address]],
        [request(1, Kind.ProgressReport, docHash(ethers)), d.otherSigner, "NotEntitySigner", [1, d.otherSigner.address]],
        [request(1, Kind.ExpertOpinion, docHash(ethers)), d.educationExpert, "NotExpert", [HEALTH, d.educationExpert.address]],
        [request(1, Kind.Acceptance, docHash(ethers)), d.energyRegulator, "NotRegulator", [HEALTH, d.energyRegulator.address]],
      ];
      for (const [req, who, error, args] of cases) {
        const s = await signAttestation(connection, d.programme, who, req);
        const before = await logState(d.programme, [req.contentHash], [who.address]);
        await expect(submit(d, req, s))
          .to.be.revertedWithCustomError(d.programme, error)
          .withArgs(...args);
        expect(await logState(d.programme, [req.contentHash], [who.address])).to.deep.equal(before);
      }
    });

    it("a valid signature about a project that is not open, or with a bad reference -> that error", async () => {
      const d = await networkHelpers.loadFixture(seeded);
      const closed = request(2, Kind.ProgressReport, docHash(ethers));
      const s1 = await signAttestation(connection, d.programme, d.signer, closed);
      await expect(submit(d, closed, s1))
        .to.be.revertedWithCustomError(d.programme, "ProjectNotOpen")
        .withArgs(2, 1);
      const ghost = docHash(ethers, "ghost");
      const dangling = request(1, Kind.ProgressReport, docHash(ethers), ghost);
      const s2 = await signAttestation(connection, d.programme, d.signer, dangling);
      await expect(submit(d, dangling, s2))
        .to.be.revertedWithCustomError(d.programme, "UnknownAttestation")
        .withArgs(ghost);
      const badKind = { ...request(1, Kind.ProgressReport, docHash(ethers)), kind: 6 };
      const s3 = await signAttestation(connection, d.programme, d.signer, badKind);
      await expect(submit(d, badKind, s3))
        .to.be.revertedWithCustomError(d.programme, "InvalidKind")
        .withArgs(6);
      expect(await d.programme.nonces(d.signer.address)).to.equal(0n);
    });
  });

  describe("ERC-1271 contract signers (a bank's multisig)", () => {
    async function withWallet(d: LogDeployed): Promise<{ wallet: ERC1271WalletMock; walletAddress: string; owner: HardhatEthersSigner }> {
      const owner = d.spare[0];
      const wallet = await ethers.deployContract("ERC1271WalletMock", [owner.address]);
      const walletAddress = await wallet.getAddress();
      await expect(d.programme.connect(d.zoneAdmin).addSigner(1, await signConsent(ethers, d.programme, owner, 1, { account: walletAddress })))
        .to.emit(d.programme, "SignerAdded")
        .withArgs(1, walletAddress);
      return { wallet, walletAddress, owner };
    }

    it("a signature by the wallet's owner is accepted; the attester is the wallet", async () => {
      const d = await networkHelpers.loadFixture(seeded);
      const { walletAddress, owner } = await withWallet(d);
      const req = request(1, Kind.Milestone, docHash(ethers), ZERO_HASH, "ipfs://milestone");
      const s = await signAttestation(connection, d.programme, owner, req, { attester: walletAddress });
      const uid = expectedUid(ethers, req.contentHash, 0);
      const tx = submit(d, req, s);
      await expect(tx).to.emit(d.programme, "Attested").withArgs(uid, 1, walletAddress, Kind.Milestone, req.contentHash, ZERO_HASH, "ipfs://milestone");
      await expect(tx).to.emit(d.programme, "SignatureUsed").withArgs(walletAddress, 0n, uid);
      expect(await d.programme.nonces(walletAddress)).to.equal(1n);
      expect(await d.programme.nonces(owner.address)).to.equal(0n);
      expect((await d.programme.getAttestation(uid)).attester).to.equal(walletAddress);
    });

    it("a signature by someone else than the owner -> InvalidSignature(wallet)", async () => {
      const d = await networkHelpers.loadFixture(seeded);
      const { walletAddress } = await withWallet(d);
      const req = request(1, Kind.Milestone, docHash(ethers));
      const s = await signAttestation(connection, d.programme, d.outsider, req, { attester: walletAddress });
      await expectInvalidSignature(d, req, walletAddress, s.nonce, s.deadline, s.signature);
    });

    it("a wallet that refuses (setRefuseAll) -> InvalidSignature(wallet), even for its owner's signature", async () => {
      const d = await networkHelpers.loadFixture(seeded);
      const { wallet, walletAddress, owner } = await withWallet(d);
      const first = request(1, Kind.Milestone, docHash(ethers));
      await (await submit(d, first, await signAttestation(connection, d.programme, owner, first, { attester: walletAddress }))).wait();
      await (await wallet.setRefuseAll(true)).wait();
      const req = request(1, Kind.Milestone, docHash(ethers));
      const s = await signAttestation(connection, d.programme, owner, req, { attester: walletAddress });
      expect(s.nonce).to.equal(1n);
      await expectInvalidSignature(d, req, walletAddress, s.nonce, s.deadline, s.signature);
      // the owner's key cannot bypass the wallet: the owner itself is no signer of the entity
      const direct = await signAttestation(connection, d.programme, owner, req);
      await expect(submit(d, req, direct))
        .to.be.revertedWithCustomError(d.programme, "NotEntitySigner")
        .withArgs(1, owner.address);
    });

    it("a wallet removed from the entity: its owner's valid signature -> NotEntitySigner(entityId, wallet)", async () => {
      const d = await networkHelpers.loadFixture(seeded);
      const { walletAddress, owner } = await withWallet(d);
      await (await d.programme.connect(d.zoneAdmin).removeSigner(1, walletAddress)).wait();
      const req = request(1, Kind.Milestone, docHash(ethers));
      const s = await signAttestation(connection, d.programme, owner, req, { attester: walletAddress });
      await expect(submit(d, req, s))
        .to.be.revertedWithCustomError(d.programme, "NotEntitySigner")
        .withArgs(1, walletAddress);
    });
  });

  describe("EIP-712 definitions agree with sdk/eip712.ts", () => {
    it("ATTEST_TYPEHASH = keccak256(ATTEST_TYPE_STRING), and the SDK's types encode to that string", async () => {
      const d = await networkHelpers.loadFixture(seeded);
      expect(await d.programme.ATTEST_TYPEHASH()).to.equal(ethers.keccak256(ethers.toUtf8Bytes(ATTEST_TYPE_STRING)));
      expect(ethers.TypedDataEncoder.from(types).encodeType(ATTEST_PRIMARY_TYPE)).to.equal(ATTEST_TYPE_STRING);
    });

    it("eip712Domain() matches EIP712_NAME, EIP712_VERSION, the chain id and the contract", async () => {
      const d = await networkHelpers.loadFixture(seeded);
      const domain = await d.programme.eip712Domain();
      expect(domain.fields).to.equal("0x0f");
      expect(domain.name).to.equal(EIP712_NAME);
      expect(domain.version).to.equal(EIP712_VERSION);
      expect(domain.chainId).to.equal((await ethers.provider.getNetwork()).chainId);
      expect(domain.verifyingContract).to.equal(await d.programme.getAddress());
      expect(domain.salt).to.equal(ZERO_HASH);
      expect(domain.extensions).to.deep.equal([]);
    });

    it("attestDigest equals the ethers TypedDataEncoder hash of the SDK's domain, types and message", async () => {
      const d = await networkHelpers.loadFixture(seeded);
      const chainId = (await ethers.provider.getNetwork()).chainId;
      const domain = attestDomain(chainId, (await d.programme.getAddress()) as Hex);
      const samples: [AttestationRequest, bigint, bigint][] = [
        [request(1, Kind.ProgressReport, docHash(ethers)), 0n, 1n],
        [request(3, Kind.Acceptance, docHash(ethers), docHash(ethers), "ipfs://bafy/acceptance.pdf"), 7n, 2n ** 64n - 1n],
        [{ ...request(4294967295, Kind.ProgressReport, docHash(ethers), ZERO_HASH, "ünïcødé ✓"), kind: 255 }, 2n ** 64n - 1n, 0n],
      ];
      for (const [req, nonce, deadline] of samples) {
        const msg = attestMessage(req, d.signer.address as Hex, nonce, deadline);
        expect(await d.programme.attestDigest(req, d.signer.address, nonce, deadline)).to.equal(ethers.TypedDataEncoder.hash(domain, types, msg));
      }
    });

    it("the digest recovers to the signer of signAttestation's signature", async () => {
      const d = await networkHelpers.loadFixture(seeded);
      const req = request(1, Kind.ProgressReport, docHash(ethers));
      const s = await signAttestation(connection, d.programme, d.signer, req);
      const digest = await d.programme.attestDigest(req, s.attester, s.nonce, s.deadline);
      expect(ethers.recoverAddress(digest, s.signature)).to.equal(d.signer.address);
    });
  });
});

describe("DelegatedAttestations.increaseNonce", () => {
  it("voids every unsubmitted signature below the new nonce; later signatures work", async () => {
    const d = await networkHelpers.loadFixture(seeded);
    const req = request(1, Kind.ProgressReport, docHash(ethers));
    const signed = await signAttestation(connection, d.programme, d.signer, req);
    await expect(d.programme.connect(d.signer).increaseNonce(5)).to.emit(d.programme, "NonceIncreased").withArgs(d.signer.address, 0, 5);
    expect(await d.programme.nonces(d.signer.address)).to.equal(5n);
    await expect(d.programme.connect(d.relayer).attestBySig(req, signed.attester, signed.nonce, signed.deadline, signed.signature))
      .to.be.revertedWithCustomError(d.programme, "InvalidNonce")
      .withArgs(d.signer.address, 5);
    const fresh = await signAttestation(connection, d.programme, d.signer, req);
    expect(fresh.nonce).to.equal(5n);
    await expect(d.programme.connect(d.relayer).attestBySig(req, fresh.attester, fresh.nonce, fresh.deadline, fresh.signature))
      .to.emit(d.programme, "SignatureUsed")
      .withArgs(d.signer.address, 5, expectedUid(ethers, req.contentHash, 0));
  });

  it("refuses a nonce that is not above the current one (InvalidNonce), and works while paused", async () => {
    const d = await networkHelpers.loadFixture(seeded);
    for (const n of [0n, 1n]) {
      if (n === 1n) await (await d.programme.connect(d.signer).increaseNonce(1)).wait();
      await expect(d.programme.connect(d.signer).increaseNonce(n))
        .to.be.revertedWithCustomError(d.programme, "InvalidNonce")
        .withArgs(d.signer.address, n === 0n ? 0 : 1);
    }
    await (await d.programme.connect(d.admin).pause()).wait();
    await expect(d.programme.connect(d.outsider).increaseNonce(2)).to.emit(d.programme, "NonceIncreased").withArgs(d.outsider.address, 0, 2);
  });
});

describe("DelegatedAttestations.increaseNonce: the nonce never reaches a dead end", () => {
  it("finding 7: increaseNonce(2^64-2) is refused (NonceJumpTooLarge(current, requested, 2^32-1)); after the largest jump a relay still works and so does the next", async () => {
    const d = await networkHelpers.loadFixture(seeded);
    const maxJump = 2n ** 32n - 1n;
    for (const target of [2n ** 64n - 2n, 2n ** 64n - 1n, maxJump + 1n]) {
      await expect(d.programme.connect(d.signer).increaseNonce(target))
        .to.be.revertedWithCustomError(d.programme, "NonceJumpTooLarge")
        .withArgs(0, target, maxJump);
    }
    await (await d.programme.connect(d.signer).increaseNonce(maxJump)).wait();
    for (const expected of [maxJump, maxJump + 1n]) {
      const req = request(1, Kind.ProgressReport, docHash(ethers));
      const s = await signAttestation(connection, d.programme, d.signer, req);
      expect(s.nonce).to.equal(expected);
      await expect(d.programme.connect(d.relayer).attestBySig(req, s.attester, s.nonce, s.deadline, s.signature)).to.emit(d.programme, "SignatureUsed");
    }
    expect(await d.programme.nonces(d.signer.address)).to.equal(maxJump + 2n);
  });
});
