/**
 * The local node's modules of scripts/node/ that import others (started node, dev methods), loaded
 * with tsx's scoped loader: the e2e runs on Node's own type stripping, which neither resolves the
 * scripts' `.js` specifiers nor may transform the e2e's code (page.addInitScript serialises
 * functions). Types come from the modules themselves; free-port.ts and rpc.ts import nothing
 * local and are imported directly (index.ts).
 */
import { tsImport } from "tsx/esm/api";
import type * as DevMethods from "../../scripts/node/dev-methods.ts";
import type * as HardhatNodeModule from "../../scripts/node/hardhat-node.ts";

let hardhatNode: Promise<typeof HardhatNodeModule> | undefined;
let devMethods: Promise<typeof DevMethods> | undefined;

/** scripts/node/hardhat-node.ts `startHardhatNode`: `hardhat node` on 127.0.0.1 and a free port. */
export async function startHardhatNode(options?: HardhatNodeModule.LocalNodeOptions): Promise<HardhatNodeModule.LocalNode> {
  hardhatNode ??= tsImport("../../scripts/node/hardhat-node.ts", import.meta.url) as Promise<typeof HardhatNodeModule>;
  return (await hardhatNode).startHardhatNode(options);
}

const dev = () => (devMethods ??= tsImport("../../scripts/node/dev-methods.ts", import.meta.url) as Promise<typeof DevMethods>);

/** The number of the node's latest block. */
export const blockNumber = async (url: string): Promise<bigint> => (await dev()).blockNumber(url);
/** Moves the chain's clock `seconds` forward and mines a block at that time. */
export const increaseTime = async (url: string, seconds: number): Promise<void> => (await dev()).increaseTime(url, seconds);
