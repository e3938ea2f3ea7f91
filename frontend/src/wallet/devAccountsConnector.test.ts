/** Issue 12: a dev-account connection outlives a reload (wagmi's reconnect on mount), and Disconnect ends it. */
import { describe, expect, it } from "vitest";
import { createConfig, createStorage, http } from "wagmi";
import { connect, disconnect, getConnection, reconnect } from "wagmi/actions";
import { chainFromDescription } from "../config/chain";
import { createDevAccounts } from "./devAccountsConnector";

const chain = { chainId: 31337, name: "Hardhat local", rpcUrl: "http://127.0.0.1:1" };
const ACCOUNT = "0x70997970C51812dc3A010C7d01b50e0d17dc79C8";

/** One page load: a fresh connector and wagmi config over the same browser storage. */
function load(storage: Map<string, string>) {
  const devAccounts = createDevAccounts(chain);
  const target = chainFromDescription(chain);
  const config = createConfig({
    chains: [target],
    connectors: [devAccounts.connector],
    multiInjectedProviderDiscovery: false,
    storage: createStorage({
      storage: { getItem: (k) => storage.get(k) ?? null, setItem: (k, v) => void storage.set(k, v), removeItem: (k) => void storage.delete(k) },
    }),
    transports: { [target.id]: http(chain.rpcUrl) },
  });
  return { devAccounts, config };
}

describe("dev-accounts connector", () => {
  it("reconnects the chosen account after a reload, and not after Disconnect", async () => {
    const storage = new Map<string, string>();
    const first = load(storage);
    first.devAccounts.select(ACCOUNT);
    await connect(first.config, { connector: first.config.connectors[0]! });
    expect(getConnection(first.config).address).toBe(ACCOUNT);

    const second = load(storage); // the reload
    await reconnect(second.config);
    expect(getConnection(second.config).status).toBe("connected");
    expect(getConnection(second.config).address).toBe(ACCOUNT);

    await disconnect(second.config);
    const third = load(storage);
    await reconnect(third.config);
    expect(getConnection(third.config).status).toBe("disconnected");
  });

  it("a page that never connected does not connect on its own", async () => {
    const fresh = load(new Map());
    fresh.devAccounts.select(ACCOUNT);
    await reconnect(fresh.config);
    expect(getConnection(fresh.config).status).toBe("disconnected");
  });
});
