/**
 * Executes a fill plan (plan.ts) on a local dev node, fast: automine off,
 * each phase's transactions sent in batched JSON-RPC (explicit nonce, gas and
 * fees: nothing is estimated), then blocks mined until every one is in, and
 * every receipt checked (status, and one `Attested` event per request, whose
 * uid is kept so later references and revocations can name it).
 *
 * Resumable: `fillTo(n)` runs the plan's rounds until the fill holds n
 * attestations (a round boundary the plan was told about: `stops`), and a
 * later `fillTo(m)` carries on with the same plan.
 *
 * Time: with `spanSeconds`, the fill is spread over that many seconds after
 * the chain's latest block, as if the programme wrote for that long (the bench
 * starts its node that far in the past), and the chain gets the empty blocks a
 * real chain would have meanwhile, one every `blockSeconds` (hardhat_mine
 * reserves them at no cost): block-range paging (eth_getLogs windows, the
 * indexer's sync, `export`) then meets a realistic number of blocks, not a few
 * dozen full ones. Each block with transactions has its base fee reset to
 * 1 gwei before it is mined: hundreds of full blocks in a row would otherwise
 * raise it past any fee cap.
 *
 * Offices: the officials the fill acts through (world.officials) hold terms
 * (two years from their appointment in the seeded sample). A fill spread over
 * years outlives them, so, as the programme would, the seats renew them by
 * proposal (scripts/seed/governed-office.ts: proposed, voted by nine seats,
 * queued, executed through the timelock) a round before the first would lapse.
 */
import { Interface, id as eventTopic } from "ethers";
import type { Hex } from "@pilot/sdk/eip712";
import { defaultOfficeExpiry } from "@pilot/sdk/governance";
import { isoFromSeconds } from "@pilot/sdk/time";
import { pilotProgrammeAbi, programmeGovernorAbi, programmeSeatsAbi, programmeTimelockAbi } from "@pilot/sdk/generated/abis";
import type { PlannedSeat } from "../seed/account-plan.js";
import { GovernedOffice, episodeTimes, type GovernanceAddresses } from "../seed/governed-office.js";
import { Rpc, RpcError } from "../node/rpc.js";
import { TxPipeline } from "../seed/tx-pipeline.js";
import { fillLandmarks, planFill, type FillLandmarks, type FillOptions, type FillRound, type PlannedBatch, type PlannedRef } from "./plan.js";
import type { FillWorld } from "./world.js";

export interface FillExecutorOptions extends FillOptions {
  rpcUrl: string;
  programme: string;
  world: FillWorld;
  /** Account label -> node account address (scripts/seed/account-plan.ts planAccounts). */
  accounts: ReadonlyMap<string, string>;
  /** Simulated seconds the whole fill spans (0: blocks get the node's own timestamps, no empty blocks). */
  spanSeconds?: number;
  /** With `spanSeconds`: seconds between blocks, empty ones included (default 12, as Ethereum). */
  blockSeconds?: number;
  /**
   * The governed office (the deployment record's `governance`) and its seats' holders
   * (scripts/seed/account-plan.ts planSeats): the fill renews lapsing offices through it. Absent: an
   * office about to lapse stops the fill with an error naming it.
   */
  governance?: { addresses: GovernanceAddresses; seats: readonly PlannedSeat[] };
  log?: (line: string) => void;
}

export interface FillStats {
  /** Attestations the fill has recorded so far. */
  attestations: number;
  revocations: number;
  /** Acceptances among the attestations (each also emits ProjectStatusChanged). */
  acceptances: number;
  /** Events the programme emitted for the fill (Attested, Revoked, ProjectStatusChanged). */
  events: number;
  transactions: number;
  blocks: number;
  gasUsed: bigint;
  /** Wall-clock milliseconds spent executing (planning included). */
  ms: number;
  /** The largest gasUsed of one transaction (must stay under the 16,777,216 cap). */
  maxTxGas: bigint;
  /** Empty blocks mined between the fill's blocks (`blockSeconds` apart). */
  emptyBlocks: number;
  /** Renewal proposals the seats carried (each renews every official of world.officials). */
  renewals: number;
}

