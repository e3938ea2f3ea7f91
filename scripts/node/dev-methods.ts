/**
 * The dev node's own JSON-RPC methods as the scripts, tests and e2e harness use them (Hardhat's
 * `evm_*` / `hardhat_*`; anvil answers the same names), and the head's number: one place for
 * their names and argument encodings.
 */
import { Rpc } from "./rpc.js";

/** A client, or the node's URL. */
export type RpcTarget = Rpc | string;
const client = (target: RpcTarget): Rpc => (typeof target === "string" ? new Rpc(target) : target);
const hex = (n: bigint | number) => `0x${BigInt(n).toString(16)}`;

/** The number of the node's latest block. */
export async function blockNumber(target: RpcTarget): Promise<bigint> {
  return BigInt(await client(target).call<string>("eth_blockNumber"));
}

/** Mines one block (at `timestamp`, seconds, when given). */
export async function mine(target: RpcTarget, timestamp?: number): Promise<void> {
  await client(target).call("evm_mine", timestamp === undefined ? [] : [timestamp]);
}

/** Moves the chain's clock `seconds` forward and mines a block at that time. */
export async function increaseTime(target: RpcTarget, seconds: number): Promise<void> {
  const rpc = client(target);
  await rpc.call("evm_increaseTime", [seconds]);
  await rpc.call("evm_mine");
}

/** Switches automining on or off (off: sent transactions wait for {@link mine}). */
export async function setAutomine(target: RpcTarget, on: boolean): Promise<void> {
  await client(target).call("evm_setAutomine", [on]);
}

/** Lets the node send from `addresses` without their keys, each given `balance` wei: one batch. */
export async function impersonate(target: RpcTarget, addresses: readonly string[], balance: bigint): Promise<void> {
  if (addresses.length === 0) return;
  await client(target).batch(
    addresses.flatMap((address) => [
      { method: "hardhat_impersonateAccount", params: [address] },
      { method: "hardhat_setBalance", params: [address, hex(balance)] },
    ]),
  );
}

/** Sets `address`'s balance to `balance` wei. */
export async function setBalance(target: RpcTarget, address: string, balance: bigint): Promise<void> {
  await client(target).call("hardhat_setBalance", [address, hex(balance)]);
}
