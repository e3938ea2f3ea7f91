/** Counts the JSON-RPC HTTP requests a page sends to a node (a batch body counts as one request). */
import type { Page, Request } from "playwright-core";

export interface RpcCounter {
  /** HTTP requests to the node so far. */
  readonly count: () => number;
  /** JSON-RPC methods seen so far (every element of a batch listed). */
  readonly methods: () => string[];
  /** Batched HTTP requests so far. */
  readonly batches: () => number;
  readonly reset: () => void;
  readonly stop: () => void;
}

export function countRpcRequests(page: Page, nodeUrl: string): RpcCounter {
  const base = nodeUrl.replace(/\/+$/, "");
  let count = 0;
  let batches = 0;
  let methods: string[] = [];
  const onRequest = (req: Request) => {
    if (req.method() !== "POST" || req.url().replace(/\/+$/, "") !== base) return;
    count++;
    try {
      const body: unknown = JSON.parse(req.postData() ?? "null");
      const calls = Array.isArray(body) ? body : [body];
      if (Array.isArray(body)) batches++;
      for (const c of calls) {
        const m = (c as { method?: unknown } | null)?.method;
        if (typeof m === "string") methods.push(m);
      }
    } catch {
      /* not JSON: still one request */
    }
  };
  page.on("request", onRequest);
  return {
    count: () => count,
    methods: () => [...methods],
    batches: () => batches,
    reset: () => {
      count = 0;
      batches = 0;
      methods = [];
    },
    stop: () => page.off("request", onRequest),
  };
}
