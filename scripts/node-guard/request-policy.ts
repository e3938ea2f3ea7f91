/**
 * Who may ask the local dev chain what: the pure decision behind the JSON-RPC guard that `npm start`
 * puts in front of its chain (threat model §3.13, finding 6 of issue 9).
 *
 * The dev chain signs for ~200 unlocked accounts whose keys are public (the Hardhat test mnemonic),
 * so on it *every* write is dangerous, even `eth_sendRawTransaction` (a page can sign with the
 * well-known key of account #0 itself). A browser marks each request with the `Origin` of the page
 * that made it, and a page cannot forge that header, so the rule is by origin:
 *
 * | caller (its `Origin`)                              | may call                                   | CORS |
 * |----------------------------------------------------|--------------------------------------------|------|
 * | none: scripts, CLI, indexer, tests (not a browser) | everything, unchanged                      | none |
 * | the dApp's own origin(s)                           | everything (it signs with dev accounts)    | that origin |
 * | a wallet extension (chrome-extension://, …)        | reads and already-signed transactions only | that origin |
 * | any other page, `null` included                    | nothing: HTTP 403                          | none |
 *
 * A `Host` that is not a loopback name is refused too (a DNS-rebinding page would carry its own
 * `Origin` anyway; this is a second lock). Batches: one refused call refuses the whole batch (403),
 * so a batch never half-happens. Only POST (JSON-RPC) and OPTIONS (CORS preflight) are served.
 */

/** What the server hands the policy: the request line, two headers and the parsed body. */
export interface GuardRequest {
  /** HTTP method. */
  method: string;
  /** The `Origin` header, undefined when absent. */
  origin: string | undefined;
  /** The `Host` header, undefined when absent. */
  host: string | undefined;
  /** The parsed JSON body of a POST; {@link UNPARSABLE} when it is not JSON; undefined otherwise. */
  body?: unknown;
}

export const UNPARSABLE = Symbol("unparsable body");

export interface GuardPolicy {
  /** Origins (scheme://host:port, no path) of the dApp: they may call everything. */
  dappOrigins: readonly string[];
}

export type Refusal = "host-not-loopback" | "foreign-origin" | "method-not-for-wallets" | "http-method-not-allowed";

/** The user-facing sentence of each refusal (returned in the 403/405 body). */
export const REFUSAL_MESSAGES: Record<Refusal, string> = {
  "host-not-loopback": "refused: this local node answers only requests addressed to 127.0.0.1 or localhost",
  "foreign-origin": "refused: this local node answers only the dApp started by npm start, not other web pages",
  "method-not-for-wallets": "refused: a wallet extension may only read and send already-signed transactions on this local node",
  "http-method-not-allowed": "refused: this local node serves JSON-RPC over POST only",
};

export type Decision =
  /** OPTIONS answered 204; `allowOrigin` set means CORS headers for that origin. */
  | { action: "preflight"; allowOrigin?: string }
  /** Hand the body to the chain unchanged. */
  | { action: "forward"; allowOrigin?: string }
  | { action: "refuse"; status: 403 | 405; refusal: Refusal; message: string; method?: string };

export type Caller = "non-browser" | "dapp" | "wallet-extension" | "foreign";

const LOOPBACK_HOSTS = new Set(["127.0.0.1", "localhost", "[::1]"]);
const EXTENSION_SCHEMES = ["chrome-extension:", "moz-extension:", "safari-web-extension:"];

/**
 * What a wallet extension (MetaMask and the like: they sign with their own keys) needs from a node,
 * i.e. what a public RPC endpoint answers: reads, fees, receipts, logs and already-signed
 * transactions. No node-held key (`eth_accounts`, `eth_sendTransaction`, `eth_sign`, `personal_*`,
 * `eth_signTypedData*`), no dev method (`hardhat_*`, `evm_*`, `anvil_*`, `debug_*`, …).
 */
