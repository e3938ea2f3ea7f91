/**
 * The JSON-RPC guard's decision (scripts/node-guard/request-policy.ts), on its own: who may call
 * what on npm start's local chain.
 */
import { expect } from "chai";
import { classifyCaller, decide, methodsOf, originOf, UNPARSABLE, WALLET_METHODS, type GuardRequest } from "../../scripts/node-guard/request-policy.js";
import { dappOriginsOf } from "../../scripts/start/local-chain.js";

const DAPP = "http://127.0.0.1:5173";
const policy = { dappOrigins: [DAPP, "http://localhost:5173"] };
const call = (method: string, params: unknown[] = []) => ({ jsonrpc: "2.0", id: 1, method, params });
const post = (origin: string | undefined, body: unknown, host = "127.0.0.1:8545"): GuardRequest => ({ method: "POST", origin, host, body });

/** Every method a page could use to act as the programme office, or to rewrite the dev chain. */
const DANGEROUS = [
  "eth_sendTransaction",
  "eth_sign",
  "personal_sign",
  "eth_signTypedData",
  "eth_signTypedData_v3",
  "eth_signTypedData_v4",
  "eth_signTransaction",
  "eth_accounts",
  "personal_sendTransaction",
  "hardhat_impersonateAccount",
  "hardhat_setBalance",
  "hardhat_setCode",
  "evm_mine",
  "evm_revert",
  "evm_setAutomine",
  "anvil_setStorageAt",
  "debug_traceTransaction",
];

