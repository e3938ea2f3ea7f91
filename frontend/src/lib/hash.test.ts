// @vitest-environment node
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
  it("accepts a bare hash, as sha256sum prints it and the terminal tool takes it", () => {
    expect(parseBytes32Hex("Ab".repeat(32))).toEqual({ ok: true, value: good.toLowerCase() });
  });
  it("accepts the whole line sha256sum prints (text and binary mode), file names with spaces included", () => {
    expect(parseBytes32Hex(`${"ab".repeat(32)}  report Q3.pdf\n`)).toEqual({ ok: true, value: good.toLowerCase() });
    expect(parseBytes32Hex(`${"ab".repeat(32)} *report.pdf`)).toEqual({ ok: true, value: good.toLowerCase() });
  });
  it.each([
    ["", "Enter a hash."],
    [`0x${"a".repeat(63)}`, "Expected 64 hex characters, got 63."],
    ["a".repeat(65), "Expected 64 hex characters, got 65."],
    [`0x${"g".repeat(64)}`, "Only hex characters (0-9, a-f) may form a hash."],
    [`${"a".repeat(63)}  report.pdf`, "Only hex characters (0-9, a-f) may form a hash."],
  ])("rejects %j", (input, reason) => {
    expect(parseBytes32Hex(input)).toEqual({ ok: false, reason });
  });
});
