/** Paste-a-hash input with validation: 64 hex characters, with or without 0x, or the line `sha256sum` prints. */
import { useId, useState } from "react";
import { useTranslation } from "react-i18next";
import i18n from "../i18n";
import type { Hex } from "viem";
import { parseBytes32Hex } from "@pilot/sdk/hashing";

/** sdk/hashing.ts parseBytes32Hex's reasons in the active language (an unknown reason is shown as given). */
function reasonText(reason: string): string {
  if (reason === "Enter a hash.") return i18n.t("hash.empty");
  if (reason === "Only hex characters (0-9, a-f) may form a hash.") return i18n.t("hash.notHex");
  const m = /^Expected 64 hex characters, got (\d+)\.$/.exec(reason);
  return m ? i18n.t("hash.length", { count: Number(m[1]) }) : reason;
}

export function HashInput({ onHash, onInvalid, label }: { readonly onHash: (hash: Hex) => void; readonly onInvalid?: () => void; readonly label?: string }) {
  const { t } = useTranslation();
  const id = useId();
  const [value, setValue] = useState("");
  const [error, setError] = useState<string | undefined>();

  const submit = () => {
    const check = parseBytes32Hex(value);
    if (check.ok) {
      setError(undefined);
      onHash(check.value);
    } else {
      setError(reasonText(check.reason));
      onInvalid?.();
    }
  };

  return (
    <form
      className="hash-input"
      onSubmit={(e) => {
        e.preventDefault();
        submit();
      }}
      noValidate
    >
      <label htmlFor={id} className="field__label">
        {label ?? t("hash.paste")}
      </label>
      <div className="hash-input__row">
        <input
          id={id}
          className="input mono"
          value={value}
          onChange={(e) => setValue(e.target.value)}
          placeholder={t("hashPaste.placeholder")}
          spellCheck={false}
          autoComplete="off"
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? `${id}-error` : undefined}
        />
        <button type="submit" className="btn btn--secondary">
          {t("hash.use")}
        </button>
      </div>
      {error ? (
        <p id={`${id}-error`} className="error-text" role="alert">
          {error}
        </p>
      ) : null}
    </form>
  );
}
