// @vitest-environment node
import { describe, expect, it } from "vitest";
import { HARDHAT_LOCAL, resolveDeployment } from "./deployment";

describe("resolveDeployment", () => {
  it("falls back to the local Hardhat chain when the generated file is absent", () => {
    const d = resolveDeployment({});
    expect(d.chain).toEqual({ chainId: 31337, name: "Hardhat local", rpcUrl: "http://127.0.0.1:8545" });
    expect(d.source).toBe("fallback");
    expect(d.programme).toBeUndefined();
  });

  it("reads a generated module's `deployment` export", () => {
    const d = resolveDeployment({
      "../generated/deployment.ts": {
        deployment: {
          chainId: 20200,
          name: "FISCO BCOS",
          rpcUrl: "https://rpc.example.test",
          programme: "0x5FbDB2315678afecb367f032d93F642f64180aa3",
          reader: "0xe7f1725E7734CE288F8367e1Bb143E90bb3F0512",
          deploymentBlock: 12,
          accountLabels: { "0xF39FD6E51AAD88F6F4CE6AB8827279CFFFB92266": "Programme office", "0x12": "bad" },
          operator: { name: "Example operator", contact: "ops@example.test" },
        },
      },
    });
    expect(d.source).toBe("generated");
    expect(d.chain.chainId).toBe(20200);
    expect(d.programme).toBe("0x5FbDB2315678afecb367f032d93F642f64180aa3");
    expect(d.accountLabels).toEqual({ "0xf39fd6e51aad88f6f4ce6ab8827279cfffb92266": "Programme office" });
    expect(d.operator).toBe("Example operator");
  });

  it("ignores a malformed generated module", () => {
    const d = resolveDeployment({ x: { deployment: { chainId: "1", name: "", rpcUrl: "ftp://x" } } });
    expect(d.chain).toEqual(HARDHAT_LOCAL);
    expect(d.source).toBe("fallback");
  });

  it("applies build-time env overrides", () => {
    const d = resolveDeployment({}, { VITE_RPC_URL: "http://127.0.0.1:9999", VITE_CHAIN_ID: "1337" });
    expect(d.chain).toEqual({ chainId: 1337, name: "Hardhat local", rpcUrl: "http://127.0.0.1:9999" });
  });
});

describe("resolveDeployment: contracts", () => {
  const P = "0x5FbDB2315678afecb367f032d93F642f64180aa3";
  const R = "0xe7f1725E7734CE288F8367e1Bb143E90bb3F0512";
  it("reads programme, reader and deployment block, from the `deployment` or the default export", () => {
    const a = resolveDeployment({
      m: { deployment: { chainId: 31337, name: "Local", rpcUrl: "http://127.0.0.1:8545", programme: P, reader: R, deploymentBlock: 7 } },
    });
    expect(a.programme).toBe(P);
    expect(a.reader).toBe(R);
    expect(a.deploymentBlock).toBe(7n);
    const b = resolveDeployment({
      m: { default: { chainId: 5, name: "X", rpcUrl: "https://x.test", programme: P, reader: R, deploymentBlock: 16, accountLabels: {} } },
    });
    expect(b.programme).toBe(P);
    expect(b.deploymentBlock).toBe(16n);
  });
  it("takes only the sdk's shape: no other spelling of the addresses, labels or block", () => {
    const chain = { chainId: 31337, name: "L", rpcUrl: "http://127.0.0.1:1" };
    for (const other of [
      { ...chain, contracts: { PilotProgramme: P, ProgrammeReader: R }, deploymentBlock: 7 },
      { chain, programme: P, reader: R, deploymentBlock: 7 },
      { ...chain, programme: P, reader: R, deploymentBlock: "0x10" },
      { ...chain, programme: P, reader: "0x1", deploymentBlock: 7 },
    ]) {
      expect(resolveDeployment({ m: { deployment: other } }).source, JSON.stringify(other)).toBe("fallback");
    }
    const listed = resolveDeployment({
      m: { deployment: { ...chain, programme: P, reader: R, deploymentBlock: 7, accounts: [{ address: P, label: "Programme office" }] } },
    });
    expect(listed.accountLabels).toEqual({});
  });
  it("VITE_DEPLOYMENT (build-time JSON) wins over the generated file", () => {
    const d = resolveDeployment(
      { m: { deployment: { chainId: 1, name: "Gen", rpcUrl: "https://gen.test", programme: R, reader: R, deploymentBlock: 1 } } },
      { VITE_DEPLOYMENT: JSON.stringify({ chainId: 31337, name: "Env", rpcUrl: "http://127.0.0.1:9", programme: P, reader: R, deploymentBlock: 3 }) },
    );
    expect(d.chain.name).toBe("Env");
    expect(d.programme).toBe(P);
    expect(d.deploymentBlock).toBe(3n);
  });
  it("VITE_DEPLOYMENT=none ignores the generated file", () => {
    const d = resolveDeployment(
      { m: { deployment: { chainId: 1, name: "Gen", rpcUrl: "https://gen.test", programme: P, reader: R, deploymentBlock: 1 } } },
      { VITE_DEPLOYMENT: "none" },
    );
    expect(d.source).toBe("fallback");
    expect(d.programme).toBeUndefined();
  });
});

