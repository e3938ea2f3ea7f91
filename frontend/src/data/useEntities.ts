/** Pilot entities. PLACEHOLDER: sample data until the registry contract is wired. */
import { useQuery } from "@tanstack/react-query";
import { sampleEntities } from "./placeholder/sampleData";
import { sampleQueryFn } from "./sampleQuery";
import type { DataSource } from "./types";

export const entitiesSource: DataSource = "sample";

export function useEntities() {
  return useQuery({ queryKey: ["sample", "entities"], queryFn: sampleQueryFn(() => sampleEntities()), staleTime: Infinity });
}
