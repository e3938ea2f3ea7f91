// @vitest-environment node
/** The data layer and the writes hold no UI: nothing under data/ or tx/ imports components/ or pages/ (issue 11). */
import { describe, expect, it } from "vitest";

/** Every source of data/ and tx/, keyed by its path from src/ ("data/registry.ts"). */
const sources = Object.entries(
  import.meta.glob<string>(["./**/*.{ts,tsx}", "../tx/**/*.{ts,tsx}"], { query: "?raw", import: "default", eager: true }),
).map(([key, text]) => [key.startsWith("../") ? key.slice(3) : `data/${key.slice(2)}`, text] as const);

/** `spec` imported from `file`, as a path from src/ (relative specifiers only). */
function target(file: string, spec: string): string {
  const parts = file.split("/").slice(0, -1);
  for (const part of spec.split("/")) {
    if (part === "..") parts.pop();
    else if (part !== ".") parts.push(part);
  }
  return parts.join("/");
}

const SPECIFIER = /(?:from|import\(|vi\.mock\()\s*["'](\.[^"']*)["']/g;

describe("layering: data/ and tx/ import no UI", () => {
  for (const layer of ["data", "tx"]) {
    it(`nothing under ${layer}/ imports components/ or pages/`, () => {
      const files = sources.filter(([file]) => file.startsWith(`${layer}/`));
      expect(files.length).toBeGreaterThan(2);
      const offending = files.flatMap(([file, text]) =>
        [...text.matchAll(SPECIFIER)].map((m) => `${file} -> ${m[1] ?? ""}`).filter((edge) => /^(components|pages)(\/|$)/.test(target(edge.split(" -> ")[0] ?? "", edge.split(" -> ")[1] ?? ""))),
      );
      expect(offending).toEqual([]);
    });
  }
});
