// @vitest-environment node
/** The "over time" chart's bucket labels in each language: months by the locale, quarters through the catalogue. */
import { afterEach, describe, expect, it } from "vitest";
import i18n from "./index";
import { timeBucketLabel } from "./labels";

afterEach(async () => {
  await i18n.changeLanguage("en");
});

describe("time bucket labels", () => {
  it("English: 2023 Q2 and Apr 2023", async () => {
    await i18n.changeLanguage("en");
    expect(timeBucketLabel("2023-Q2")).toBe("2023 Q2");
    expect(timeBucketLabel("2023-04")).toBe("Apr 2023");
  });

  it("Chinese: 2023年第2季度 and 2023年4月", async () => {
    await i18n.changeLanguage("zh-CN");
    expect(timeBucketLabel("2023-Q2")).toBe("2023年第2季度");
    expect(timeBucketLabel("2023-04")).toBe("2023年4月");
  });

  it("leaves anything else as it is", () => {
    expect(timeBucketLabel("2023-Q5")).toBe("2023-Q5");
    expect(timeBucketLabel("Unknown")).toBe("Unknown");
  });
});
