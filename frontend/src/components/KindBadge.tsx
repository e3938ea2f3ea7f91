/** Attestation kinds, each with its own colour (the text carries the meaning), in the active language. */
import { useTranslation } from "react-i18next";
import { kindLabel } from "../i18n/labels";

const KIND_CLASS: Record<string, string> = {
  "Progress report": "kind--progress",
  Milestone: "kind--milestone",
  Review: "kind--review",
  "Expert opinion": "kind--opinion",
  Evaluation: "kind--evaluation",
  Acceptance: "kind--acceptance",
};

export function KindBadge({ kind }: { readonly kind: string }) {
  useTranslation(); // re-render on a language change
  return <span className={`kind ${KIND_CLASS[kind] ?? ""}`}>{kindLabel(kind)}</span>;
}
