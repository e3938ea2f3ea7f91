import { describe, expect, it } from "vitest";
import { encodeAbiParameters, encodeEventTopics, type Address, type Hex } from "viem";
import { pilotProgrammeAbi } from "@sdk/generated/abis";
import { EMPTY_LOG, foldLogs, voidOf } from "./log";

const signer: Address = "0x9965507D1a55bcC2695C58ba16FB37d819B0A4dc";
const txHash: Hex = `0x${"ab".repeat(32)}`;

function nonceIncreased(block: bigint, logIndex: number, oldNonce: bigint, newNonce: bigint) {
  return {
    address: "0x5FbDB2315678afecb367f032d93F642f64180aa3" as Address,
    topics: encodeEventTopics({ abi: pilotProgrammeAbi, eventName: "NonceIncreased", args: { signer } }) as [Hex, ...Hex[]],
    data: encodeAbiParameters([{ type: "uint64" }, { type: "uint64" }], [oldNonce, newNonce]),
    blockNumber: block,
    blockHash: `0x${"00".repeat(32)}` as Hex,
    logIndex,
    transactionIndex: 0,
    transactionHash: txHash,
    removed: false,
    blockTimestamp: 1_700_000_000n,
  };
}

describe("NonceIncreased in the log", () => {
  it("is folded (once) and tells which nonces a signer voided", () => {
    const log = foldLogs(EMPTY_LOG, [nonceIncreased(12n, 0, 3n, 4n)], 12n);
    const again = foldLogs(log, [nonceIncreased(12n, 0, 3n, 4n), nonceIncreased(15n, 1, 5n, 9n)], 15n);
    expect(again.nonceVoids.map((v) => [v.block, v.oldNonce, v.newNonce])).toEqual([[12n, 3n, 4n], [15n, 5n, 9n]]);
    expect(again.nonceVoids[0]?.signer).toBe(signer);
    expect(voidOf(again.nonceVoids, signer.toLowerCase() as Address, 3n)?.block).toBe(12n);
    expect(voidOf(again.nonceVoids, signer, 7n)?.block).toBe(15n);
    expect(voidOf(again.nonceVoids, signer, 4n)).toBeUndefined(); // used, not voided
    expect(voidOf(again.nonceVoids, signer, 9n)).toBeUndefined();
  });
});
