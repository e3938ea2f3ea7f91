// @vitest-environment node
/** The catalogues: both languages have every key, the same placeholders and tags; every key is used and every key used exists. */
import { describe, expect, it } from "vitest";
import { en } from "./en";
import { zhCN } from "./zh-CN";

type Tree = { readonly [key: string]: string | Tree };

function flatten(tree: Tree, prefix = ""): Map<string, string> {
  const out = new Map<string, string>();
  for (const [k, v] of Object.entries(tree)) {
    const key = prefix ? `${prefix}.${k}` : k;
    if (typeof v === "string") out.set(key, v);
    else for (const [kk, vv] of flatten(v, key)) out.set(kk, vv);
  }
  return out;
}

const EN = flatten(en);
const ZH = flatten(zhCN as unknown as Tree);
const placeholders = (text: string) => [...text.matchAll(/\{\{(\w+)\}\}/g)].map((m) => m[1]).sort();
const tags = (text: string) => [...text.matchAll(/<(\/?\w+)>/g)].map((m) => m[1]).sort();
/** i18next's plural forms: "x_one" and "x_other" are used as "x". */
const base = (key: string) => key.replace(/_(zero|one|two|few|many|other)$/, "");

// Every source file of the dApp as text (Vite's glob import); tests and the catalogues themselves do not count as uses.
const files = import.meta.glob(["../**/*.{ts,tsx}", "!../**/*.test.{ts,tsx}", "!./en.ts", "!./zh-CN.ts"], {
  query: "?raw",
  import: "default",
  eager: true,
}) as Record<string, string>;
const code = Object.values(files).join("\n");

/** Keys looked up with a computed suffix (template literals in i18n/labels.ts and the pages): their prefixes. */
const DYNAMIC = [
  "vocab.status.",
  "vocab.kind.",
  "vocab.entityType.",
  "vocab.field.",
  "vocab.standing.",
  "vocab.standingWhy.",
  "overview.granularity.",
  "disagreement.what.",
];

describe("catalogues", () => {
  it("Chinese has every English key and no other", () => {
    expect([...ZH.keys()].filter((k) => !EN.has(k))).toEqual([]);
    expect([...EN.keys()].filter((k) => !ZH.has(k))).toEqual([]);
  });

  it("no entry is empty, and both languages use the same placeholders and tags", () => {
    for (const [key, english] of EN) {
      const chinese = ZH.get(key) ?? "";
      expect(english.trim(), key).not.toBe("");
      expect(chinese.trim(), key).not.toBe("");
      expect(placeholders(chinese), key).toEqual(placeholders(english));
      expect(tags(chinese), key).toEqual(tags(english));
    }
  });

  it("every key is used in the dApp (literally, or under a prefix looked up with a computed suffix)", () => {
    const unused = [...EN.keys()].filter((key) => !code.includes(`"${base(key)}"`) && !DYNAMIC.some((p) => key.startsWith(p) && code.includes(`\`${p}\${`)));
    expect(unused).toEqual([]);
  });

  it("every key the dApp looks up exists", () => {
    const keys = new Set([...EN.keys()].map(base));
    const used = [...code.matchAll(/(?:\bt|i18n\.t)\(\s*"([\w.-]+)"|i18nKey="([\w.-]+)"/g)].map((m) => m[1] ?? m[2] ?? "");
    expect(used.length).toBeGreaterThan(100);
    expect(used.filter((k) => !keys.has(k))).toEqual([]);
  });
});
