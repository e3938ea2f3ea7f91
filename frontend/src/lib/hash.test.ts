import { describe, expect, it } from "vitest";
import { parseBytes32Hex, sha256Bytes, sha256File } from "./hash";

describe("sha256", () => {
  it("matches the FIPS 180-2 vector for 'abc'", async () => {
    expect(await sha256Bytes(new TextEncoder().encode("abc"))).toBe(
      "0xba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad",
    );
  });
  it("hashes the empty file", async () => {
    expect(await sha256File(new Blob([]))).toBe("0xe3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
  });
  it("hashes a File's bytes, not its name", async () => {
    const file = new File(["abc"], "report.pdf", { type: "application/pdf" });
    expect(await sha256File(file)).toBe("0xba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
  });
});

describe("parseBytes32Hex", () => {
  const good = `0x${"Ab".repeat(32)}`;
  it("accepts 0x + 64 hex chars, trims and lower-cases", () => {
    expect(parseBytes32Hex(`  ${good} `)).toEqual({ ok: true, value: good.toLowerCase() });
  });
  it.each([
    ["", "Enter a hash."],
    ["ab".repeat(32), "A hash starts with 0x."],
    [`0x${"a".repeat(63)}`, "Expected 64 hex characters after 0x, got 63."],
    [`0x${"a".repeat(65)}`, "Expected 64 hex characters after 0x, got 65."],
    [`0x${"g".repeat(64)}`, "Only hex characters (0-9, a-f) may follow 0x."],
  ])("rejects %j", (input, reason) => {
    expect(parseBytes32Hex(input)).toEqual({ ok: false, reason });
  });
});
