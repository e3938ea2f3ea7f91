/** Creating, cloning and querying the model state. */
import type { AccountM, Address, ModelState, EventM } from "./types.js";
import { ZERO_ADDRESS, ev, refuse } from "./norm.js";

export const FIELD_COUNT = 17;
export const VALID_FIELDS = (2 ** FIELD_COUNT - 1) >>> 0;
export const MAX_HASH_COUNT = 65_535;
/** The contracts' bounds (contracts/state/ProgrammeState.sol); the sdk's LIMITS mirrors them. */
export const MAX = { name: 200, title: 200, region: 100, uri: 512, reason: 512, signers: 16, nonceJump: 2n ** 32n - 1n } as const;
/** Length in UTF-8 bytes, as the contracts count. */
export const bytesOf = (x: string): number => Buffer.byteLength(x, "utf8");

export function initialState(admin: Address, adminDelay: number, now: number): ModelState {
  return {
    now,
    paused: false,
    zones: [],
    entities: [],
    projects: [],
    accounts: {},
    attestations: {},
    log: [],
    hashCount: {},
    admin: {
      defaultAdmin: admin,
      pendingAdmin: ZERO_ADDRESS,
      pendingAdminSchedule: 0,
      currentDelay: adminDelay,
      pendingDelay: 0,
      pendingDelaySchedule: 0,
      otherRoles: {},
    },
    guardian: ZERO_ADDRESS,
    wallets: {},
  };
}

export const clone = (s: ModelState): ModelState => structuredClone(s);

export const ZERO_ACCOUNT: AccountM = {
  entityId: 0,
  zoneAdminOf: 0,
  regulatorFields: 0,
  expertFields: 0,
  nonce: 0n,
  signerSince: 0,
  entityActive: false,
  officeExpiryDay: 0,
};

export const DAY = 86_400;
/** The last UTC day an office's term may end on (uint16 days). */
export const MAX_EXPIRY_DAY = 65_535;

/**
 * `_requireInOffice`: the account's term ended (the check runs after the office was found held),
 * judged at the block the transaction lands in.
 */
export function requireInOffice(s: ModelState, who: Address, office: number): void {
  const expiry = account(s, who).officeExpiryDay * DAY;
  if (s.now >= expiry) refuse("OfficeExpired", who, office, expiry);
}

/** `_setTerm`: the account's offices expire at `expiresAt` rounded up to a UTC midnight; returns that. */
export function setTerm(c: Ctx, who: Address, expiresAt: number): number {
  const day = Math.ceil(expiresAt / DAY);
  if (day * DAY <= c.s.now || day > MAX_EXPIRY_DAY) refuse("InvalidOfficeExpiry", expiresAt);
  accountW(c.s, who).officeExpiryDay = day;
  return day * DAY;
}

/** The account record; a fresh zero record (not stored) for an unknown account. */
export function account(s: ModelState, who: Address): AccountM {
  return s.accounts[who] ?? { ...ZERO_ACCOUNT };
}

/** The account record, created in the state for writing. */
export function accountW(s: ModelState, who: Address): AccountM {
  let a = s.accounts[who];
  if (!a) {
    a = { ...ZERO_ACCOUNT };
    s.accounts[who] = a;
  }
  return a;
}

/** Context of one transaction: the state being changed, its sender, the events it emits. */
export interface Ctx {
  s: ModelState;
  sender: Address;
  events: EventM[];
}

/** `_bumpNonce`: a role ended, so every signature the account made and never sent is void. */
export function bumpNonce(c: Ctx, who: Address): void {
  const a = accountW(c.s, who);
  const current = a.nonce;
  a.nonce = current + 1n;
  c.events.push(ev("NonceIncreased", who, current, current + 1n));
}

export const totals = (s: ModelState) => ({
  zones: s.zones.length,
  entities: s.entities.length,
  projects: s.projects.length,
  attestations: s.log.length,
});