interface SentTx {
  from: string;
  data: string;
  gas: bigint;
  what: string;
  /** For attestBatch transactions: the fill positions of its requests, in order. */
  seqs?: number[];
}

interface Receipt {
  transactionHash: string;
  blockNumber: string;
  status: string;
  gasUsed: string;
  logs: { address: string; topics: string[]; data: string }[];
}

const ZERO32 = `0x${"0".repeat(64)}`;
const GWEI = 10n ** 9n;
const MAX_FEE = 10n * GWEI;
const BASE_FEE = GWEI;
const ATTESTED = eventTopic("Attested(bytes32,uint32,address,uint8,bytes32,bytes32,string)");
/** Gas limit of one attestBatch: measured ~58-66k per request (a re-attested document costs ~6k more); generous, under the cap. */
export const batchGas = (items: number, uriBytes: number) => 60_000n + 90_000n * BigInt(items) + 40n * BigInt(uriBytes);
const REVOKE_GAS = 120_000n;
const hex = (n: bigint | number) => `0x${n.toString(16)}`;

export class FillExecutor {
  readonly landmarks: FillLandmarks;
  readonly stats: FillStats = {
    attestations: 0,
    revocations: 0,
    acceptances: 0,
    events: 0,
    transactions: 0,
    blocks: 0,
    gasUsed: 0n,
    ms: 0,
    maxTxGas: 0n,
    emptyBlocks: 0,
    renewals: 0,
  };
  readonly #rpc: Rpc;
  readonly #iface: Interface;
  readonly #opts: FillExecutorOptions;
  readonly #rounds: Generator<FillRound, void, undefined>;
  readonly #uids: Hex[] = [];
  readonly #nonces = new Map<string, number>();
  #next: FillRound | undefined;
  #clock = 0;
  #clockStart = 0;
  #lastBlockTime = 0;
  /** The governed office, when renewals can be proposed. */
  #office: GovernedOffice | undefined;
  #pipeline: TxPipeline | undefined;
  /** When the first of world.officials' terms ends (seconds; Infinity: none recorded). */
  #firstLapse = Number.POSITIVE_INFINITY;

  private constructor(opts: FillExecutorOptions, iface: Interface) {
    this.#opts = opts;
    this.#iface = iface;
    this.#rpc = new Rpc(opts.rpcUrl);
    this.landmarks = fillLandmarks(opts.world, opts);
    this.#rounds = planFill(opts.world, opts);
  }

  static async create(opts: FillExecutorOptions): Promise<FillExecutor> {
    const executor = new FillExecutor(opts, new Interface(pilotProgrammeAbi));
    await executor.#init();
    return executor;
  }

