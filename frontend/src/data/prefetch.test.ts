import { describe, expect, it } from "vitest";
import { readsFor } from "./prefetch";

describe("readsFor (start-up prefetch)", () => {
  it("reads what each list page paints first", () => {
    expect(readsFor("/")).toEqual(["zones", "entities", "projects"]);
    expect(readsFor("/zones/")).toEqual(["zones", "projects"]);
    expect(readsFor("/entities")).toEqual(["zones", "entityHead"]);
  });

  it("reads every entity row when filters come from the URL, and nothing for other pages", () => {
    expect(readsFor("/entities", "?type=Hospital")).toEqual(["zones", "entitySummaries"]);
    expect(readsFor("/entities", "?page=2")).toEqual(["zones", "entityHead"]);
    expect(readsFor("/entities/3")).toEqual([]);
    expect(readsFor("/verify")).toEqual([]);
  });
});
