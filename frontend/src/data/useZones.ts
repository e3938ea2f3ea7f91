/** Pilot zones. PLACEHOLDER: sample data until the registry contract is wired. */
import { useQuery } from "@tanstack/react-query";
import { sampleZones } from "./placeholder/sampleData";
import { sampleQueryFn } from "./sampleQuery";
import type { DataSource } from "./types";

export const zonesSource: DataSource = "sample";

export function useZones() {
  return useQuery({ queryKey: ["sample", "zones"], queryFn: sampleQueryFn(() => sampleZones()), staleTime: Infinity });
}
