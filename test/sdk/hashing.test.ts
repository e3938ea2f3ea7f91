/** sdk/hashing: the one content hash of Node and the browser (moved from the dApp's lib/hash.test.ts). */
import { expect } from "chai";
import { createHash } from "node:crypto";
import { parseBytes32Hex, sha256File, sha256Hex, sha256Sync } from "@pilot/sdk/hashing";

const ABC = "0xba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad";
const EMPTY = "0xe3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855";

describe("sdk/hashing: sha256", () => {
  it("matches the FIPS 180-2 vector for 'abc' (bytes or their buffer)", async () => {
    expect(await sha256Hex(new TextEncoder().encode("abc"))).to.equal(ABC);
    expect(await sha256Hex(new TextEncoder().encode("abc").buffer)).to.equal(ABC);
  });
  it("hashes the empty file", async () => {
    expect(await sha256File(new Blob([]))).to.equal(EMPTY);
  });
  it("hashes a File's bytes, not its name", async () => {
    const file = new File(["abc"], "report.pdf", { type: "application/pdf" });
    expect(await sha256File(file)).to.equal(ABC);
  });
  it("synchronously, the same digest: of bytes and of a text's UTF-8 bytes", () => {
    expect(sha256Sync(new TextEncoder().encode("abc"))).to.equal(ABC);
    expect(sha256Sync("abc")).to.equal(ABC);
    expect(sha256Sync("")).to.equal(EMPTY);
  });
  it("agrees with `sha256sum` (node:crypto) and between its two routes, on texts beyond ASCII", async () => {
    for (const text of ["成都 West China Hospital, report Q3\n", "0x1234", "é\u0000\u{1F600}", "x".repeat(100_000)]) {
      const expected = `0x${createHash("sha256").update(text, "utf8").digest("hex")}`;
      expect(sha256Sync(text), text.slice(0, 20)).to.equal(expected);
      expect(await sha256Hex(new TextEncoder().encode(text)), text.slice(0, 20)).to.equal(expected);
    }
  });
});

describe("sdk/hashing: parseBytes32Hex", () => {
  const good = `0x${"Ab".repeat(32)}`;
  it("accepts 0x + 64 hex chars, trims and lower-cases", () => {
    expect(parseBytes32Hex(`  ${good} `)).to.deep.equal({ ok: true, value: good.toLowerCase() });
  });
  it("accepts a bare hash, as sha256sum prints it and the terminal tool takes it", () => {
    expect(parseBytes32Hex("Ab".repeat(32))).to.deep.equal({ ok: true, value: good.toLowerCase() });
  });
  it("accepts the whole line sha256sum prints (text and binary mode), file names with spaces included", () => {
    expect(parseBytes32Hex(`${"ab".repeat(32)}  report Q3.pdf\n`)).to.deep.equal({ ok: true, value: good.toLowerCase() });
    expect(parseBytes32Hex(`${"ab".repeat(32)} *report.pdf`)).to.deep.equal({ ok: true, value: good.toLowerCase() });
  });
  for (const [input, reason] of [
    ["", "Enter a hash."],
    [`0x${"a".repeat(63)}`, "Expected 64 hex characters, got 63."],
    ["a".repeat(65), "Expected 64 hex characters, got 65."],
    [`0x${"g".repeat(64)}`, "Only hex characters (0-9, a-f) may form a hash."],
    [`${"a".repeat(63)}  report.pdf`, "Only hex characters (0-9, a-f) may form a hash."],
  ] as const) {
    it(`rejects ${JSON.stringify(input)}`, () => {
      expect(parseBytes32Hex(input)).to.deep.equal({ ok: false, reason });
    });
  }
});
