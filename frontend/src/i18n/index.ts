/**
 * The dApp's languages (react-i18next): English and Simplified Chinese, bundled (no loading).
 * Start-up language: the choice remembered by the header's switcher (localStorage), else the
 * browser's (zh* -> zh-CN, anything else -> en). A change sets <html lang> and the locale of every
 * date and number (format/display.ts). The terminal tool does not use this: it stays English.
 */
import i18n from "i18next";
import LanguageDetector from "i18next-browser-languagedetector";
import { initReactI18next } from "react-i18next";
import { setFormatLocale } from "../format/display";
import { en } from "./en";
import { LANGUAGE_STORAGE_KEY, LANGUAGES, toSupported, type Language } from "./language";
import { zhCN } from "./zh-CN";

export const resources = { en: { translation: en }, "zh-CN": { translation: zhCN } } as const;

/** The browser language detector's options: the remembered choice first, then the browser's languages, each made a supported one. */
export const DETECTION = {
  order: ["localStorage", "navigator"],
  lookupLocalStorage: LANGUAGE_STORAGE_KEY,
  // Only an explicit choice is remembered (chooseLanguage), never the detected language.
  caches: [] as string[],
  convertDetectedLanguage: (code: string): string => toSupported(code),
};

function applyLanguage(lng: string): void {
  const language = toSupported(lng);
  setFormatLocale(language);
  if (typeof document !== "undefined") {
    document.documentElement.lang = language;
    document.title = i18n.t("shell.brand");
  }
}

i18n.on("languageChanged", applyLanguage);

void i18n
  .use(LanguageDetector)
  .use(initReactI18next)
  .init({
    resources,
    supportedLngs: [...LANGUAGES],
    fallbackLng: "en",
    load: "currentOnly",
    initAsync: false,
    interpolation: { escapeValue: false }, // React escapes
    returnNull: false,
    react: { useSuspense: false },
    detection: DETECTION,
  });

/** The language in use (always a supported one). */
export const currentLanguage = (): Language => toSupported(i18n.resolvedLanguage ?? i18n.language ?? "en");

/** The switcher's action: change the language now and remember the choice for the next visits. */
export async function chooseLanguage(language: Language): Promise<void> {
  try {
    window.localStorage.setItem(LANGUAGE_STORAGE_KEY, language);
  } catch {
    /* storage blocked (private mode): the choice holds for this visit */
  }
  await i18n.changeLanguage(language);
}

export default i18n;