  async #init(): Promise<void> {
    const addresses = [...new Set([...this.#opts.accounts.values()].map((a) => a.toLowerCase()))];
    const counts = await this.#rpc.batch(addresses.map((a) => ({ method: "eth_getTransactionCount", params: [a, "pending"] })));
    addresses.forEach((a, i) => this.#nonces.set(a, Number(counts[i])));
    const latest = await this.#rpc.call<{ timestamp: string }>("eth_getBlockByNumber", ["latest", false]);
    this.#clockStart = this.#lastBlockTime = Number(BigInt(latest.timestamp));
    const governance = this.#opts.governance;
    if (governance) {
      this.#pipeline = new TxPipeline(this.#rpc);
      await this.#pipeline.init(governance.seats.map((s) => s.address));
      const abis = { governor: programmeGovernorAbi, timelock: programmeTimelockAbi, seats: programmeSeatsAbi };
      this.#office = await GovernedOffice.open(this.#rpc, this.#pipeline, this.#opts.programme, this.#iface, governance.addresses, governance.seats, abis);
    }
    await this.#readTerms();
  }

  /** Reads when the officials' terms end (getAccount().officeExpiryDay; 0: no term recorded). */
  async #readTerms(): Promise<void> {
    const officials = this.#opts.world.officials;
    const results = await this.#rpc.batch(
      officials.map((label) => ({
        method: "eth_call",
        params: [{ to: this.#opts.programme, data: this.#iface.encodeFunctionData("getAccount", [this.#address(label)]) }, "latest"],
      })),
    );
    this.#firstLapse = Number.POSITIVE_INFINITY;
    results.forEach((data) => {
      const [account] = this.#iface.decodeFunctionResult("getAccount", data as string);
      const day = Number((account as { officeExpiryDay: bigint }).officeExpiryDay);
      if (day > 0) this.#firstLapse = Math.min(this.#firstLapse, day * 86_400);
    });
  }

  /**
   * Before a round that runs until `until` (seconds): when an official's term would end by then (with a
   * day to spare), the seats renew every official for a new term through a proposal carried from the
   * chain's latest block on.
   */
  async #keepOfficesInTerm(until: number): Promise<void> {
    const office = this.#office;
    const margin = 86_400 + (office ? episodeTimes(0, office.times).execute : 0);
    if (until + margin < this.#firstLapse) return;
    const day = (seconds: number) => isoFromSeconds(seconds).slice(0, 10);
    const lapse = day(this.#firstLapse);
    const pipeline = this.#pipeline;
    if (!office || !pipeline)
      throw new Error(`an office the fill acts through lapses on ${lapse}, within the fill's span, and the office is not governed: the fill cannot renew it`);
    const start = this.#lastBlockTime + 1;
    const expiresAt = defaultOfficeExpiry(start);
    const renewedTo = day(expiresAt);
    const officials = this.#opts.world.officials;
    const before = await this.#rpc.call<string>("eth_blockNumber");
    const [t, b] = [pipeline.transactions, pipeline.blocks];
    await office.carry(
      [
        {
          description: `Renew the ${officials.length} offices of the zones, fields and experts until ${renewedTo}\n\nTheir terms end on ${lapse}; the programme goes on.`,
          calls: officials.map((label) => ({ fn: "renewOffice", args: [this.#address(label), expiresAt], gas: 60_000, what: `renew ${label}` })),
          fate: "executed",
        },
      ],
      start,
    );
    const latest = await this.#rpc.call<{ timestamp: string }>("eth_getBlockByNumber", ["latest", false]);
    this.#lastBlockTime = Number(BigInt(latest.timestamp));
    const renewed = await this.#rpc.call<unknown[]>("eth_getLogs", [{ address: this.#opts.programme, fromBlock: hex(BigInt(before) + 1n), toBlock: "latest" }]);
    this.stats.events += renewed.length;
    this.stats.transactions += pipeline.transactions - t;
    this.stats.blocks += pipeline.blocks - b;
    this.stats.renewals++;
    await this.#readTerms();
    if (this.#firstLapse < expiresAt) throw new Error(`renewed the offices until ${renewedTo}, yet one still lapses on ${day(this.#firstLapse)}`);
    this.#opts.log?.(`  fill: the seats renewed ${officials.length} offices until ${renewedTo} (${renewed.length} events), ahead of their lapse on ${lapse}`);
  }

  /** Runs rounds until the fill holds `target` attestations (a `stops` entry or the plan's count). */
  async fillTo(target: number): Promise<FillStats> {
    const started = performance.now();
    const log = this.#opts.log ?? (() => {});
    // blocks mined by others since (an indexer runner mining to finality, say) move the clock on
    const latest = await this.#rpc.call<{ timestamp: string }>("eth_getBlockByNumber", ["latest", false]);
    this.#lastBlockTime = Math.max(this.#lastBlockTime, Number(BigInt(latest.timestamp)));
    await this.#rpc.call("evm_setAutomine", [false]);
    try {
      while (this.stats.attestations < target) {
        const round = this.#next ?? this.#rounds.next().value;
        this.#next = undefined;
        if (!round) throw new Error(`the plan ends at ${this.stats.attestations} attestations; asked for ${target}`);
        if (round.filled > target) {
          this.#next = round;
          throw new Error(`no round ends at ${target} (next ends at ${round.filled}): pass it in the plan's stops`);
        }
        await this.#round(round);
        if (round.index % 10 === 0 || round.filled === target) {
          const secs = (this.stats.ms + performance.now() - started) / 1000;
          log(
            `  fill: ${round.filled.toLocaleString("en")} attestations, ${this.stats.revocations.toLocaleString("en")} revoked, ${this.stats.blocks} blocks, ${secs.toFixed(1)} s`,
          );
        }
      }
    } finally {
      await this.#rpc.call("evm_setAutomine", [true]);
      this.stats.ms += performance.now() - started;
    }
    return { ...this.stats };
  }

  /** The uid of the fill's attestation at position `seq` (after it was mined). */
  uidAt(seq: number): Hex {
    const uid = this.#uids[seq];
    if (!uid) throw new Error(`fill attestation ${seq} is not recorded yet`);
    return uid;
  }

  async #round(round: FillRound): Promise<void> {
    const count = this.#opts.count;
    const span = this.#opts.spanSeconds ?? 0;
    const roundSeconds = span > 0 && count > 0 ? (span * round.attestations) / count : 0;
    const from = this.#clock;
    this.#clock += roundSeconds;
    await this.#keepOfficesInTerm(Math.max(this.#lastBlockTime, this.#clockStart + Math.floor(this.#clock)) + 3_600);

    const phase1 = round.batches.map((b) => this.#batchTx(b, `round ${round.index}`));
    await this.#phase(phase1, from);
    const phase2: SentTx[] = [
      ...round.revocations.map((r) => ({
        from: this.#address(r.by),
        data: this.#iface.encodeFunctionData("revoke", [this.uidAt(r.seq), r.reason]),
        gas: REVOKE_GAS,
        what: `round ${round.index}: revoke fill attestation ${r.seq} by ${r.by}`,
      })),
      ...round.acceptances.map((b) => this.#batchTx(b, `round ${round.index} (acceptance)`)),
    ];
    await this.#phase(phase2, from + roundSeconds / 2);
    this.stats.revocations += round.revocations.length;
    this.stats.acceptances += round.acceptances.length;
    this.stats.events += round.attestations + round.revocations.length + round.acceptances.length;
    this.stats.attestations = round.filled;
  }

  #batchTx(b: PlannedBatch, what: string): SentTx {
    let uriBytes = 0;
    const requests = b.items.map((item) => {
      uriBytes += item.uri.length;
      return { projectId: item.projectId, kind: item.kind, contentHash: item.contentHash, refUID: this.#ref(item.ref), uri: item.uri };
    });
    return {
      from: this.#address(b.attester),
      data: this.#iface.encodeFunctionData("attestBatch", [requests]),
      gas: batchGas(b.items.length, uriBytes),
      what: `${what}: attestBatch of ${b.items.length} by ${b.attester} (fill ${b.items[0]?.seq}..${b.items[b.items.length - 1]?.seq})`,
      seqs: b.items.map((i) => i.seq),
    };
  }

  #ref(ref: PlannedRef): string {
    if (ref === null) return ZERO32;
    return "uid" in ref ? ref.uid : this.uidAt(ref.seq);
  }

  #address(label: string): string {
    const a = this.#opts.accounts.get(label);
    if (!a) throw new Error(`no node account plays "${label}"`);
    return a.toLowerCase();
  }

  /** Sends every transaction, mines until all are in (from `fromSecond` of the span on), checks each. */
  async #phase(txs: readonly SentTx[], fromSecond: number): Promise<void> {
    if (txs.length === 0) return;
    const span = this.#opts.spanSeconds ?? 0;
    const blockSeconds = Math.max(1, this.#opts.blockSeconds ?? 12);
    const at = this.#clockStart + Math.floor(fromSecond);
    if (span > 0) {
      // the quiet blocks since the last one (before sending: hardhat_mine would include pending transactions)
      const gap = Math.floor((at - this.#lastBlockTime) / blockSeconds) - 1;
      if (gap > 0) {
        await this.#rpc.call("hardhat_mine", [hex(gap), hex(blockSeconds)]);
        const latest = await this.#rpc.call<{ timestamp: string }>("eth_getBlockByNumber", ["latest", false]);
        this.#lastBlockTime = Number(BigInt(latest.timestamp));
        this.stats.emptyBlocks += gap;
      }
    }
    const sent = await this.#rpc.batchSettled(
      txs.map((tx) => {
        const nonce = this.#nonces.get(tx.from);
        if (nonce === undefined) throw new Error(`no nonce for ${tx.from}`);
        this.#nonces.set(tx.from, nonce + 1);
        return {
          method: "eth_sendTransaction",
          params: [
            {
              from: tx.from,
              to: this.#opts.programme,
              data: tx.data,
              gas: hex(tx.gas),
              nonce: hex(nonce),
              maxFeePerGas: hex(MAX_FEE),
              maxPriorityFeePerGas: hex(0n),
            },
          ],
        };
      }),
      100,
    );
    const hashes = sent.map((h, i) => {
      if (h instanceof RpcError) throw new Error(`${(txs[i] as SentTx).what}: not accepted by the node: ${h.message}`);
      return h as string;
    });

    const receipts = new Array<Receipt | null>(txs.length).fill(null);
    for (let block = 0; receipts.some((r) => r === null); block++) {
      if (block > 1_000) throw new Error("fill transactions still pending after 1,000 blocks");
      const mine: { method: string; params: unknown[] }[] = [{ method: "hardhat_setNextBlockBaseFeePerGas", params: [hex(BASE_FEE)] }];
      if (span > 0) {
        this.#lastBlockTime = Math.max(this.#lastBlockTime + blockSeconds, at);
        mine.push({ method: "evm_mine", params: [hex(this.#lastBlockTime)] });
      } else mine.push({ method: "evm_mine", params: [] });
      await this.#rpc.batch(mine);
      this.stats.blocks++;
      const missing = receipts.flatMap((r, i) => (r === null ? [i] : []));
      const got = await this.#rpc.batch(
        missing.map((i) => ({ method: "eth_getTransactionReceipt", params: [hashes[i]] })),
        100,
      );
      missing.forEach((i, j) => (receipts[i] = (got[j] as Receipt | null) ?? null));
    }
    const programme = this.#opts.programme.toLowerCase();
    for (let i = 0; i < txs.length; i++) {
      const tx = txs[i] as SentTx;
      const r = receipts[i] as Receipt;
      if (r.status !== "0x1") throw new Error(`${tx.what}: reverted${await this.#reason(tx, r)}`);
      const gas = BigInt(r.gasUsed);
      this.stats.gasUsed += gas;
      if (gas > this.stats.maxTxGas) this.stats.maxTxGas = gas;
      if (tx.seqs) {
        const uids = r.logs.filter((l) => l.address.toLowerCase() === programme && l.topics[0] === ATTESTED).map((l) => l.topics[1] as Hex);
        if (uids.length !== tx.seqs.length) throw new Error(`${tx.what}: ${uids.length} Attested events for ${tx.seqs.length} requests`);
        tx.seqs.forEach((seq, j) => (this.#uids[seq] = uids[j] as Hex));
      }
    }
    this.stats.transactions += txs.length;
  }

  /** Best effort: replays the call on the block before and decodes the custom error. */
  async #reason(tx: SentTx, r: Receipt): Promise<string> {
    try {
      await this.#rpc.call("eth_call", [{ from: tx.from, to: this.#opts.programme, data: tx.data, gas: hex(tx.gas) }, hex(BigInt(r.blockNumber) - 1n)]);
      return ` (tx ${r.transactionHash}; gas used ${BigInt(r.gasUsed)} of ${tx.gas})`;
    } catch (error) {
      const data = error instanceof RpcError && typeof error.data === "string" ? error.data : undefined;
      const decoded = data ? this.#iface.parseError(data) : null;
      return ` (tx ${r.transactionHash}): ${decoded ? `${decoded.name}(${decoded.args.join(", ")})` : (error as Error).message}`;
    }
  }
}
