import { describe, expect, it } from "vitest";
import { HARDHAT_LOCAL, resolveDeployment } from "./deployment";

describe("resolveDeployment", () => {
  it("falls back to the local Hardhat chain when the generated file is absent", () => {
    const d = resolveDeployment({});
    expect(d.chain).toEqual({ chainId: 31337, name: "Hardhat local", rpcUrl: "http://127.0.0.1:8545" });
    expect(d.source).toBe("fallback");
    expect(d.contracts).toEqual({});
  });

  it("reads a generated module's `deployment` export", () => {
    const d = resolveDeployment({
      "../generated/deployment.ts": {
        deployment: {
          chainId: 20200,
          name: "FISCO BCOS",
          rpcUrl: "https://rpc.example.test",
          contracts: { Registry: "0x5FbDB2315678afecb367f032d93F642f64180aa3", Bad: "0x12" },
          accountLabels: { "0xF39FD6E51AAD88F6F4CE6AB8827279CFFFB92266": "Programme office" },
          operator: "Example operator",
        },
      },
    });
    expect(d.source).toBe("generated");
    expect(d.chain.chainId).toBe(20200);
    expect(d.contracts).toEqual({ Registry: "0x5FbDB2315678afecb367f032d93F642f64180aa3" });
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
