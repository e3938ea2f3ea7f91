/**
 * The two checks every terminal-task test makes: a task that succeeds (exit 0, nothing on stderr),
 * and a refusal (exit 1, exactly one `error:` line matching, and no transaction: the block number
 * and the actor's nonce are unchanged).
 */
import { expect } from "chai";
import type { HardhatRuntimeEnvironment } from "hardhat/types/hre";
import { rpcCall } from "../../../scripts/node/rpc.js";
import { runTask, type Run } from "./cli.js";

export interface TaskChecksSetup {
  hre: () => HardhatRuntimeEnvironment;
  url: () => string;
  /** The account whose nonce a refusal must leave unchanged, unless a call names another. */
  actor: () => string;
}

export function taskChecks(setup: TaskChecksSetup) {
  const run = (id: string, args: Record<string, unknown> = {}) => runTask(setup.hre(), id, args);
  async function chainState(account: string) {
    return {
      block: await rpcCall<string>(setup.url(), "eth_blockNumber"),
      nonce: await rpcCall<string>(setup.url(), "eth_getTransactionCount", [account, "pending"]),
    };
  }
  /** Runs a refused task and checks: exit 1, exactly one `error:` line matching, no transaction. */
  async function refused(id: string, args: Record<string, unknown>, message: RegExp, actor = setup.actor()): Promise<Run> {
    const before = await chainState(actor);
    const r = await run(id, args);
    expect(r.code, `${id} should fail:\n${r.stdout}`).to.equal(1);
    const lines = r.stderr.trim().split("\n");
    expect(lines, r.stderr).to.have.length(1);
    expect(lines[0]).to.match(/^error: /);
    expect(lines[0]).to.match(message);
    expect(await chainState(actor)).to.deep.equal(before);
    return r;
  }
  async function ok(id: string, args: Record<string, unknown> = {}): Promise<Run> {
    const r = await run(id, args);
    expect(r.code, `${id} failed: ${r.stderr}`).to.equal(0);
    expect(r.stderr).to.equal("");
    return r;
  }
  return { run, chainState, refused, ok };
}
