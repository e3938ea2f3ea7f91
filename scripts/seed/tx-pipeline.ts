/**
 * Sends transactions in bulk to a local dev node: automine off, every
 * transaction of a phase sent in batched JSON-RPC requests (explicit nonce,
 * gas and fees, so nothing is estimated against pending state), then blocks
 * mined until every one has a receipt, and every receipt checked.
 * A phase holds transactions that do not depend on each other except through
 * the same sender's nonce order.
 */
import { decodeRevert } from "@pilot/sdk/revert";
import { Rpc, RpcError } from "../node/rpc.js";

export interface PlannedTx {
  from: string;
  to: string;
  data: string;
  gas: bigint;
  /** What this transaction does, for error messages: e.g. `attestations[12..40] (attestBatch by signer:haier)`. */
  what: string;
}

export interface MinedReceipt {
  transactionHash: string;
  blockNumber: string;
  status: string;
  gasUsed: string;
  logs: { address: string; topics: string[]; data: string }[];
}

const MAX_FEE = 100n * 10n ** 9n; // 100 gwei: far above what a few full local blocks push the base fee to
const PRIORITY_FEE = 10n ** 9n;
const hex = (n: bigint | number) => `0x${n.toString(16)}`;

export class TxPipeline {
  readonly #nonces = new Map<string, number>();
  gasUsed = 0n;
  transactions = 0;
  blocks = 0;

  constructor(readonly rpc: Rpc) {}

  /** Reads the next nonce of every address that will send. */
  async init(addresses: readonly string[]): Promise<void> {
    const unique = [...new Set(addresses.map((a) => a.toLowerCase()))];
    const counts = await this.rpc.batch(unique.map((a) => ({ method: "eth_getTransactionCount", params: [a, "pending"] })));
    unique.forEach((a, i) => this.#nonces.set(a, Number(counts[i])));
  }

  #nextNonce(from: string): number {
    const key = from.toLowerCase();
    const n = this.#nonces.get(key);
    if (n === undefined) throw new Error(`no nonce for ${from}: call init() with every sender`);
    this.#nonces.set(key, n + 1);
    return n;
  }

  /**
   * Sends every transaction, mines until all are in, and checks each succeeded. With `timestamp`
   * (seconds), the first block gets exactly that time (evm_mine's argument) and any overflow
   * block one second more each; a day with nothing to send still gets its (empty) block.
   */
  async run(txs: readonly PlannedTx[], timestamp?: number): Promise<MinedReceipt[]> {
    if (txs.length === 0) {
      if (timestamp !== undefined) {
        await this.rpc.call("evm_mine", [timestamp]);
        this.blocks++;
      }
      return [];
    }
    const sent = await this.rpc.batchSettled(
      txs.map((tx) => ({
        method: "eth_sendTransaction",
        params: [
          {
            from: tx.from,
            to: tx.to,
            data: tx.data,
            gas: hex(tx.gas),
            nonce: hex(this.#nextNonce(tx.from)),
            maxFeePerGas: hex(MAX_FEE),
            maxPriorityFeePerGas: hex(PRIORITY_FEE),
          },
        ],
      })),
    );
    const hashes = sent.map((h, i) => {
      if (h instanceof RpcError) throw new Error(`${(txs[i] as PlannedTx).what}: not accepted by the node: ${h.message}`);
      return h as string;
    });

    const receipts = new Array<MinedReceipt | null>(txs.length).fill(null);
    for (let round = 0; receipts.some((r) => r === null); round++) {
      if (round > 500) throw new Error("transactions still pending after 500 blocks");
      await this.rpc.call("evm_mine", timestamp === undefined ? [] : [timestamp + round]);
      this.blocks++;
      const missing = receipts.flatMap((r, i) => (r === null ? [i] : []));
      const got = await this.rpc.batch(missing.map((i) => ({ method: "eth_getTransactionReceipt", params: [hashes[i]] })));
      missing.forEach((i, j) => {
        receipts[i] = (got[j] as MinedReceipt | null) ?? null;
      });
    }
    const mined = receipts as MinedReceipt[];
    for (let i = 0; i < mined.length; i++) {
      const r = mined[i] as MinedReceipt;
      if (r.status !== "0x1") throw new Error(`${(txs[i] as PlannedTx).what}: reverted${await this.#reason(txs[i] as PlannedTx, r)}`);
      this.gasUsed += BigInt(r.gasUsed);
    }
    this.transactions += mined.length;
    return mined;
  }

  /** Best effort: replays the call on the block before and decodes the custom error. */
  async #reason(tx: PlannedTx, r: MinedReceipt): Promise<string> {
    try {
      await this.rpc.call("eth_call", [{ from: tx.from, to: tx.to, data: tx.data, gas: hex(tx.gas) }, hex(BigInt(r.blockNumber) - 1n)]);
      return ` (tx ${r.transactionHash}; gas used ${BigInt(r.gasUsed)} of ${tx.gas})`;
    } catch (error) {
      const decoded = error instanceof RpcError ? decodeRevert(error) : undefined;
      const why = decoded ? `${decoded.name}(${decoded.args.join(", ")})` : (error as Error).message;
      return ` (tx ${r.transactionHash}): ${why}`;
    }
  }
}
