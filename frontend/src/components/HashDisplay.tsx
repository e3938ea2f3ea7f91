/** A hash or address shown in monospace, shortened, with a copy button (no explorer link). */
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { shortHex } from "../format/display";

/** `full`: the whole value; `short`: its first 6 and last 4 characters (compact lists); else 10 and 8. */
export function HashDisplay({ value, full = false, short = false }: { readonly value: string; readonly full?: boolean; readonly short?: boolean }) {
  const { t } = useTranslation();
  const [copied, setCopied] = useState(false);
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(value);
      setCopied(true);
      setTimeout(() => setCopied(false), 1500);
    } catch {
      /* clipboard blocked: the full value is still in the title */
    }
  };
  return (
    <span className="hash">
      <code className="mono" title={value}>
        {full ? value : short ? shortHex(value) : shortHex(value, 10, 8)}
      </code>
      <button type="button" className="hash__copy" onClick={copy} aria-label={t("common.copyValue", { value })}>
        {copied ? t("common.copied") : t("common.copy")}
      </button>
    </span>
  );
}
