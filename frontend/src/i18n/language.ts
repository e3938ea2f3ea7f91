/**
 * Which language the dApp speaks: Simplified Chinese for any zh* browser language, English otherwise.
 * Pure (unit-tested); the i18next set-up (./index.ts) and the header's switcher use it.
 */
export const LANGUAGES = ["en", "zh-CN"] as const;
export type Language = (typeof LANGUAGES)[number];

/** Where the user's explicit choice is remembered (only the switcher writes it). */
export const LANGUAGE_STORAGE_KEY = "pilot-registry.language";

/** The names shown in the switcher: each language in its own words. */
export const LANGUAGE_NAMES: Readonly<Record<Language, string>> = { en: "English", "zh-CN": "简体中文" };

/** One detected code (`zh-TW`, `zh_Hans`, `en-GB`, `fr`) as a supported language: zh* -> zh-CN, anything else -> en. */
export function toSupported(code: string): Language {
  return /^zh(?:$|[-_])/i.test(code.trim()) ? "zh-CN" : "en";
}

/** A stored choice, if it names a supported language exactly (anything else is ignored). */
export function storedLanguage(value: string | null | undefined): Language | undefined {
  return LANGUAGES.find((l) => l === value);
}

/** The language to start in: the remembered choice, else the browser's first language, else English. */
export function pickLanguage(stored: string | null | undefined, browser: readonly string[]): Language {
  return storedLanguage(stored) ?? (browser[0] !== undefined ? toSupported(browser[0]) : "en");
}
