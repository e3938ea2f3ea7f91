/** The header's language choice: English or Simplified Chinese, remembered for the next visits (src/i18n). */
import { useId } from "react";
import { useTranslation } from "react-i18next";
import { chooseLanguage, currentLanguage } from "../../i18n";
import { LANGUAGE_NAMES, LANGUAGES, type Language } from "../../i18n/language";

export function LanguageSwitcher() {
  const { t } = useTranslation();
  const id = useId();
  return (
    <div className="lang-switch">
      <label htmlFor={id} className="visually-hidden">
        {t("shell.language")}
      </label>
      <svg viewBox="0 0 20 20" width="16" height="16" aria-hidden="true" className="lang-switch__icon">
        <circle cx="10" cy="10" r="8" fill="none" stroke="currentColor" strokeWidth="1.6" />
        <path d="M2 10h16M10 2c2.5 2.6 2.5 13.4 0 16M10 2c-2.5 2.6-2.5 13.4 0 16" fill="none" stroke="currentColor" strokeWidth="1.4" />
      </svg>
      <select
        id={id}
        className="lang-switch__select"
        value={currentLanguage()}
        onChange={(e) => void chooseLanguage(e.target.value as Language)}
        data-testid="language-switcher"
      >
        {LANGUAGES.map((l) => (
          <option key={l} value={l} lang={l}>
            {LANGUAGE_NAMES[l]}
          </option>
        ))}
      </select>
    </div>
  );
}