describe("resolveDeployment: the indexer", () => {
  const base = {
    chainId: 31337,
    name: "Local",
    rpcUrl: "http://127.0.0.1:8545",
    programme: "0x5FbDB2315678afecb367f032d93F642f64180aa3",
    reader: "0xe7f1725E7734CE288F8367e1Bb143E90bb3F0512",
    deploymentBlock: 1,
  };
  it("reads `indexerUrl` from the generated file (trailing slashes dropped; anything but http(s) refused)", () => {
    expect(resolveDeployment({ m: { deployment: { ...base, indexerUrl: "http://127.0.0.1:42069/" } } }).indexerUrl).toBe("http://127.0.0.1:42069");
    expect(resolveDeployment({ m: { deployment: { ...base, indexerUrl: "ftp://x" } } }).indexerUrl).toBeUndefined();
    expect(resolveDeployment({ m: { deployment: base } }).indexerUrl).toBeUndefined();
  });
  it("VITE_INDEXER_URL overrides it, and `none` builds the limited mode", () => {
    const gen = { m: { deployment: { ...base, indexerUrl: "http://127.0.0.1:42069" } } };
    expect(resolveDeployment(gen, { VITE_INDEXER_URL: "https://index.example.org/pilot" }).indexerUrl).toBe("https://index.example.org/pilot");
    expect(resolveDeployment(gen, { VITE_INDEXER_URL: "none" }).indexerUrl).toBeUndefined();
    expect(resolveDeployment(gen, { VITE_INDEXER_URL: "" }).indexerUrl).toBe("http://127.0.0.1:42069");
    expect(resolveDeployment({}, { VITE_INDEXER_URL: "http://127.0.0.1:9" }).indexerUrl).toBe("http://127.0.0.1:9");
  });

  it("reads the governance addresses, and a local dev chain's other deployment (never a real network's)", () => {
    const G = {
      governor: "0x5FbDB2315678afecb367f032d93F642f64180aa3",
      timelock: "0xe7f1725E7734CE288F8367e1Bb143E90bb3F0512",
      seats: "0x9fE46736679d2D9a65F0992F2272dE9f3c7fa6e0",
    };
    const local = {
      "../generated/deployment.ts": {
        deployment: {
          chainId: 31337,
          name: "Hardhat local",
          rpcUrl: "http://127.0.0.1:8545",
          programme: G.governor,
          reader: G.seats,
          deploymentBlock: 9,
          indexerUrl: "http://127.0.0.1:42069",
          governance: G,
        },
      },
    };
    expect(resolveDeployment(local).governance).toEqual(G);
    expect(
      resolveDeployment(local, {}, JSON.stringify({ programme: G.seats, reader: G.seats, deploymentBlock: 1, governance: { ...G, seats: "0x12" } })).governance,
    ).toBeUndefined();
    const other = resolveDeployment(
      local,
      {},
      JSON.stringify({
        programme: G.timelock,
        reader: G.governor,
        deploymentBlock: 40,
        governance: G,
        accountLabels: { [G.seats]: "Seat: Ministry of Commerce" },
      }),
    );
    expect(other).toMatchObject({
      source: "dev-override",
      programme: G.timelock,
      reader: G.governor,
      deploymentBlock: 40n,
      governance: G,
      chain: { rpcUrl: "http://127.0.0.1:8545" },
    });
    expect(other.indexerUrl).toBeUndefined();
    expect(other.accountLabels).toEqual({ [G.seats.toLowerCase()]: "Seat: Ministry of Commerce" });
    const real = { "../generated/deployment.ts": { deployment: { ...local["../generated/deployment.ts"].deployment, chainId: 9090 } } };
    expect(resolveDeployment(real, {}, JSON.stringify({ programme: G.timelock, reader: G.governor, deploymentBlock: 40 })).programme).toBe(G.governor);
    expect(resolveDeployment(local, {}, JSON.stringify({ programme: G.timelock })).programme, "an override without its reader and block").toBe(G.governor);
    expect(resolveDeployment(local, {}, "not json").programme).toBe(G.governor);
  });
});
