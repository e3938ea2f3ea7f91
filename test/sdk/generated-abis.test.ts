import { expect } from "chai";
import { readFile } from "node:fs/promises";
import { GENERATED_ABIS_FILE, renderAbis } from "../../scripts/generate-abis.js";

describe("sdk/generated/abis.ts", () => {
  it("matches the compiled artifacts (run `npm run build` when this fails)", async () => {
    expect(await readFile(GENERATED_ABIS_FILE, "utf8")).to.equal(await renderAbis());
  });
});
