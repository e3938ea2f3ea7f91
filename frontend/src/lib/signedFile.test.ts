// @vitest-environment node
import { describe, expect, it } from "vitest";
import { zeroHash } from "viem";
import { buildSignedFile, parseSignedFile, signedFileKey, signedFileName, type ParsedSignedFile } from "./signedFile";

const good = buildSignedFile({
  chainId: 31337,
  contract: "0x5FbDB2315678afecb367f032d93F642f64180aa3",
  attester: "0x3C44CdDdB6a900fa2b585dd299e03d12FA4293BC",
  request: { projectId: 8, kind: 1, contentHash: `0x${"ab".repeat(32)}`, refUID: zeroHash, uri: "" },
  nonce: 3n,
  deadline: 1_900_000_000n,
  signature: `0x${"11".repeat(65)}`,
});

describe("signed attestation files", () => {
  it("round-trips", () => {
    const parsed = parseSignedFile(JSON.stringify(good));
    expect(parsed.ok).toBe(true);
    if (parsed.ok) {
      expect(parsed.file.nonce).toBe(3n);
      expect(parsed.file.request.projectId).toBe(8);
      expect(parsed.file.chainId).toBe(31337);
    }
    expect(signedFileName(good)).toBe("attestation-p8-3c44cd-n3.json");
  });
  it.each([
    ["not json", "The file is not JSON."],
    [JSON.stringify({ ...good, format: "x" }), 'Unknown format: expected "pilot-programme/signed-attestation@1".'],
    [JSON.stringify({ ...good, attester: "0x12" }), "attester is not an address."],
    [JSON.stringify({ ...good, nonce: 3 }), "nonce must be a decimal string."],
    [JSON.stringify({ ...good, request: { ...good.request, kind: 9 } }), "request.kind is not an attestation kind."],
    [JSON.stringify({ ...good, request: { ...good.request, contentHash: zeroHash } }), "request.contentHash must be a non-zero 32-byte hex hash."],
  ])("names what is wrong: %s", (text, reason) => {
    expect(parseSignedFile(text)).toEqual({ ok: false, reason });
  });
});

describe("finding 5: the Relay page's checks are keyed by the file's full content", () => {
  const parse = (file: unknown): ParsedSignedFile => {
    const r = parseSignedFile(JSON.stringify(file));
    if (!r.ok) throw new Error(r.reason);
    return r.file;
  };
  const key = signedFileKey(parse(good));

  it("gives the same key to the same content, however the JSON is laid out", () => {
    const reordered = { signature: good.signature, deadline: good.deadline, nonce: good.nonce, request: { ...good.request }, attester: good.attester.toLowerCase(), contract: good.contract, chainId: good.chainId, format: good.format };
    expect(signedFileKey(parse(reordered))).toBe(key);
  });

  it.each([
    ["chainId", { ...good, chainId: "1" }],
    ["contract", { ...good, contract: "0x0000000000000000000000000000000000000001" }],
    ["attester", { ...good, attester: "0x0000000000000000000000000000000000000002" }],
    ["request.projectId", { ...good, request: { ...good.request, projectId: 9 } }],
    ["request.kind", { ...good, request: { ...good.request, kind: 0 } }],
    ["request.contentHash", { ...good, request: { ...good.request, contentHash: `0x${"cd".repeat(32)}` } }],
    ["request.refUID", { ...good, request: { ...good.request, refUID: `0x${"01".repeat(32)}` } }],
    ["request.uri", { ...good, request: { ...good.request, uri: "ipfs://forged" } }],
    ["nonce", { ...good, nonce: "4" }],
    ["deadline", { ...good, deadline: "1900000001" }],
    ["signature", { ...good, signature: `0x${"22".repeat(65)}` }],
  ])("a file that differs only in %s gets another key", (_field, file) => {
    expect(signedFileKey(parse(file))).not.toBe(key);
  });
});
