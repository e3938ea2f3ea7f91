/**
 * "Dev accounts" connector, used ONLY on the local Hardhat chain (31337).
 * The user picks one of the node's unlocked accounts; every request goes
 * straight to the node's JSON-RPC, which signs (eth_sendTransaction,
 * eth_signTypedData_v4 are served by Hardhat's unlocked accounts).
 * The choice of account (localStorage) and the connection itself (wagmi's storage) outlive a
 * reload: wagmi's reconnect on mount asks isAuthorized(), which reads that flag.
 */
import { createConnector, type CreateConnectorFn } from "wagmi";
import { getAddress, numberToHex, type Address, type EIP1193RequestFn, type EIP1193Provider } from "viem";
import { JsonRpcError, jsonRpcRequest } from "./jsonRpc";
import type { ChainDescription } from "../config/deployment";

export const DEV_ACCOUNTS_CONNECTOR_ID = "devAccounts";
const STORAGE_KEY = "pilot-registry.devAccount";
/** wagmi storage key: set while the dev-accounts connector is connected, cleared by Disconnect. */
export const DEV_CONNECTED_KEY = `${DEV_ACCOUNTS_CONNECTOR_ID}.connected` as const;
type StorageItem = { [DEV_CONNECTED_KEY]: true };

type Emit = (accounts: readonly Address[]) => void;

export interface DevAccountsController {
  readonly connector: CreateConnectorFn;
  /** Currently selected account (persisted in localStorage). */
  selected(): Address | undefined;
  /** Select an account; a connected wallet switches to it live. */
  select(address: Address): void;
}

function readStored(): Address | undefined {
  try {
    const v = globalThis.localStorage?.getItem(STORAGE_KEY);
    return v && /^0x[0-9a-fA-F]{40}$/.test(v) ? getAddress(v) : undefined;
  } catch {
    return undefined;
  }
}

export function createDevAccounts(chain: ChainDescription): DevAccountsController {
  let selected = readStored();
  let connected = false;
  let emitAccounts: Emit | undefined;

  const request = (async ({ method, params }: { method: string; params?: unknown }) => {
    const list = Array.isArray(params) ? (params as unknown[]) : [];
    switch (method) {
      case "eth_requestAccounts":
      case "eth_accounts":
        return selected ? [selected] : [];
      case "eth_chainId":
        return numberToHex(chain.chainId);
      case "wallet_switchEthereumChain": {
        const target = (list[0] as { chainId?: string } | undefined)?.chainId;
        if (target !== undefined && Number(target) === chain.chainId) return null;
        throw new JsonRpcError(4902, "The dev-accounts connector only serves the local chain.");
      }
      default:
        return jsonRpcRequest(chain.rpcUrl, method, list);
    }
  }) as EIP1193RequestFn;

  const provider = {
    request,
    on: () => undefined,
    removeListener: () => undefined,
  } as unknown as EIP1193Provider;

  const connector = createConnector<EIP1193Provider, Record<string, unknown>, StorageItem>((config) => {
    emitAccounts = (accounts) => config.emitter.emit("change", { accounts });
    return {
      id: DEV_ACCOUNTS_CONNECTOR_ID,
      name: "Dev accounts (local node)",
      type: DEV_ACCOUNTS_CONNECTOR_ID,
      async connect(params) {
        if (!selected) {
          const nodeAccounts = (await jsonRpcRequest(chain.rpcUrl, "eth_accounts")) as string[];
          const first = nodeAccounts[0];
          if (!first) throw new JsonRpcError(4100, "The node has no unlocked accounts.");
          selected = getAddress(first);
        }
        connected = true;
        await config.storage?.setItem(DEV_CONNECTED_KEY, true);
        const accounts = [selected];
        const result = params?.withCapabilities
          ? { accounts: accounts.map((address) => ({ address, capabilities: {} })), chainId: chain.chainId }
          : { accounts, chainId: chain.chainId };
        // The conditional return type of connect() cannot be narrowed from a runtime flag.
        return result as never;
      },
      async disconnect() {
        connected = false;
        await config.storage?.removeItem(DEV_CONNECTED_KEY);
      },
      async getAccounts() {
        return connected && selected ? [selected] : [];
      },
      async getChainId() {
        return chain.chainId;
      },
      async getProvider() {
        return provider;
      },
      async isAuthorized() {
        if (selected === undefined) return false;
        if (connected) return true;
        // After a reload: connected before, and not disconnected since.
        return (await config.storage?.getItem(DEV_CONNECTED_KEY)) === true;
      },
      onAccountsChanged(accounts) {
        if (accounts.length === 0) this.onDisconnect();
        else config.emitter.emit("change", { accounts: accounts.map((a) => getAddress(a)) });
      },
      onChainChanged(chainId) {
        config.emitter.emit("change", { chainId: Number(chainId) });
      },
      onDisconnect() {
        connected = false;
        void config.storage?.removeItem(DEV_CONNECTED_KEY);
        config.emitter.emit("disconnect");
      },
    };
  });

  return {
    connector,
    selected: () => selected,
    select(address) {
      selected = getAddress(address);
      try {
        globalThis.localStorage?.setItem(STORAGE_KEY, selected);
      } catch {
        /* storage unavailable: selection lives for this page only */
      }
      if (connected) emitAccounts?.([selected]);
    },
  };
}
