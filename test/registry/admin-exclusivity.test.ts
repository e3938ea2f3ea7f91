/**
 * "An account is either an entity signer or an official, never both" (types/ProgrammeTypes.sol,
 * `Account`): enforced for zone administrators, regulators, experts and, at `addSigner`, for the
 * current programme admin, but not when the programme admin role moves to a new account.
 * These tests state the intended behaviour; see the report that introduced them.
 */
import { expect } from "chai";
import { network } from "hardhat";
import { seedProgramme, signConsent, ADMIN_DELAY } from "../helpers/fixtures.js";

const connection = await network.create();
const { ethers, networkHelpers } = connection;
const seeded = () => seedProgramme(connection);

describe("ProgrammeGovernance: the programme admin is never an entity signer", () => {
  it("refuses to begin a transfer to an entity signer (AccountIsEntitySigner)", async () => {
    const d = await networkHelpers.loadFixture(seeded);
    await expect(d.programme.connect(d.admin).beginDefaultAdminTransfer(d.signer.address))
      .to.be.revertedWithCustomError(d.programme, "AccountIsEntitySigner")
      .withArgs(d.signer.address, 1);
  });

  it("finding 3: the pending programme admin can never be registered as a signer, even with its consent, so the transfer cannot be blocked", async () => {
    const d = await networkHelpers.loadFixture(seeded);
    await (await d.programme.connect(d.admin).beginDefaultAdminTransfer(d.outsider.address)).wait();
    const consent = await signConsent(ethers, d.programme, d.outsider, 1);
    await expect(d.programme.connect(d.zoneAdmin).addSigner(1, consent))
      .to.be.revertedWithCustomError(d.programme, "AccountHoldsOffice")
      .withArgs(d.outsider.address);
    await networkHelpers.time.increase(ADMIN_DELAY + 1);
    await (await d.programme.connect(d.outsider).acceptDefaultAdminTransfer()).wait();
    expect(await d.programme.defaultAdmin()).to.equal(d.outsider.address);
  });
});
