import { startHardhatNode, deployAndSeed, rpc } from "/work/main/frontend/e2e/harness/hardhatChain.ts";
const t0 = Date.now();
const node = await startHardhatNode();
console.log("node up", Date.now() - t0, node.url);
const s = await deployAndSeed(node.url);
console.log(JSON.stringify(s, null, 1));
console.log("block", await rpc(node.url, "eth_blockNumber", []));
if (process.env.KEEP) { console.log("keeping"); await new Promise(r => setTimeout(r, 1e9)); }
await node.stop();
