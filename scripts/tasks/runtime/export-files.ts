/**
 * The export's two files, written as rows arrive (bounded memory): one JSON
 * object whose `attestations` array is streamed, one row per line, between a
 * header and a trailer; and an RFC 4180 CSV. Both are written under a
 * `.partial` name and renamed when complete, so a failed export leaves no file
 * that looks whole.
 */
import { once } from "node:events";
import { createWriteStream, type WriteStream } from "node:fs";
import { rename, rm } from "node:fs/promises";
import path from "node:path";
import { csvLine } from "./csv.js";

const json = (value: unknown, space?: number) => JSON.stringify(value, (_k, v: unknown) => (typeof v === "bigint" ? v.toString() : v), space);

/** The members of an object as they appear inside its braces, indented by two spaces. */
const members = (value: object) =>
  json(value, 2)
    .slice(1, -1)
    .replace(/^\n|\n$/g, "");

async function put(stream: WriteStream, text: string): Promise<void> {
  if (!stream.write(text)) await once(stream, "drain");
}

async function finish(stream: WriteStream): Promise<void> {
  await new Promise<void>((resolve, reject) => {
    stream.once("error", reject);
    stream.end(resolve);
  });
}

export interface ExportFiles<Row extends object> {
  readonly jsonPath: string;
  readonly csvPath: string;
  write(rows: readonly Row[]): Promise<void>;
  /** Ends the array with `trailer`'s members, and puts both files in place. */
  close(trailer: object): Promise<void>;
  /** Removes the partial files (after a failure). */
  abort(): Promise<void>;
}

export async function openExportFiles<Row extends object>(dir: string, header: object, columns: readonly (keyof Row)[]): Promise<ExportFiles<Row>> {
  const jsonPath = path.join(dir, "attestations.json");
  const csvPath = path.join(dir, "attestations.csv");
  const jsonOut = createWriteStream(`${jsonPath}.partial`);
  const csvOut = createWriteStream(`${csvPath}.partial`);
  await Promise.all([once(jsonOut, "open"), once(csvOut, "open")]);
  await put(jsonOut, `{\n${members(header)},\n  "attestations": [`);
  await put(csvOut, csvLine(columns as readonly string[], Object.fromEntries(columns.map((c) => [c, c]))));
  let first = true;
  return {
    jsonPath,
    csvPath,
    async write(rows) {
      if (rows.length === 0) return;
      let text = "";
      for (const row of rows) {
        text += `${first ? "" : ","}\n    ${json(row)}`;
        first = false;
      }
      await put(jsonOut, text);
      await put(csvOut, rows.map((row) => csvLine(columns, row)).join(""));
    },
    async close(trailer) {
      await put(jsonOut, `${first ? "" : "\n  "}],\n${members(trailer)}\n}\n`);
      await Promise.all([finish(jsonOut), finish(csvOut)]);
      await rename(`${jsonPath}.partial`, jsonPath);
      await rename(`${csvPath}.partial`, csvPath);
    },
    async abort() {
      jsonOut.destroy();
      csvOut.destroy();
      await Promise.all([rm(`${jsonPath}.partial`, { force: true }), rm(`${csvPath}.partial`, { force: true })]);
    },
  };
}
