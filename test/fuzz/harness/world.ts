/**
 * The world one fuzz run acts on: the deployed contracts, the reference model, and the
 * invariant checker. `exec` runs one transaction on both and fails on the first disagreement.
 */
import type { ContractTransactionResponse, Interface, Log } from "ethers";
import type { NetworkHelpers } from "@nomicfoundation/hardhat-network-helpers/types";
import type { PilotProgramme } from "../../../types/ethers-contracts/index.js";
import { type Ctx, type EventM, type ModelState, type Outcome, norm, step, lc } from "../model/index.js";
import { type Sys, type View, diffViews, viewOfChain, viewOfModel } from "./view.js";
import { Invariants, type StepInfo } from "./invariants.js";
import type { RequestM } from "../model/log.js";

export const GAS_LIMIT = 8_000_000;

/** The arguments of one `attestBySig` call: request, attester, nonce, deadline, signature. */
export type SigCall = [RequestM, string, bigint, bigint, string];

export interface ChainOutcome {
  ok: boolean;
  error?: { name: string; args: string[] };
  events: EventM[];
  block: number;
}

/** Finds the revert data in whatever shape the provider threw it. */
function revertData(e: unknown, depth = 0): string | null {
  if (depth > 6 || e === null || typeof e !== "object") return null;
  const o = e as Record<string, unknown>;
  if (typeof o.data === "string" && o.data.startsWith("0x")) return o.data;
  for (const k of ["error", "info", "cause", "data"]) {
    const d = revertData(o[k], depth + 1);
    if (d) return d;
  }
  return null;
}

export function decodeError(iface: Interface, data: string): { name: string; args: string[] } {
  if (data === "0x") return { name: "EmptyRevert", args: [] };
  if (data.startsWith("0x4e487b71")) return { name: "Panic", args: [norm(BigInt(`0x${data.slice(10)}`))] };
  const parsed = iface.parseError(data);
  if (!parsed) return { name: "Unknown", args: [data] };
  return { name: parsed.name, args: parsed.args.toArray().map(norm) };
}

export function decodeLogs(iface: Interface, programme: string, logs: readonly Log[]): EventM[] {
  return logs.map((l) => {
    if (lc(l.address) !== programme) return { name: `foreign@${lc(l.address)}`, args: [l.data] };
    const parsed = iface.parseLog(l);
    if (!parsed) return { name: "unparsed", args: [l.data] };
    return { name: parsed.name, args: parsed.args.toArray().map(norm) };
  });
}

export class FuzzFailure extends Error {}

const FULL_READS = process.env.FUZZ_FULL_READS === "1";

/** Per command: successes and refusals by error name, over every run (printed by the test). */
export const stats = new Map<string, { ok: number; refused: Map<string, number> }>();

export function statsReport(): string {
  return [...stats.entries()]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([k, v]) => {
      const refused = [...v.refused.entries()]
        .sort((a, b) => b[1] - a[1])
        .map(([e, n]) => `${e} ${n}`)
        .join(", ");
      return `        ${k}: ${v.ok} ok${refused ? `; refused: ${refused}` : ""}`;
    })
    .join("\n");
}

export class World {
  model: ModelState;
  lastTs: number;
  view: View;
  /** Hashes whose attestation count is compared after each step. */
  hashes: string[];
  /** Signed packages the chain accepted (to replay them later). */
  accepted: { args: SigCall; label: string; signedBy: string | null }[] = [];
  /** Signed packages voided by `increaseNonce` before anyone relayed them (replayed later too). */
  voided: { args: SigCall; label: string; signedBy: string | null }[] = [];
  readonly inv: Invariants;
  readonly trace: string[] = [];

  constructor(
    readonly sys: Sys,
    readonly helpers: NetworkHelpers,
    model: ModelState,
    view: View,
    hashes: string[],
    inv: Invariants,
  ) {
    this.model = model;
    this.lastTs = model.now;
    this.view = view;
    this.hashes = hashes;
    this.inv = inv;
  }

  eoaIndex(address: string): number {
    return this.sys.eoas.findIndex((s) => lc(s.address) === address);
  }

  trackHash(h: string): void {
    if (!this.hashes.includes(h)) this.hashes.push(h);
  }

  /** Moves time on (mines an empty block). */
  async warp(seconds: number): Promise<void> {
    const ts = this.lastTs + seconds;
    await this.helpers.time.increaseTo(ts);
    this.lastTs = ts;
    this.model.now = ts;
    this.trace.push(`warp +${seconds}s`);
  }

