/**
 * Search by the names the dApp shows. The chain and the indexer hold the English names; in Chinese mode
 * the pages show the sample's Chinese names (sampleNames.ts). A search term that is part of a Chinese
 * name stands for the English name(s) behind it, so a list search matches either. Pure, and the same in
 * both languages (a query's cache key is its search text, whatever the language): in English mode a
 * Chinese term still finds its entity, which is harmless.
 */
import { ENTITY_NAMES_ZH, REGION_NAMES_ZH, ZONE_NAMES_ZH } from "./sampleNames";

type Names = Readonly<Record<string, string>>;

/** The English names whose Chinese name contains `term` (trimmed, case-insensitive); none for an empty term. */
export function englishNamesFor(term: string, chinese: Names): string[] {
  const t = term.trim().toLowerCase();
  if (!t) return [];
  return Object.entries(chinese)
    .filter(([, zh]) => zh.toLowerCase().includes(t))
    .map(([en]) => en);
}

export const entityNamesFor = (term: string): string[] => englishNamesFor(term, ENTITY_NAMES_ZH);
export const zoneNamesFor = (term: string): string[] => englishNamesFor(term, ZONE_NAMES_ZH);
export const regionNamesFor = (term: string): string[] => englishNamesFor(term, REGION_NAMES_ZH);

const withChinese = (name: string, chinese: Names): string => (Object.hasOwn(chinese, name) ? `${name} ${chinese[name]}` : name);

/** The text a search of names matches in the browser: the English name and, if the sample has one, its Chinese name. */
export const searchableEntityName = (name: string): string => withChinese(name, ENTITY_NAMES_ZH);
export const searchableZone = (name: string, region: string): string => `${withChinese(name, ZONE_NAMES_ZH)} ${withChinese(region, REGION_NAMES_ZH)}`;