export const WALLET_METHODS: ReadonlySet<string> = new Set([
  "eth_chainId",
  "net_version",
  "net_listening",
  "net_peerCount",
  "eth_protocolVersion",
  "web3_clientVersion",
  "eth_syncing",
  "eth_blockNumber",
  "eth_getBalance",
  "eth_getCode",
  "eth_getStorageAt",
  "eth_getTransactionCount",
  "eth_call",
  "eth_estimateGas",
  "eth_createAccessList",
  "eth_gasPrice",
  "eth_maxPriorityFeePerGas",
  "eth_feeHistory",
  "eth_blobBaseFee",
  "eth_getBlockByNumber",
  "eth_getBlockByHash",
  "eth_getBlockTransactionCountByNumber",
  "eth_getBlockTransactionCountByHash",
  "eth_getTransactionByHash",
  "eth_getTransactionByBlockHashAndIndex",
  "eth_getTransactionByBlockNumberAndIndex",
  "eth_getTransactionReceipt",
  "eth_getBlockReceipts",
  "eth_getLogs",
  "eth_newFilter",
  "eth_newBlockFilter",
  "eth_newPendingTransactionFilter",
  "eth_getFilterChanges",
  "eth_getFilterLogs",
  "eth_uninstallFilter",
  "eth_getProof",
  "eth_sendRawTransaction",
]);

/** scheme://host[:port] of a URL, as a browser writes it in `Origin`; undefined when not a URL. */
export function originOf(url: string): string | undefined {
  try {
    const parsed = new URL(url);
    return parsed.origin === "null" ? undefined : parsed.origin;
  } catch {
    return undefined;
  }
}

/** The host name of a `Host` header value (`127.0.0.1:8545`, `[::1]:8545`, `localhost`). */
function hostName(host: string): string {
  const lower = host.trim().toLowerCase();
  if (lower.startsWith("[")) return lower.slice(0, lower.indexOf("]") + 1);
  const colon = lower.indexOf(":");
  return colon === -1 ? lower : lower.slice(0, colon);
}

export function classifyCaller(origin: string | undefined, policy: GuardPolicy): Caller {
  if (origin === undefined) return "non-browser";
  if (policy.dappOrigins.includes(origin)) return "dapp";
  if (EXTENSION_SCHEMES.some((scheme) => origin.startsWith(`${scheme}//`) && origin.length > scheme.length + 2)) return "wallet-extension";
  return "foreign";
}

/** The JSON-RPC method names in a body (a call or a batch); a call without a string method counts as "". */
export function methodsOf(body: unknown): string[] {
  const calls = Array.isArray(body) ? body : [body];
  return calls.map((call) =>
    typeof call === "object" && call !== null && typeof (call as { method?: unknown }).method === "string" ? (call as { method: string }).method : "",
  );
}

const refuse = (status: 403 | 405, refusal: Refusal, method?: string): Decision => ({
  action: "refuse",
  status,
  refusal,
  message: method ? `${REFUSAL_MESSAGES[refusal]} (${method})` : REFUSAL_MESSAGES[refusal],
  ...(method ? { method } : {}),
});

/** The decision for one HTTP request. Pure: the same request and policy always give the same answer. */
export function decide(request: GuardRequest, policy: GuardPolicy): Decision {
  if (request.host !== undefined && !LOOPBACK_HOSTS.has(hostName(request.host))) return refuse(403, "host-not-loopback");
  const caller = classifyCaller(request.origin, policy);
  if (caller === "foreign") return refuse(403, "foreign-origin");
  const allowOrigin = caller === "non-browser" ? undefined : request.origin;
  const cors = allowOrigin ? { allowOrigin } : {};

  const method = request.method.toUpperCase();
  if (method === "OPTIONS") return { action: "preflight", ...cors };
  if (method !== "POST") return refuse(405, "http-method-not-allowed");

  if (caller === "wallet-extension") {
    // an unparsable body is answered with a JSON-RPC parse error by the server: nothing reaches the chain
    if (request.body !== UNPARSABLE) {
      const refused = methodsOf(request.body).find((m) => !WALLET_METHODS.has(m));
      if (refused !== undefined) return refuse(403, "method-not-for-wallets", refused || "(no method)");
    }
  }
  return { action: "forward", ...cors };
}
