/** The reference model: `step` runs one transaction all-or-nothing, like the EVM. */
export * from "./types.js";
export * from "./norm.js";
export * from "./state.js";
export * as gov from "./governance.js";
export * as reg from "./registry.js";
export * as log from "./log.js";

import { Refusal, type EventM, type ModelState, type Address } from "./types.js";
import { clone, type Ctx } from "./state.js";

export type Outcome = { ok: true; events: EventM[]; state: ModelState } | { ok: false; error: Refusal };

/** Runs `fn` on a copy of `s` as `sender`; on a refusal the original state is untouched. */
export function step(s: ModelState, sender: Address, fn: (c: Ctx) => void): Outcome {
  const c: Ctx = { s: clone(s), sender, events: [] };
  try {
    fn(c);
  } catch (e) {
    if (e instanceof Refusal) return { ok: false, error: e };
    throw e;
  }
  return { ok: true, events: c.events, state: c.s };
}
