import { expect } from "chai";
import { network } from "hardhat";
import { seedProgramme, signAttestation, docHash, request, bit, ENERGY, EDUCATION, HEALTH, TERM_END } from "../helpers/fixtures.js";
import { expectUnchanged } from "../helpers/registry.js";
import { Kind, ProjectStatus } from "@pilot/sdk/domain";

const connection = await network.create();
const { ethers, networkHelpers } = connection;
const seeded = () => seedProgramme(connection);
const ADMIN_ROLE = ethers.ZeroHash;
const ALL_FIELDS = (1 << 17) - 1;

const OFFICES = [
  { fn: "setRegulatorFields", event: "RegulatorFieldsSet", key: "regulatorFields" },
  { fn: "setExpertFields", event: "ExpertFieldsSet", key: "expertFields" },
] as const;

for (const office of OFFICES) {
  describe(`ProgrammeGovernance.${office.fn}`, () => {
    it("appoints an account to exactly the given fields", async () => {
      const d = await networkHelpers.loadFixture(seeded);
      const who = d.spare[0].address;
      await expect(d.programme.connect(d.admin)[office.fn](who, bit(ENERGY) | bit(HEALTH), TERM_END))
        .to.emit(d.programme, office.event)
        .withArgs(who, bit(ENERGY) | bit(HEALTH), TERM_END);
      const account = await d.programme.getAccount(who);
      expect(account[office.key]).to.equal(BigInt(bit(ENERGY) | bit(HEALTH)));
      expect([account.entityId, account.zoneAdminOf, account.nonce]).to.deep.equal([0n, 0n, 0n]);
    });

    it("changes the fields (replaces, does not add) and dismisses with 0", async () => {
      const d = await networkHelpers.loadFixture(seeded);
      const who = d.spare[0].address;
      const a = d.programme.connect(d.admin);
      await (await a[office.fn](who, bit(ENERGY) | bit(HEALTH), TERM_END)).wait();
      await expect(a[office.fn](who, bit(EDUCATION), TERM_END))
        .to.emit(d.programme, office.event)
        .withArgs(who, bit(EDUCATION), TERM_END);
      expect((await d.programme.getAccount(who))[office.key]).to.equal(BigInt(bit(EDUCATION)));
      await expect(a[office.fn](who, 0, TERM_END))
        .to.emit(d.programme, office.event)
        .withArgs(who, 0, TERM_END);
      expect((await d.programme.getAccount(who))[office.key]).to.equal(0n);
    });

    it("accepts all 17 fields and refuses any bit at or above FIELD_COUNT with InvalidFields", async () => {
      const d = await networkHelpers.loadFixture(seeded);
      const who = d.spare[0].address;
      await expect(d.programme.connect(d.admin)[office.fn](who, ALL_FIELDS, TERM_END)).to.emit(d.programme, office.event);
      for (const fields of [1 << 17, ALL_FIELDS + (1 << 17), 2 ** 31, 2 ** 32 - 1]) {
        await expectUnchanged(d, () =>
          expect(d.programme.connect(d.admin)[office.fn](who, fields, TERM_END))
            .to.be.revertedWithCustomError(d.programme, "InvalidFields")
            .withArgs(fields),
        );
      }
    });

    it("refuses the zero address", async () => {
      const d = await networkHelpers.loadFixture(seeded);
      await expectUnchanged(d, () =>
        expect(d.programme.connect(d.admin)[office.fn](ethers.ZeroAddress, bit(HEALTH), TERM_END)).to.be.revertedWithCustomError(d.programme, "ZeroAddress"),
      );
    });

    it("refuses an entity signer (AccountIsEntitySigner), even to dismiss", async () => {
      const d = await networkHelpers.loadFixture(seeded);
      for (const fields of [bit(HEALTH), 0]) {
        await expectUnchanged(d, () =>
          expect(d.programme.connect(d.admin)[office.fn](d.otherSigner.address, fields, TERM_END))
            .to.be.revertedWithCustomError(d.programme, "AccountIsEntitySigner")
            .withArgs(d.otherSigner.address, 2),
        );
      }
    });

    it("lets an office holder hold another office (a zone administrator as well)", async () => {
      const d = await networkHelpers.loadFixture(seeded);
      await (await d.programme.connect(d.admin)[office.fn](d.zoneAdmin.address, bit(HEALTH), TERM_END)).wait();
      const account = await d.programme.getAccount(d.zoneAdmin.address);
      expect(account.zoneAdminOf).to.equal(1n);
      expect(account[office.key]).to.equal(BigInt(bit(HEALTH)));
    });

    it("is the programme admin's only", async () => {
      const d = await networkHelpers.loadFixture(seeded);
      for (const who of [d.zoneAdmin, d.regulator, d.expert, d.outsider]) {
        await expectUnchanged(d, () =>
          expect(d.programme.connect(who)[office.fn](who.address, bit(HEALTH), TERM_END))
            .to.be.revertedWithCustomError(d.programme, "AccessControlUnauthorizedAccount")
            .withArgs(who.address, ADMIN_ROLE),
        );
      }
    });
  });
}

