/** Wraps a placeholder data source so pages see real loading states. Swap per hook when wiring contracts. */
const SAMPLE_LATENCY_MS = 250;

export function sampleQueryFn<T>(produce: () => T): () => Promise<T> {
  return () => new Promise<T>((resolve) => setTimeout(() => resolve(produce()), SAMPLE_LATENCY_MS));
}
