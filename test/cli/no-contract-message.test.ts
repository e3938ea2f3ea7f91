/**
 * The terminal tool's advice when the deployment record names an address with no code: on Hardhat's
 * in-process chain (a task run without --network) it points at --network localhost instead of
 * calling the record stale and sending the user to redeploy (issue 12, point 1).
 */
import { expect } from "chai";
import { noContractMessage } from "../../scripts/tasks/runtime/context.js";

const ADDRESS = "0x5FbDB2315678afecb367f032d93F642f64180aa3";

describe("terminal tool: no contract at the recorded address", () => {
  it("without --network (Hardhat's in-process chain) it says so and names --network localhost, not 'deploy again'", () => {
    const message = noContractMessage("default", "edr-simulated", 31337n, ADDRESS);
    expect(message).to.match(/in-process chain, which starts empty on every run/);
    expect(message).to.match(/--network localhost/);
    expect(message).not.to.match(/stale|deploy again/);
  });

  it("on a real node (http) the record is stale: redeploy", () => {
    const message = noContractMessage("localhost", "http", 31337n, ADDRESS);
    expect(message).to.equal(
      `no contract at ${ADDRESS} on chain 31337 (network localhost): the deployment record is stale (was the node restarted?); deploy again`,
    );
  });
});
