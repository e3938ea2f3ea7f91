/**
 * sdk/signedFile.ts: the one parser of signed attestation files (the terminal tool's `relay`
 * and the dApp's Relay page read files through it), each refusal with its own reason; and the
 * pre-relay checks and signer recovery both clients build their verdicts on.
 */
import { expect } from "chai";
import { zeroHash } from "viem";
import { privateKeyToAccount } from "viem/accounts";
import { ATTEST_PRIMARY_TYPE, ATTEST_TYPES, attestDomain, attestMessage, type SignedAttestationFile } from "@pilot/sdk/eip712";
import {
  buildSignedFile,
  parseSignedFile,
  preRelayChecks,
  recoverSigner,
  relayArgs,
  signedFileKey,
  signedFileName,
  type ParsedSignedFile,
} from "@pilot/sdk/signedFile";

const good = buildSignedFile({
  chainId: 31337,
  contract: "0x5FbDB2315678afecb367f032d93F642f64180aa3",
  attester: "0x3C44CdDdB6a900fa2b585dd299e03d12FA4293BC",
  request: { projectId: 8, kind: 1, contentHash: `0x${"AB".repeat(32)}`, refUID: zeroHash, uri: "" },
  nonce: 3n,
  deadline: 1_900_000_000n,
  signature: `0x${"11".repeat(65)}`,
});

type Loose = Record<string, unknown> & { request?: Record<string, unknown> };
type Change = (f: Record<string, unknown> & { request: Record<string, unknown> }) => void;
const variant = (change: Change): string => {
  const copy = structuredClone(good) as unknown as Record<string, unknown> & { request: Record<string, unknown> };
  change(copy);
  return JSON.stringify(copy);
};

const parsed = (text: string): ParsedSignedFile => {
  const r = parseSignedFile(text);
  if (!r.ok) throw new Error(r.reason);
  return r.file;
};

describe("sdk/signedFile: one parser for the terminal tool and the dApp", () => {
  const refused: Array<[string, string, string]> = [
    ["text that is not JSON", "not json", "The file is not JSON."],
    ["a JSON array", "[]", "The file is not a signed attestation (expected a JSON object)."],
    ["JSON null", "null", "The file is not a signed attestation (expected a JSON object)."],
    ["another format", variant((f) => (f.format = "x")), 'Unknown format: expected "pilot-programme/signed-attestation@1".'],
    ["a numeric chainId", variant((f) => (f.chainId = 31337)), "chainId must be a decimal string."],
    ["a negative chainId", variant((f) => (f.chainId = "-1")), "chainId must be a decimal string."],
    ["a short contract", variant((f) => (f.contract = "0x12")), "contract is not an address."],
    ["a short attester", variant((f) => (f.attester = "0x12")), "attester is not an address."],
    ["an attester with a broken checksum", variant((f) => (f.attester = "0x3c44CdDdB6a900fa2b585dd299e03d12FA4293BC")), "attester is not an address."],
    ["a numeric nonce", variant((f) => (f.nonce = 3)), "nonce must be a decimal string."],
    ["a hex deadline", variant((f) => (f.deadline = "0x10")), "deadline must be a decimal string."],
    ["no signature", variant((f) => delete f.signature), "signature is not hex."],
    ["an empty signature", variant((f) => (f.signature = "0x")), "signature is not hex."],
    ["no request", variant((f) => delete (f as Loose).request), "request is missing."],
    ["project 0", variant((f) => (f.request.projectId = 0)), "request.projectId must be a positive integer."],
    ["a project past uint32", variant((f) => (f.request.projectId = 2 ** 32)), "request.projectId must be a positive integer."],
    ["a fractional project", variant((f) => (f.request.projectId = 1.5)), "request.projectId must be a positive integer."],
    ["a project as text", variant((f) => (f.request.projectId = "8")), "request.projectId must be a positive integer."],
    ["kind 6 (one past Acceptance)", variant((f) => (f.request.kind = 6)), "request.kind is not an attestation kind."],
    ["kind 9", variant((f) => (f.request.kind = 9)), "request.kind is not an attestation kind."],
    ["a negative kind", variant((f) => (f.request.kind = -1)), "request.kind is not an attestation kind."],
    ["a zero content hash", variant((f) => (f.request.contentHash = zeroHash)), "request.contentHash must be a non-zero 32-byte hex hash."],
    ["a short content hash", variant((f) => (f.request.contentHash = "0xabcd")), "request.contentHash must be a non-zero 32-byte hex hash."],
    ["a short refUID", variant((f) => (f.request.refUID = "0x01")), "request.refUID must be 32-byte hex."],
    ["a numeric uri", variant((f) => (f.request.uri = 7)), "request.uri must be text."],
  ];
  for (const [what, text, reason] of refused) {
    it(`refuses ${what}: "${reason}"`, () => {
      expect(parseSignedFile(text)).to.deep.equal({ ok: false, reason });
    });
  }

  it("reports the first wrong field in reading order", () => {
    expect(parseSignedFile(variant((f) => ((f.nonce = 3), (f.contract = "0x12"))))).to.deep.equal({ ok: false, reason: "contract is not an address." });
  });

  const accepted: Array<[string, string, (f: ParsedSignedFile) => void]> = [
    [
      "a file the tools write",
      JSON.stringify(good),
      (f) => {
        expect(f).to.deep.include({ chainId: 31337, nonce: 3n, deadline: 1_900_000_000n });
        expect(f.request).to.deep.equal({ projectId: 8, kind: 1, contentHash: `0x${"ab".repeat(32)}`, refUID: zeroHash, uri: "" });
      },
    ],
    [
      "lower-case addresses (checksummed on reading)",
      variant((f) => ((f.attester = good.attester.toLowerCase()), (f.contract = good.contract.toLowerCase()))),
      (f) => {
        expect(f.attester).to.equal(good.attester);
        expect(f.contract).to.equal(good.contract);
      },
    ],
    ["no refUID (the zero uid)", variant((f) => delete f.request.refUID), (f) => expect(f.request.refUID).to.equal(zeroHash)],
    ["no uri (empty)", variant((f) => delete f.request.uri), (f) => expect(f.request.uri).to.equal("")],
    ["kind 5 (acceptance, the last kind)", variant((f) => (f.request.kind = 5)), (f) => expect(f.request.kind).to.equal(5)],
    ["the largest uint32 project", variant((f) => (f.request.projectId = 2 ** 32 - 1)), (f) => expect(f.request.projectId).to.equal(2 ** 32 - 1)],
  ];
  for (const [what, text, check] of accepted) {
    it(`accepts ${what}`, () => check(parsed(text)));
  }
  it("accepts kind 0 (progress report, the first kind)", () => expect(parsed(variant((f) => (f.request.kind = 0))).request.kind).to.equal(0));
});