  /**
   * One transaction from EOA `senderIndex` on the chain (`send`) and on the model (`apply`):
   * same success or same custom error, same events, same state afterwards, invariants hold.
   */
  async exec(
    label: string,
    senderIndex: number,
    apply: (c: Ctx) => void,
    send: (p: PilotProgramme) => Promise<ContractTransactionResponse>,
    meta: Partial<StepInfo> = {},
  ): Promise<Outcome> {
    const sender = this.sys.eoas[senderIndex];
    const ts = this.lastTs + 1;
    await this.helpers.time.setNextBlockTimestamp(ts);
    this.lastTs = ts;
    this.model.now = ts;
    const pre = this.model;
    const expected = step(pre, lc(sender.address), apply);
    const got = await this.send(sender.address, () => send(this.sys.programme.connect(sender)));
    const line = `${label} from #${senderIndex} -> ${got.ok ? "ok" : `${got.error?.name}(${got.error?.args.join(", ")})`}`;
    this.trace.push(line);
    const fail = (msg: string): never => {
      throw new FuzzFailure(`${msg}\n  step: ${line}\n  trace:\n    ${this.trace.join("\n    ")}`);
    };
    if (expected.ok !== got.ok) {
      fail(`outcome differs: model ${expected.ok ? "succeeds" : `refuses ${expected.error.message}`}, chain ${got.ok ? "succeeds" : "refuses"}`);
    }
    if (!expected.ok) {
      const e = expected.error;
      if (e.errorName !== got.error?.name || e.args.join("|") !== got.error.args.join("|")) {
        fail(`error differs: model ${e.message}, chain ${got.error?.name}(${got.error?.args.join(", ")})`);
      }
    } else {
      const a = JSON.stringify(expected.events);
      const b = JSON.stringify(got.events);
      if (a !== b) fail(`events differ:\n  model ${a}\n  chain ${b}`);
      this.model = expected.state;
    }
    // A reverted transaction leaves the chain untouched (EVM semantics) and `step` leaves the model
    // untouched (it works on a copy): the state is re-read only after a success, unless
    // FUZZ_FULL_READS=1 asks for a read after every step.
    const name = label.replace(/[([].*$/s, "");
    const st = stats.get(name) ?? { ok: 0, refused: new Map<string, number>() };
    if (got.ok) st.ok++;
    else st.refused.set(got.error?.name ?? "?", (st.refused.get(got.error?.name ?? "?") ?? 0) + 1);
    stats.set(name, st);
    const postView = got.ok || FULL_READS ? await this.observe(fail, got.block) : this.view;
    const preView = this.view;
    this.view = postView;
    const info: StepInfo = {
      label,
      sender: lc(sender.address),
      ok: got.ok,
      events: got.events,
      sigVariant: meta.sigVariant,
      time: ts,
    };
    const broken = this.inv.check(preView, postView, info);
    if (broken) fail(`invariant ${broken}`);
    return expected;
  }

  private async send(from: string, tx: () => Promise<ContractTransactionResponse>): Promise<ChainOutcome> {
    const iface = this.sys.programme.interface;
    try {
      const r = await (await tx()).wait();
      if (!r) throw new Error("no receipt");
      return { ok: true, events: decodeLogs(iface, this.sys.address, r.logs), block: r.blockNumber };
    } catch (e) {
      const data = revertData(e);
      if (data === null) throw e;
      const block = await this.sys.programme.runner!.provider!.getBlockNumber();
      void from;
      return { ok: false, error: decodeError(iface, data), events: [], block };
    }
  }

  /** Reads the chain's view at `block` and checks it equals the model's. */
  async observe(fail: (m: string) => never, block: number): Promise<View> {
    const uids = [...new Set([...this.model.log, ...this.inv.seenUids()])];
    const chain = await viewOfChain(this.sys, uids, this.hashes, block);
    const model = viewOfModel(this.model, this.sys.pool, uids, this.hashes);
    const d = diffViews(model, chain);
    if (d) fail(`state differs at ${d}`);
    return chain;
  }

  /** A write on an ERC-1271 wallet mock (not the programme): the wallet changes its mind. */
  async setRefuseAll(walletIndex: number, refuse: boolean): Promise<void> {
    const w = this.sys.wallets[walletIndex];
    const ts = this.lastTs + 1;
    await this.helpers.time.setNextBlockTimestamp(ts);
    this.lastTs = ts;
    this.model.now = ts;
    const r = await (await w.setRefuseAll(refuse)).wait();
    const address = this.sys.walletAddresses[walletIndex];
    this.model.wallets[address].refuseAll = refuse;
    this.trace.push(`wallet#${walletIndex}.setRefuseAll(${refuse})`);
    const fail = (msg: string): never => {
      throw new FuzzFailure(`${msg}\n  trace:\n    ${this.trace.join("\n    ")}`);
    };
    this.view = await this.observe(fail, r!.blockNumber);
  }
}
