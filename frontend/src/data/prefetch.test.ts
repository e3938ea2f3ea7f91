// @vitest-environment node
import { describe, expect, it } from "vitest";
import { readsFor } from "./prefetch";

describe("readsFor (start-up prefetch)", () => {
  it("reads what each page paints first", () => {
    expect(readsFor("/")).toEqual(["overview"]);
    expect(readsFor("/zones/")).toEqual(["zones"]);
    expect(readsFor("/entities")).toEqual(["entities"]);
    expect(readsFor("/projects/12")).toEqual(["project"]);
    expect(readsFor("/entities/3")).toEqual(["entity"]);
    expect(readsFor("/zones/7")).toEqual(["zone"]);
  });

  it("reads nothing ahead for the other pages", () => {
    expect(readsFor("/verify")).toEqual([]);
    expect(readsFor("/projects/x")).toEqual([]);
    expect(readsFor("/admin")).toEqual([]);
  });
});
