// @vitest-environment node
/** Searching by the names the dApp shows: a part of a sample's Chinese name stands for its English (on-chain) name. */
import { describe, expect, it } from "vitest";
import { entityNamesFor, regionNamesFor, searchableEntityName, searchableZone, zoneNamesFor } from "./nameSearch";

describe("search by Chinese name", () => {
  it("a part of a Chinese name gives the English names behind it", () => {
    expect(entityNamesFor("海尔")).toEqual(["Haier"]);
    expect(entityNamesFor(" 工商 ")).toEqual(["Industrial and Commercial Bank of China"]);
    expect(entityNamesFor("中国").sort()).toEqual(
      ["China Broadcasting Network Chongqing", "China State Shipbuilding", "CNOOC", "Industrial and Commercial Bank of China"].sort(),
    );
    expect(zoneNamesFor("成都")).toEqual(["Chengdu"]);
    expect(zoneNamesFor("海淀")).toEqual(["Beijing (Haidian)"]);
    expect(regionNamesFor("四川")).toEqual(["Sichuan"]);
  });
  it("English terms, empty terms and names without a Chinese name give nothing (the English search covers them)", () => {
    expect(entityNamesFor("Haier")).toEqual([]);
    expect(entityNamesFor("  ")).toEqual([]);
    expect(entityNamesFor("虚构")).toEqual([]);
  });
  it("in the browser, a name is searched in English and in Chinese", () => {
    expect(searchableEntityName("Haier")).toBe("Haier 海尔");
    expect(searchableEntityName("Fictional Hospital")).toBe("Fictional Hospital");
    expect(searchableZone("Chengdu", "Sichuan")).toBe("Chengdu 成都 Sichuan 四川");
  });
});
