/**
 * An EIP-1193 wallet injected into every page (page.addInitScript) that
 * forwards JSON-RPC to a node and announces itself via EIP-6963, so the app's
 * REAL injected-wallet path is exercised. Tests steer it through
 * window.__e2eWallet (see the helpers at the bottom).
 */
import type { Page } from "playwright-core";

export interface E2EWalletOptions {
  /** Node URL the wallet forwards to (accounts come from its eth_accounts unless `accounts` is set). */
  readonly rpcUrl: string;
  /** The chain the wallet starts on. */
  readonly chainId: number;
  /** Fixed accounts (skips the node's eth_accounts; lets the wallet connect with no node). */
  readonly accounts?: readonly string[];
  readonly uuid?: string;
}

export interface E2EWalletControl {
  /** Change the wallet's chain and emit chainChanged (like the user switching network in the wallet). */
  setChainId(chainId: number): void;
  /** Make the wallet forget a chain, so switching to it fails with 4902. */
  forgetChain(chainId: number): void;
  /** Replace the accounts and emit accountsChanged. */
  setAccounts(accounts: readonly string[]): void;
  /** The next request with this method is rejected by the "user" (error 4001). */
  rejectNext(method: string): void;
  /** Methods requested so far, in order. */
  readonly log: string[];
  readonly chainId: number;
}

export const E2E_WALLET_INFO = { name: "E2E Wallet", rdns: "dev.e2e.wallet" } as const;

/** Runs inside the page. Self-contained: it must not reference anything outside itself. */
export function e2eWalletInitScript(opts: E2EWalletOptions): void {
  type Listener = (...args: unknown[]) => void;
  const listeners = new Map<string, Set<Listener>>();
  const known = new Set<number>([opts.chainId]);
  const rejects = new Set<string>();
  const log: string[] = [];
  let chainId = opts.chainId;
  let accounts: string[] | undefined = opts.accounts ? [...opts.accounts] : undefined;
  let connected = false;
  let nextId = 1;

  const hex = (n: number) => `0x${n.toString(16)}`;
  const emit = (event: string, ...args: unknown[]) => listeners.get(event)?.forEach((fn) => fn(...args));
  const rpcError = (code: number, message: string) => Object.assign(new Error(message), { code });

  async function node(method: string, params: unknown): Promise<unknown> {
    const res = await fetch(opts.rpcUrl, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ jsonrpc: "2.0", id: nextId++, method, params: params ?? [] }),
    });
    const body = (await res.json()) as { result?: unknown; error?: { code: number; message: string } };
    if (body.error) throw rpcError(body.error.code, body.error.message);
    return body.result;
  }
  async function loadAccounts(): Promise<string[]> {
    if (!accounts) accounts = ((await node("eth_accounts", [])) as string[]).slice();
    return accounts;
  }

  const provider = {
    isE2EWallet: true,
    async request({ method, params }: { method: string; params?: unknown }): Promise<unknown> {
      log.push(method);
      if (rejects.has(method)) {
        rejects.delete(method);
        throw rpcError(4001, "User rejected the request.");
      }
      const first = Array.isArray(params) ? (params[0] as { chainId?: string } | undefined) : undefined;
      switch (method) {
        case "eth_chainId":
          return hex(chainId);
        case "net_version":
          return String(chainId);
        case "eth_requestAccounts": {
          connected = true;
          const list = await loadAccounts();
          emit("connect", { chainId: hex(chainId) });
          return list;
        }
        case "eth_accounts":
          return connected ? loadAccounts() : [];
        case "wallet_requestPermissions":
          connected = true;
          await loadAccounts();
          return [{ parentCapability: "eth_accounts" }];
        case "wallet_getPermissions":
          return connected ? [{ parentCapability: "eth_accounts" }] : [];
        case "wallet_revokePermissions":
          connected = false;
          emit("accountsChanged", []);
          return null;
        case "wallet_switchEthereumChain": {
          const id = Number(first?.chainId);
          if (!known.has(id)) throw rpcError(4902, `Unrecognized chain ID ${hex(id)}.`);
          if (id !== chainId) {
            chainId = id;
            emit("chainChanged", hex(id));
          }
          return null;
        }
        case "wallet_addEthereumChain": {
          const id = Number(first?.chainId);
          known.add(id);
          if (id !== chainId) {
            chainId = id;
            emit("chainChanged", hex(id));
          }
          return null;
        }
        default:
          return node(method, params);
      }
    },
    on(event: string, fn: Listener) {
      if (!listeners.has(event)) listeners.set(event, new Set());
      listeners.get(event)?.add(fn);
      return provider;
    },
    removeListener(event: string, fn: Listener) {
      listeners.get(event)?.delete(fn);
      return provider;
    },
  };

  const control: E2EWalletControl = {
    setChainId(id) {
      known.add(id);
      chainId = id;
      emit("chainChanged", hex(id));
    },
    forgetChain(id) {
      known.delete(id);
    },
    setAccounts(list) {
      accounts = [...list];
      emit("accountsChanged", accounts);
    },
    rejectNext(method) {
      rejects.add(method);
    },
    log,
    get chainId() {
      return chainId;
    },
  };
  (window as unknown as { __e2eWallet: E2EWalletControl }).__e2eWallet = control;

  const icon =
    "data:image/svg+xml;base64," +
    btoa(
      '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 24 24"><rect width="24" height="24" rx="6" fill="#0f766e"/><text x="12" y="16" font-size="11" text-anchor="middle" fill="#fff" font-family="sans-serif">E2E</text></svg>',
    );
  const detail = Object.freeze({
    info: Object.freeze({ uuid: opts.uuid ?? crypto.randomUUID(), name: "E2E Wallet", icon, rdns: "dev.e2e.wallet" }),
    provider,
  });
  const announce = () => window.dispatchEvent(new CustomEvent("eip6963:announceProvider", { detail }));
  window.addEventListener("eip6963:requestProvider", announce);
  announce();
}

/** Injects the wallet into every page (and every navigation) of `page`. */
export async function installE2EWallet(page: Page, options: E2EWalletOptions): Promise<void> {
  await page.addInitScript(e2eWalletInitScript, options);
}

type WalletWindow = Window & { __e2eWallet: E2EWalletControl };

export const walletSetChain = (page: Page, chainId: number) => page.evaluate((id) => (window as unknown as WalletWindow).__e2eWallet.setChainId(id), chainId);
export const walletForgetChain = (page: Page, chainId: number) =>
  page.evaluate((id) => (window as unknown as WalletWindow).__e2eWallet.forgetChain(id), chainId);
export const walletSetAccounts = (page: Page, accounts: readonly string[]) =>
  page.evaluate((list) => (window as unknown as WalletWindow).__e2eWallet.setAccounts(list), [...accounts]);
export const walletRejectNext = (page: Page, method: string) => page.evaluate((m) => (window as unknown as WalletWindow).__e2eWallet.rejectNext(m), method);
export const walletLog = (page: Page): Promise<string[]> => page.evaluate(() => [...(window as unknown as WalletWindow).__e2eWallet.log]);
