/** @pilot/sdk imports nothing from the rest of the repository: only its own modules and its declared dependencies. */
import { expect } from "chai";
import { readdir, readFile } from "node:fs/promises";
import path from "node:path";
import { fileURLToPath } from "node:url";

const SDK = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../../sdk");

async function sources(dir: string): Promise<string[]> {
  const out: string[] = [];
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    const file = path.join(dir, entry.name);
    if (entry.isDirectory() && entry.name !== "node_modules") out.push(...(await sources(file)));
    else if (entry.name.endsWith(".ts")) out.push(file);
  }
  return out;
}

describe("@pilot/sdk is self-contained", () => {
  it("every import is an sdk module or a dependency in sdk/package.json", async () => {
    const pkg = JSON.parse(await readFile(path.join(SDK, "package.json"), "utf8")) as { dependencies?: Record<string, string> };
    const deps = Object.keys(pkg.dependencies ?? {});
    const files = await sources(SDK);
    expect(files.length).to.be.greaterThan(10);
    const outside: string[] = [];
    for (const file of files) {
      const text = await readFile(file, "utf8");
      const specifiers = [...text.matchAll(/^(?:import|export)\b[^;]*?\sfrom\s+"([^"]+)"/gm), ...text.matchAll(/\bimport\(\s*"([^"]+)"\s*\)/g)];
      for (const [, spec] of specifiers) {
        if (spec === undefined) continue;
        const inside = spec.startsWith(".")
          ? path.resolve(path.dirname(file), spec).startsWith(SDK + path.sep)
          : deps.some((d) => spec === d || spec.startsWith(`${d}/`));
        if (!inside) outside.push(`${path.relative(SDK, file)}: ${spec}`);
      }
    }
    expect(outside).to.deep.equal([]);
  });
});
