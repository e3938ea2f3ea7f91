/** sdk/deployment: one Deployment, built by one function, read by one parser; the dApp's generated file is one. */
import { expect } from "chai";
import { DEPLOYMENT_FORMAT, deployment, deploymentRecord, parseDeployment, parseSuite, type Deployment } from "@pilot/sdk/deployment";
import { dappDeployment, renderGeneratedFile } from "../../scripts/deploy/generated-file.js";

const P = "0x5FbDB2315678afecb367f032d93F642f64180aa3";
const R = "0xe7f1725E7734CE288F8367e1Bb143E90bb3F0512";
const G = {
  governor: "0x9fE46736679d2D9a65F0992F2272dE9f3c7fa6e0",
  timelock: "0xCf7Ed3AccA5a467e9e704C703E8D87F634fB0Fc9",
  seats: "0xDc64a140Aa3E981100a9becA4E685f962f0cF6C9",
} as const;
const record = deploymentRecord({
  chainId: 31337,
  network: "localhost",
  programme: P,
  reader: R,
  deploymentBlock: 3,
  deployedAt: "2026-12-02T00:00:00.000Z",
  operator: undefined,
  governance: G,
});

describe("sdk/deployment", () => {
  it("a record is stamped with its format and leaves absent options out", () => {
    expect(record.format).to.equal(DEPLOYMENT_FORMAT);
    expect(record).to.not.have.property("operator");
    expect(record.governance).to.deep.equal(G);
  });

  it("what `deployment` builds, `parseDeployment` reads back, through JSON (VITE_DEPLOYMENT)", () => {
    const d = deployment({
      ...record,
      name: "Hardhat local",
      rpcUrl: "http://127.0.0.1:8545",
      accountLabels: { [P]: "Programme office" },
      indexerUrl: "http://127.0.0.1:42069",
    });
    expect(d.accountLabels).to.deep.equal({ [P.toLowerCase()]: "Programme office" });
    expect(d).to.not.have.property("format");
    expect(parseDeployment(JSON.parse(JSON.stringify(d)))).to.deep.equal(d);
    expect(parseSuite(JSON.parse(JSON.stringify(d)))).to.deep.equal({
      programme: P,
      reader: R,
      deploymentBlock: 3,
      accountLabels: d.accountLabels,
      governance: G,
    });
  });

  it("refuses a deployment without its chain, addresses or block; drops a malformed option", () => {
    const d: Deployment = deployment({ chainId: 1, name: "X", rpcUrl: "https://x.test", programme: P, reader: R, deploymentBlock: 0 });
    expect(parseDeployment(d)).to.deep.equal({ ...d, accountLabels: {} });
    for (const key of ["chainId", "name", "rpcUrl", "programme", "reader", "deploymentBlock"] as const) {
      const { [key]: _dropped, ...rest } = d;
      expect(parseDeployment(rest), key).to.equal(undefined);
    }
    expect(parseDeployment({ ...d, deploymentBlock: "7" })).to.equal(undefined);
    expect(parseDeployment({ ...d, indexerUrl: "ftp://x", operator: "a name, not an operator", governance: { ...G, seats: "0x12" } })).to.deep.equal(
      parseDeployment(d),
    );
  });

  it("the dApp's generated file holds the `deployment` the sdk builds, declared `satisfies Deployment`", async () => {
    const input = {
      record,
      chainName: "Hardhat local",
      rpcUrl: "http://127.0.0.1:8545",
      accounts: [{ address: P, label: "Programme office", role: "office", hdIndex: 0 }],
      seeded: true,
      indexerUrl: "http://127.0.0.1:42069",
    };
    const text = await renderGeneratedFile(input);
    const literal = /export const deployment = (\{[\s\S]*?\n\}) as const satisfies Deployment;/.exec(text)?.[1];
    expect(literal, text).to.be.a("string");
    const written: unknown = JSON.parse(literal ?? "");
    expect(written).to.deep.equal(dappDeployment(input));
    expect(parseDeployment(written)).to.deep.equal(written);
    expect(text).to.contain("export { pilotProgrammeAbi, programmeReaderAbi };");
  });
});
