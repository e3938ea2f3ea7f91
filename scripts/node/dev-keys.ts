/**
 * The local node's dev accounts: the well-known Hardhat test mnemonic, HD path
 * m/44'/60'/0'/0/i. PUBLIC KEYS FOR LOCAL USE ONLY: anyone can derive them;
 * never fund them on a real chain.
 *
 * Hardhat derives HD accounts slowly at node start-up (~30 ms each); the
 * sample needs ~200, so hardhat.config.ts passes the node explicit private
 * keys derived here once (ethers, ~4 ms each) and cached under cache/.
 */
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { HDNodeWallet, Mnemonic } from "ethers";

export const DEV_MNEMONIC = "test test test test test test test test test test test junk";
export const DEV_HD_PATH = "m/44'/60'/0'/0";
/** Unlocked accounts of the local node: the sample needs 207 (one per role), then 16 for the governed office's seats. */
export const DEV_ACCOUNT_COUNT = 224;
/** 10,000 ETH, as Hardhat's default. */
export const DEV_ACCOUNT_BALANCE = 10n ** 22n;

const CACHE_FILE = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../../cache/dev-accounts.json");

interface KeyCache {
  mnemonic: string;
  path: string;
  keys: string[];
}

function readCache(count: number): string[] | null {
  try {
    const cache = JSON.parse(readFileSync(CACHE_FILE, "utf8")) as KeyCache;
    if (cache.mnemonic === DEV_MNEMONIC && cache.path === DEV_HD_PATH && cache.keys.length >= count) return cache.keys.slice(0, count);
  } catch {
    /* no cache yet, or unreadable: derive */
  }
  return null;
}

/** The HD root of the dev accounts (derive child `i` for account #i). */
export function devRoot(): HDNodeWallet {
  return HDNodeWallet.fromMnemonic(Mnemonic.fromPhrase(DEV_MNEMONIC), DEV_HD_PATH);
}

/** Private keys of dev accounts #0 .. #count-1. */
export function devPrivateKeys(count: number = DEV_ACCOUNT_COUNT): string[] {
  const cached = readCache(count);
  if (cached) return cached;
  const root = devRoot();
  const keys = Array.from({ length: count }, (_, i) => root.deriveChild(i).privateKey);
  try {
    mkdirSync(path.dirname(CACHE_FILE), { recursive: true });
    writeFileSync(CACHE_FILE, JSON.stringify({ mnemonic: DEV_MNEMONIC, path: DEV_HD_PATH, keys } satisfies KeyCache) + "\n");
  } catch {
    /* read-only checkout: derive again next time */
  }
  return keys;
}
