/** Creating, cloning and querying the model state. */
import type { AccountM, Address, ModelState, EventM } from "./types.js";
import { ZERO_ADDRESS, ev } from "./norm.js";

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
    wallets: {},
  };
}

export const clone = (s: ModelState): ModelState => structuredClone(s);

/** The account record; a fresh zero record (not stored) for an unknown account. */
export function account(s: ModelState, who: Address): AccountM {
  return s.accounts[who] ?? { entityId: 0, zoneAdminOf: 0, regulatorFields: 0, expertFields: 0, nonce: 0n, signerSince: 0, entityActive: false };
}

/** The account record, created in the state for writing. */
export function accountW(s: ModelState, who: Address): AccountM {
  let a = s.accounts[who];
  if (!a) {
    a = { entityId: 0, zoneAdminOf: 0, regulatorFields: 0, expertFields: 0, nonce: 0n, signerSince: 0, entityActive: false };
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
