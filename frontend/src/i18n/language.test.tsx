/** Which language the dApp speaks: the browser's (zh* -> Chinese, else English), or the choice remembered by the switcher. */
import { afterEach, describe, expect, it, vi } from "vitest";
import { render, screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import LanguageDetector from "i18next-browser-languagedetector";
import { Trans } from "react-i18next";
import i18n, { DETECTION } from "./index";
import { LANGUAGE_STORAGE_KEY, pickLanguage, toSupported } from "./language";
import { LanguageSwitcher } from "../components/layout/LanguageSwitcher";
import { formatNumber } from "../format/display";

/** The detector as the dApp configures it, reading this page's storage and navigator. */
function detect(): string | undefined {
  const detector = new LanguageDetector({ languageUtils: { getBestMatchFromCodes: () => undefined } } as never, DETECTION);
  const found = detector.detect() as readonly string[] | string | undefined;
  return Array.isArray(found) ? found[0] : (found as string | undefined);
}

afterEach(async () => {
  vi.restoreAllMocks();
  window.localStorage.clear();
  await i18n.changeLanguage("en");
});

describe("language choice", () => {
  it("zh* browser languages give Simplified Chinese; every other language gives English", () => {
    for (const zh of ["zh", "zh-CN", "zh-TW", "zh-Hans-CN", "zh_HK", "ZH-cn"]) expect(toSupported(zh)).toBe("zh-CN");
    for (const other of ["en", "en-US", "en-GB", "fr-FR", "de", "ja", "zhx", ""]) expect(toSupported(other)).toBe("en");
    expect(pickLanguage(null, ["zh-CN", "en"])).toBe("zh-CN");
    expect(pickLanguage(null, ["fr-FR", "zh-CN"])).toBe("en");
    expect(pickLanguage(null, [])).toBe("en");
    expect(pickLanguage("en", ["zh-CN"])).toBe("en");
    expect(pickLanguage("klingon", ["zh-CN"])).toBe("zh-CN");
  });

  it("the detector follows the browser's language, and a remembered choice wins", () => {
    const languages = vi.spyOn(window.navigator, "languages", "get");
    languages.mockReturnValue(["zh-TW", "en-US"]);
    expect(detect()).toBe("zh-CN");
    languages.mockReturnValue(["de-DE"]);
    expect(detect()).toBe("en");
    window.localStorage.setItem(LANGUAGE_STORAGE_KEY, "zh-CN");
    expect(detect()).toBe("zh-CN");
    languages.mockReturnValue(["zh-CN"]);
    window.localStorage.setItem(LANGUAGE_STORAGE_KEY, "en");
    expect(detect()).toBe("en");
  });

  it('the tests\' browser (jsdom, en-US) starts in English, with <html lang="en">', () => {
    expect(i18n.language).toBe("en");
    expect(document.documentElement.lang).toBe("en");
  });

  it("the header's switcher changes the language now, sets <html lang>, and remembers the choice", async () => {
    render(<LanguageSwitcher />);
    const select = screen.getByRole("combobox", { name: "Language" });
    expect(select).toHaveValue("en");
    expect(window.localStorage.getItem(LANGUAGE_STORAGE_KEY)).toBeNull(); // the detected language is not stored
    await userEvent.selectOptions(select, "zh-CN");
    expect(window.localStorage.getItem(LANGUAGE_STORAGE_KEY)).toBe("zh-CN");
    expect(i18n.language).toBe("zh-CN");
    expect(document.documentElement.lang).toBe("zh-CN");
    expect(screen.getByRole("combobox", { name: "语言" })).toHaveValue("zh-CN");
    expect(i18n.t("nav.overview")).toBe("概览");
    expect(formatNumber(12345)).toBe("12,345");
    await userEvent.selectOptions(screen.getByRole("combobox", { name: "语言" }), "en");
    expect(window.localStorage.getItem(LANGUAGE_STORAGE_KEY)).toBe("en");
    expect(document.documentElement.lang).toBe("en");
  });

  it("sentences with a link keep the link's words (no void HTML tag names such as <link> in the catalogues)", async () => {
    for (const language of ["en", "zh-CN"] as const) {
      await i18n.changeLanguage(language);
      const { unmount } = render(
        <p data-testid="done">
          <Trans i18nKey="relay.done" components={{ a: <a href="/projects/8" /> }} />
        </p>,
      );
      expect(screen.getByRole("link", { name: language === "en" ? "See it in the project's timeline" : "在项目时间线中查看" })).toHaveAttribute(
        "href",
        "/projects/8",
      );
      unmount();
    }
  });
});