describe("ProgrammeGovernance: offices take effect", () => {
  it("a dismissed regulator loses authority over projects of its former field", async () => {
    const d = await networkHelpers.loadFixture(seeded);
    await (await d.programme.connect(d.admin).setRegulatorFields(d.regulator.address, bit(EDUCATION), TERM_END)).wait();
    await expect(d.programme.connect(d.regulator).setProjectStatus(1, ProjectStatus.Suspended, "audit"))
      .to.be.revertedWithCustomError(d.programme, "NotProjectAuthority")
      .withArgs(1, d.regulator.address);
    await expect(d.programme.connect(d.regulator).setProjectStatus(3, ProjectStatus.Suspended, "audit")).to.emit(d.programme, "ProjectStatusChanged");
  });

  it("a dismissed expert can no longer give opinions", async () => {
    const d = await networkHelpers.loadFixture(seeded);
    await (await d.programme.connect(d.admin).setExpertFields(d.expert.address, 0, TERM_END)).wait();
    await expect(d.programme.connect(d.expert).attest(request(1, Kind.ExpertOpinion, docHash(ethers))))
      .to.be.revertedWithCustomError(d.programme, "NotExpert")
      .withArgs(HEALTH, d.expert.address);
  });
});

describe("ProgrammeGovernance.getAccount and nonces", () => {
  it("reads every entitlement of an account, and zeros for a stranger", async () => {
    const d = await networkHelpers.loadFixture(seeded);
    const p = d.programme;
    // entity, zone administered, regulated fields, expert fields, nonce, signer since, entity active, office expiry day
    const signer = await p.getAccount(d.signer.address);
    expect(signer.slice(0, 5)).to.deep.equal([1n, 0n, 0n, 0n, 0n]);
    expect(signer.signerSince).to.be.greaterThan(0n);
    expect(signer.entityActive).to.equal(true);
    expect((await p.getAccount(d.otherSigner.address)).slice(0, 5)).to.deep.equal([2n, 0n, 0n, 0n, 0n]);
    expect(await p.getAccount(d.zoneAdmin2.address)).to.deep.equal([0n, 2n, 0n, 0n, 0n, 0n, false, BigInt(TERM_END / 86_400)]);
    expect(await p.getAccount(d.regulator.address)).to.deep.equal([0n, 0n, BigInt(bit(HEALTH) | bit(EDUCATION)), 0n, 0n, 0n, false, BigInt(TERM_END / 86_400)]);
    expect(await p.getAccount(d.expert.address)).to.deep.equal([0n, 0n, 0n, BigInt(bit(HEALTH)), 0n, 0n, false, BigInt(TERM_END / 86_400)]);
    expect(await p.getAccount(d.outsider.address)).to.deep.equal([0n, 0n, 0n, 0n, 0n, 0n, false, 0n]);
    expect(await p.getAccount(d.admin.address)).to.deep.equal([0n, 0n, 0n, 0n, 0n, 0n, false, 0n]);
  });

  it("nonces starts at 0 and moves with each delegated attestation", async () => {
    const d = await networkHelpers.loadFixture(seeded);
    expect(await d.programme.nonces(d.signer.address)).to.equal(0n);
    for (const expected of [1n, 2n]) {
      const req = request(1, Kind.ProgressReport, docHash(ethers));
      const sig = await signAttestation(connection, d.programme, d.signer, req);
      await (await d.programme.connect(d.relayer).attestBySig(req, sig.attester, sig.nonce, sig.deadline, sig.signature)).wait();
      expect(await d.programme.nonces(d.signer.address)).to.equal(expected);
      expect((await d.programme.getAccount(d.signer.address)).nonce).to.equal(expected);
    }
    expect(await d.programme.nonces(d.relayer.address)).to.equal(0n);
  });

  it("a removed signer's nonce moves on by one (NonceIncreased), its tenure fields are cleared", async () => {
    const d = await networkHelpers.loadFixture(seeded);
    const req = request(1, Kind.ProgressReport, docHash(ethers));
    const sig = await signAttestation(connection, d.programme, d.signer2, req);
    await (await d.programme.connect(d.relayer).attestBySig(req, sig.attester, sig.nonce, sig.deadline, sig.signature)).wait();
    await expect(d.programme.connect(d.zoneAdmin).removeSigner(1, d.signer2.address)).to.emit(d.programme, "NonceIncreased").withArgs(d.signer2.address, 1, 2);
    expect(await d.programme.getAccount(d.signer2.address)).to.deep.equal([0n, 0n, 0n, 0n, 2n, 0n, false, 0n]);
  });
});
