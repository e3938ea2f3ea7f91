/** Attestation kinds, each with its own colour (the text carries the meaning). */
const KIND_CLASS: Record<string, string> = {
  "Progress report": "kind--progress",
  Milestone: "kind--milestone",
  Review: "kind--review",
  "Expert opinion": "kind--opinion",
  Evaluation: "kind--evaluation",
  Acceptance: "kind--acceptance",
};

export function KindBadge({ kind }: { readonly kind: string }) {
  return <span className={`kind ${KIND_CLASS[kind] ?? ""}`}>{kind}</span>;
}
