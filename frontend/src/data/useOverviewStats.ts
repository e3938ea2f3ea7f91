/** Programme-wide counts and series for the Overview. PLACEHOLDER: sample data until the lens contract is wired. */
import { useQuery } from "@tanstack/react-query";
import { sampleOverview } from "./placeholder/sampleData";
import { sampleQueryFn } from "./sampleQuery";
import type { DataSource } from "./types";

export const overviewSource: DataSource = "sample";

export function useOverviewStats() {
  return useQuery({ queryKey: ["sample", "overview"], queryFn: sampleQueryFn(sampleOverview), staleTime: Infinity });
}