describe("node guard: request policy", () => {
  describe("the dApp's own origin", () => {
    it("may call everything, signing and dev methods included, and gets CORS for its origin only", () => {
      for (const method of [...DANGEROUS, "eth_chainId", "eth_call", "eth_sendRawTransaction"]) {
        expect(decide(post(DAPP, call(method)), policy), method).to.deep.equal({ action: "forward", allowOrigin: DAPP });
      }
      expect(decide(post("http://localhost:5173", call("eth_accounts")), policy)).to.deep.equal({ action: "forward", allowOrigin: "http://localhost:5173" });
    });

    it("answers its CORS preflight (OPTIONS) with its own origin", () => {
      expect(decide({ method: "OPTIONS", origin: DAPP, host: "127.0.0.1:8545" }, policy)).to.deep.equal({ action: "preflight", allowOrigin: DAPP });
    });

    it("may send batches of anything", () => {
      expect(decide(post(DAPP, [call("eth_accounts"), call("eth_sendTransaction"), call("evm_mine")]), policy).action).to.equal("forward");
    });
  });

  describe("another origin", () => {
    const FOREIGN = ["http://evil.example", "http://127.0.0.1:5174", "https://127.0.0.1:5173", "http://127.0.0.1", "http://localhost:8545", "null", "file://"];

    it("is refused every method, reads included, with 403 and no CORS allowance", () => {
      for (const origin of FOREIGN) {
        for (const method of [...DANGEROUS, "eth_chainId", "eth_blockNumber", "eth_sendRawTransaction"]) {
          const decision = decide(post(origin, call(method)), policy);
          expect(decision, `${origin} ${method}`).to.include({ action: "refuse", status: 403, refusal: "foreign-origin" });
          expect(decision).to.not.have.property("allowOrigin");
        }
      }
    });

    it("is refused however the body is sent: text/plain-style unparsable, batch, empty", () => {
      for (const body of [UNPARSABLE, [call("eth_chainId"), call("eth_sendTransaction")], [], undefined]) {
        expect(decide(post("http://evil.example", body), policy)).to.include({ action: "refuse", status: 403 });
      }
    });

    it("gets no preflight: OPTIONS is refused with 403 and no CORS allowance", () => {
      const decision = decide({ method: "OPTIONS", origin: "http://evil.example", host: "127.0.0.1:8545" }, policy);
      expect(decision).to.include({ action: "refuse", status: 403, refusal: "foreign-origin" });
      expect(decision).to.not.have.property("allowOrigin");
    });

    it("is refused while the dApp has not started (no dApp origin yet)", () => {
      expect(decide(post(DAPP, call("eth_sendTransaction")), { dappOrigins: [] })).to.include({ action: "refuse", refusal: "foreign-origin" });
    });

    it("says why, in one sentence", () => {
      expect(decide(post("http://evil.example", call("eth_sendTransaction")), policy)).to.include({
        message: "refused: this local node answers only the dApp started by npm start, not other web pages",
      });
    });
  });

  describe("no Origin (scripts, CLI, indexer, tests: not a browser)", () => {
    it("passes every method unchanged, with no CORS headers", () => {
      for (const method of [...DANGEROUS, "eth_chainId"]) {
        expect(decide(post(undefined, call(method)), policy), method).to.deep.equal({ action: "forward" });
      }
      expect(decide(post(undefined, [call("eth_sendTransaction"), call("evm_mine")]), policy)).to.deep.equal({ action: "forward" });
      expect(decide(post(undefined, UNPARSABLE), policy)).to.deep.equal({ action: "forward" });
      expect(decide({ method: "OPTIONS", origin: undefined, host: "127.0.0.1:8545" }, policy)).to.deep.equal({ action: "preflight" });
    });

    it("passes a request without a Host header (HTTP/1.0 clients)", () => {
      expect(decide({ method: "POST", origin: undefined, host: undefined, body: call("eth_chainId") }, policy)).to.deep.equal({ action: "forward" });
    });
  });

  describe("a wallet extension (MetaMask signs with its own keys)", () => {
    const WALLET = "chrome-extension://nkbihfbeogaeaoehlefnkodbefgpgknn";

    it("may read and send already-signed transactions", () => {
      for (const method of [
        "eth_chainId",
        "eth_blockNumber",
        "eth_call",
        "eth_estimateGas",
        "eth_getTransactionReceipt",
        "eth_sendRawTransaction",
        "eth_feeHistory",
      ]) {
        expect(decide(post(WALLET, call(method)), policy), method).to.deep.equal({ action: "forward", allowOrigin: WALLET });
      }
      expect(decide(post("moz-extension://0b2c6d1e-1234", call("eth_getBalance")), policy).action).to.equal("forward");
    });

    it("may not use the node's keys or its dev methods", () => {
      for (const method of DANGEROUS) {
        expect(decide(post(WALLET, call(method)), policy), method).to.deep.equal({
          action: "refuse",
          status: 403,
          refusal: "method-not-for-wallets",
          message: `refused: a wallet extension may only read and send already-signed transactions on this local node (${method})`,
          method,
        });
      }
      expect(WALLET_METHODS.has("eth_accounts")).to.equal(false);
    });

    it("has a batch refused as a whole when one call in it is refused", () => {
      const decision = decide(post(WALLET, [call("eth_chainId"), call("eth_sendTransaction"), call("eth_blockNumber")]), policy);
      expect(decision).to.include({ action: "refuse", status: 403, method: "eth_sendTransaction" });
      expect(decide(post(WALLET, [call("eth_chainId"), call("eth_blockNumber")]), policy).action).to.equal("forward");
      expect(decide(post(WALLET, [call("eth_chainId"), { jsonrpc: "2.0", id: 2 }]), policy)).to.include({ action: "refuse", method: "(no method)" });
    });

    it("a bare scheme is not an extension", () => {
      expect(classifyCaller("chrome-extension://", policy)).to.equal("foreign");
    });
  });

  describe("host and HTTP method", () => {
    it("refuses a Host that is not loopback (DNS rebinding), even without an Origin", () => {
      for (const host of ["evil.example:8545", "192.168.1.10:8545", "127.0.0.1.evil.example", "localhost.evil.example:8545"]) {
        expect(decide(post(undefined, call("eth_chainId"), host), policy), host).to.include({ action: "refuse", status: 403, refusal: "host-not-loopback" });
      }
      for (const host of ["127.0.0.1:8545", "localhost:8545", "LOCALHOST", "[::1]:8545"]) {
        expect(decide(post(undefined, call("eth_chainId"), host), policy).action, host).to.equal("forward");
      }
    });

    it("serves POST and OPTIONS only", () => {
      for (const method of ["GET", "PUT", "DELETE", "PATCH"]) {
        expect(decide({ method, origin: DAPP, host: "127.0.0.1:8545" }, policy)).to.include({
          action: "refuse",
          status: 405,
          refusal: "http-method-not-allowed",
        });
      }
      // a foreign page learns nothing more from another HTTP method
      expect(decide({ method: "GET", origin: "http://evil.example", host: "127.0.0.1:8545" }, policy)).to.include({ status: 403 });
    });
  });

  describe("helpers", () => {
    it("originOf gives what a browser writes in Origin", () => {
      expect(originOf("http://127.0.0.1:5173/")).to.equal("http://127.0.0.1:5173");
      expect(originOf("http://localhost:5173/attest?x=1")).to.equal("http://localhost:5173");
      expect(originOf("not a url")).to.equal(undefined);
    });

    it("dappOriginsOf: the dev server's URL on 127.0.0.1 and localhost, nothing wider", () => {
      expect(dappOriginsOf("http://127.0.0.1:5173/")).to.deep.equal(["http://127.0.0.1:5173", "http://localhost:5173"]);
      expect(dappOriginsOf("http://localhost:5174")).to.deep.equal(["http://127.0.0.1:5174", "http://localhost:5174"]);
      expect(dappOriginsOf("https://dapp.example/app")).to.deep.equal(["https://dapp.example"]);
      expect(() => dappOriginsOf("nonsense")).to.throw("not a URL: nonsense");
    });

    it("methodsOf lists a call's or a batch's methods", () => {
      expect(methodsOf(call("eth_chainId"))).to.deep.equal(["eth_chainId"]);
      expect(methodsOf([call("a"), call("b"), 7])).to.deep.equal(["a", "b", ""]);
    });
  });
});
