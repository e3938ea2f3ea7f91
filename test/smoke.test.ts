import { expect } from "chai";
import { network } from "hardhat";
import { seedProgramme, request, docHash, HEALTH } from "./helpers/fixtures.js";
import { Kind } from "@pilot/sdk/domain";

const connection = await network.create();
const seeded = () => seedProgramme(connection);
const { ethers, networkHelpers } = connection;

describe("smoke", () => {
  it("seeds and attests", async () => {
    const d = await networkHelpers.loadFixture(seeded);
    const h = docHash(ethers);
    await expect(d.programme.connect(d.signer).attest(request(1, Kind.ProgressReport, h))).to.emit(d.programme, "Attested");
    const uid = await d.programme.uidOf(h, 0);
    const a = await d.programme.getAttestation(uid);
    expect(a.attester).to.equal(d.signer.address);
    await expect(d.programme.connect(d.outsider).attest(request(1, Kind.Evaluation, docHash(ethers))))
      .to.be.revertedWithCustomError(d.programme, "NotRegulator")
      .withArgs(HEALTH, d.outsider.address);
  });
});
