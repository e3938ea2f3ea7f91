/**
 * scripts/tasks/runtime/retry-reads.ts: a read the connection drops under is tried again; a write, or
 * any other error, is not.
 */
import { expect } from "chai";
import { retryReads } from "../../scripts/tasks/runtime/retry-reads.js";

function flaky(failures: number, error: Error) {
  const seen: string[] = [];
  const provider = {
    async request(args: { method: string }): Promise<unknown> {
      seen.push(args.method);
      if (seen.length <= failures) throw error;
      return "0x1";
    },
  };
  retryReads(provider, 4, 1);
  return { provider, seen };
}

const dropped = new Error("Failed to make POST request", { cause: new Error("SocketError: other side closed") });

describe("terminal tool: reads retried on a dropped connection", () => {
  it("retries a read until it passes, up to four tries", async () => {
    const f = flaky(3, dropped);
    expect(await f.provider.request({ method: "eth_getLogs" })).to.equal("0x1");
    expect(f.seen).to.have.length(4);
    const worse = flaky(4, dropped);
    try {
      await worse.provider.request({ method: "eth_call" });
      expect.fail("should throw");
    } catch (error) {
      expect(error).to.equal(dropped);
    }
    expect(worse.seen).to.have.length(4);
  });

  it("never retries a write, nor an error a retry cannot cure", async () => {
    const write = flaky(1, dropped);
    try {
      await write.provider.request({ method: "eth_sendTransaction" });
      expect.fail("should throw");
    } catch (error) {
      expect(error).to.equal(dropped);
    }
    expect(write.seen).to.deep.equal(["eth_sendTransaction"]);
    const reverted = flaky(1, new Error("execution reverted: PageTooLarge(1001, 1000)"));
    try {
      await reverted.provider.request({ method: "eth_call" });
      expect.fail("should throw");
    } catch (error) {
      expect((error as Error).message).to.match(/PageTooLarge/);
    }
    expect(reverted.seen).to.have.length(1);
  });
});
