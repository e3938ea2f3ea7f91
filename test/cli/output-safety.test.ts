/**
 * What the terminal tool writes is safe to read and to open (issue 9, finding 5):
 * the CSV export's cells cannot run as spreadsheet formulas (OWASP's rule), and
 * nothing printed on the terminal can act on it (control characters escaped).
 */
import { expect } from "chai";
import { csvCell, csvLine } from "../../scripts/tasks/runtime/csv.js";
import { isoTime, print, printError, table, terminalSafe, toJson } from "../../scripts/tasks/runtime/format.js";
import { captureOutput } from "./helpers/cli.js";

/** Any C0 control but LF, DEL, any C1 control. */
// eslint-disable-next-line no-control-regex -- matching control characters is this pattern's purpose
const CONTROL = /[\u0000-\u0009\u000b-\u001f\u007f-\u009f]/;

describe("finding 5: CSV cells starting with = + - @ TAB CR are neutralised", () => {
  it("prefixes a single quote to every cell that a spreadsheet would read as a formula", () => {
    expect(csvCell('=HYPERLINK("http://evil","x")')).to.equal(`"'=HYPERLINK(""http://evil"",""x"")"`);
    expect(csvCell("+1+cmd|' /C calc'!A0")).to.equal("'+1+cmd|' /C calc'!A0");
    expect(csvCell("-2+3")).to.equal("'-2+3");
    expect(csvCell("@SUM(A1:A9)")).to.equal("'@SUM(A1:A9)");
    expect(csvCell("\t=1+1")).to.equal("'\t=1+1");
    expect(csvCell("\r=1+1")).to.equal(`"'\r=1+1"`);
  });

  it("leaves other cells as they were, and keeps RFC 4180 quoting of quotes, commas and line breaks", () => {
    expect(csvCell("ipfs://report")).to.equal("ipfs://report");
    expect(csvCell("a=b")).to.equal("a=b");
    expect(csvCell(" =1")).to.equal(" =1");
    expect(csvCell(12)).to.equal("12");
    expect(csvCell(null)).to.equal("");
    expect(csvCell(undefined)).to.equal("");
    expect(csvCell(false)).to.equal("false");
    expect(csvCell('say "no", then\nleave')).to.equal('"say ""no"", then\nleave"');
    expect(csvCell("=a,b")).to.equal(`"'=a,b"`);
    expect(csvCell('-"x"')).to.equal(`"'-""x"""`);
  });

  it("writes a line of neutralised cells, CRLF-terminated", () => {
    const row = { uri: "=cmd()", reason: 'wrong, see "@x"', n: 3 };
    expect(csvLine(["uri", "reason", "n"], row)).to.equal(`'=cmd(),"wrong, see ""@x""",3\r\n`);
  });
});

describe("finding 5: the terminal never prints a control character from on-chain text", () => {
  it("escapes C0 (ESC, CR, BS, LF, TAB), DEL, C1 (CSI 0x9b) and bidirectional overrides visibly", () => {
    expect(terminalSafe("a\u001b[2Kb")).to.equal("a\\x1b[2Kb");
    expect(terminalSafe("a\rb\bc\nd\te")).to.equal("a\\rb\\bc\\nd\\te");
    expect(terminalSafe("x\u009b1Ay\u007f")).to.equal("x\\x9b1Ay\\x7f");
    expect(terminalSafe("abc\u202edcba\u2066")).to.equal("abc\\u202edcba\\u2066");
    expect(terminalSafe("Chengdu 成都 – ok")).to.equal("Chengdu 成都 – ok");
  });

  it("print escapes a whole line (a line break in a value cannot forge a line); printError does the same on stderr", async () => {
    const { stdout, stderr } = await captureOutput(() => {
      print(`uri ipfs://x\u001b[1A\u001b[2K\rATTESTED: 1 valid\nforged`);
      printError(`error: zone "\u001b]0;title\u0007"`);
    });
    expect(stdout).to.equal("uri ipfs://x\\x1b[1A\\x1b[2K\\rATTESTED: 1 valid\\nforged\n");
    expect(stderr).to.equal('error: zone "\\x1b]0;title\\x07"\n');
  });

  it("tables escape every cell before aligning; JSON escapes C1 and bidi controls and still parses to the same values", async () => {
    const t = (
      await captureOutput(() =>
        print(
          table(
            ["id", "name"],
            [
              ["1", "evil\u001b[31m\nname"],
              ["2", "ok"],
            ],
          ),
        ),
      )
    ).stdout;
    expect(t).to.not.match(CONTROL);
    expect(t.split("\n")).to.have.length(5); // header, rule, two rows, final newline
    expect(t).to.include("evil\\x1b[31m\\nname");
    const value = { uri: "a\u001b[2Kb\u009bc\u202ed\u2028", n: 2n };
    const j = (await captureOutput(() => print(toJson(value)))).stdout;
    expect(j).to.not.match(CONTROL);
    expect(j).to.not.match(/[\u202e\u2028]/);
    expect(JSON.parse(j)).to.deep.equal({ uri: value.uri, n: "2" });
  });
});

describe("finding 5: every date formatter is total (the terminal tool)", () => {
  it("formats block times and deadlines, and says so instead of throwing on 2^64-1, huge, negative or NaN", () => {
    expect(isoTime(0)).to.equal("1970-01-01T00:00:00Z");
    expect(isoTime(1_700_000_000n)).to.equal("2023-11-14T22:13:20Z");
    expect(isoTime(2n ** 64n - 1n)).to.equal("no calendar date (18446744073709551615 s)");
    expect(isoTime(2n ** 256n - 1n)).to.match(/^no calendar date \(\d+ s\)$/);
    expect(isoTime(-1)).to.equal("1969-12-31T23:59:59Z");
    expect(isoTime(Number.NaN)).to.equal("no calendar date (NaN s)");
    expect(isoTime(Number.POSITIVE_INFINITY)).to.equal("no calendar date (Infinity s)");
  });
});