describe("sdk/signedFile: the checks before a relay", () => {
  const file = parsed(JSON.stringify(good));
  const network = { chainId: 31337n, programme: good.contract.toLowerCase(), now: 1_800_000_000n, nextNonce: 3n };

  it("passes a file for this chain and contract, in time, with the next nonce", () => {
    expect(preRelayChecks(file, network)).to.deep.equal({ chain: true, contract: true, deadline: true, nonce: "next" });
  });
  it("says which check fails", () => {
    expect(preRelayChecks(file, { ...network, chainId: 1 }).chain).to.equal(false);
    expect(preRelayChecks(file, { ...network, programme: "0x0000000000000000000000000000000000000001" }).contract).to.equal(false);
    expect(preRelayChecks(file, { ...network, now: 1_900_000_000n }).deadline).to.equal(true);
    expect(preRelayChecks(file, { ...network, now: 1_900_000_001n }).deadline).to.equal(false);
    expect(preRelayChecks(file, { ...network, nextNonce: 4n }).nonce).to.equal("spent");
    expect(preRelayChecks(file, { ...network, nextNonce: 2n }).nonce).to.equal("ahead");
  });

  it("recovers the signer of a genuine file, another account for an altered one, nothing for a malformed signature", async () => {
    const account = privateKeyToAccount(`0x${"42".repeat(32)}`);
    const unsigned: ParsedSignedFile = { ...file, attester: account.address };
    const signature = await account.signTypedData({
      domain: attestDomain(unsigned.chainId, unsigned.contract),
      types: ATTEST_TYPES,
      primaryType: ATTEST_PRIMARY_TYPE,
      message: attestMessage(unsigned.request, unsigned.attester, unsigned.nonce, unsigned.deadline),
    });
    const signed = { ...unsigned, signature };
    expect(await recoverSigner(signed)).to.equal(account.address);
    expect(await recoverSigner({ ...signed, request: { ...signed.request, uri: "ipfs://forged" } })).to.not.equal(account.address);
    expect(await recoverSigner({ ...signed, signature: "0x1234" })).to.equal(undefined);
    const written: SignedAttestationFile = buildSignedFile({ ...signed, chainId: signed.chainId });
    expect(relayArgs(parsed(JSON.stringify(written)))).to.deep.equal([signed.request, account.address, 3n, 1_900_000_000n, signature]);
  });
});

describe("sdk/signedFile: finding 5: the Relay page's checks are keyed by the file's full content", () => {
  const key = signedFileKey(parsed(JSON.stringify(good)));

  it("names a written file after what is inside", () => {
    expect(signedFileName(good)).to.equal("attestation-p8-3c44cd-n3.json");
  });

  it("gives the same key to the same content, however the JSON is laid out", () => {
    const reordered = {
      signature: good.signature,
      deadline: good.deadline,
      nonce: good.nonce,
      request: { ...good.request },
      attester: good.attester.toLowerCase(),
      contract: good.contract,
      chainId: good.chainId,
      format: good.format,
    };
    expect(signedFileKey(parsed(JSON.stringify(reordered)))).to.equal(key);
  });

  const differing: Array<[string, Change]> = [
    ["chainId", (f) => (f.chainId = "1")],
    ["contract", (f) => (f.contract = "0x0000000000000000000000000000000000000001")],
    ["attester", (f) => (f.attester = "0x0000000000000000000000000000000000000002")],
    ["request.projectId", (f) => (f.request.projectId = 9)],
    ["request.kind", (f) => (f.request.kind = 0)],
    ["request.contentHash", (f) => (f.request.contentHash = `0x${"cd".repeat(32)}`)],
    ["request.refUID", (f) => (f.request.refUID = `0x${"01".repeat(32)}`)],
    ["request.uri", (f) => (f.request.uri = "ipfs://forged")],
    ["nonce", (f) => (f.nonce = "4")],
    ["deadline", (f) => (f.deadline = "1900000001")],
    ["signature", (f) => (f.signature = `0x${"22".repeat(65)}`)],
  ];
  for (const [field, change] of differing) {
    it(`a file that differs only in ${field} gets another key`, () => {
      expect(signedFileKey(parsed(variant(change)))).to.not.equal(key);
    });
  }
});
