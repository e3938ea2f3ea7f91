/**
 * Events spoofed by another contract (docs/threat-model.md §3.6): a look-alike `Attested`
 * event from another address never reaches the terminal tool's log reader, and the spoofed
 * uid does not exist in the programme's state.
 */
import { expect } from "chai";
import { network } from "hardhat";
import { seedProgramme, request, docHash } from "../helpers/fixtures.js";
import { Kind } from "@pilot/sdk/domain";
import type { Hex } from "@pilot/sdk/eip712";
import { fetchEvents } from "../../scripts/tasks/runtime/logs.js";
import type { ProgrammeContext } from "../../scripts/tasks/runtime/context.js";
import { DEPLOYMENT_FORMAT } from "../../scripts/deploy/deployment-record.js";

const connection = await network.create();
const { ethers, networkHelpers } = connection;
const seeded = () => seedProgramme(connection);

describe("events spoofed by another contract", () => {
  it("the log reader only takes the programme's own events; the spoofed uid is unknown to the programme", async () => {
    const d = await networkHelpers.loadFixture(seeded);
    const genuine = docHash(ethers, "genuine");
    await (await d.programme.connect(d.signer).attest(request(1, Kind.ProgressReport, genuine))).wait();

    const spoofer = await ethers.deployContract("EventSpooferMock");
    const fakeUid = ethers.keccak256(ethers.toUtf8Bytes("fake")) as Hex;
    await (await spoofer.spoofAttested(fakeUid, 1, d.regulator.address, docHash(ethers, "forged"))).wait();

    // the same event signature, so an address-blind indexer would take it
    const blind = await ethers.provider.getLogs({ fromBlock: 0, topics: [d.programme.interface.getEvent("Attested").topicHash] });
    expect(blind.map((l) => l.topics[1])).to.include(fakeUid);

    // the tool's reader needs only these parts of a task context
    const ctx = {
      connection,
      iface: d.programme.interface,
      record: {
        format: DEPLOYMENT_FORMAT,
        chainId: 31337,
        network: "hardhat",
        programme: (await d.programme.getAddress()) as Hex,
        reader: (await d.reader.getAddress()) as Hex,
        deploymentBlock: 0,
        deployedAt: "",
      },
    } as unknown as ProgrammeContext;
    const events = await fetchEvents(ctx, { events: ["Attested"] });
    const uids = events.map((e) => e.event.args.uid as string);
    expect(uids).to.include(await d.programme.uidOf(genuine, 0));
    expect(uids).to.not.include(fakeUid);
    expect(events.every((e) => e.log.address === ctx.record.programme)).to.equal(true);

    await expect(d.programme.getAttestation(fakeUid)).to.be.revertedWithCustomError(d.programme, "UnknownAttestation").withArgs(fakeUid);
  });
});
