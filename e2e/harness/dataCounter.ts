/**
 * Counts a page's DATA requests (to the node's JSON-RPC and to the indexer; not the app's own
 * files) and the bytes their responses carried, e.g. for a cold load until `page-data` is ready.
 */
import type { Page, Request } from "playwright-core";

export interface DataCounter {
  /** Requests started so far, and the bytes of the responses received so far. */
  snapshot(): { requests: number; bytes: number; node: number; indexer: number; urls: string[] };
  /** Waits (up to `ms`) for the responses of the requests started so far. */
  settle(ms?: number): Promise<void>;
  stop(): void;
}

export function countData(page: Page, origins: { node: string; indexer?: string | undefined }): DataCounter {
  const node = origins.node.replace(/\/+$/, "");
  const indexer = origins.indexer?.replace(/\/+$/, "");
  const started: { req: Request; kind: "node" | "indexer" }[] = [];
  const bytes = new Map<Request, number>();
  const pending = new Set<Promise<void>>();
  const kindOf = (url: string): "node" | "indexer" | undefined => {
    if (url.replace(/\/+$/, "") === node) return "node";
    if (indexer && url.startsWith(indexer)) return "indexer";
    return undefined;
  };
  const onRequest = (req: Request) => {
    if (req.method() === "OPTIONS") return; // CORS preflight: no data
    const kind = kindOf(req.url());
    if (kind) started.push({ req, kind });
  };
  const onFinished = (req: Request) => {
    if (!kindOf(req.url()) || req.method() === "OPTIONS") return;
    const p = req
      .sizes()
      .then((s) => void bytes.set(req, s.responseBodySize + s.responseHeadersSize))
      .catch(() => undefined)
      .finally(() => pending.delete(p));
    pending.add(p);
  };
  page.on("request", onRequest);
  page.on("requestfinished", onFinished);
  return {
    snapshot: () => ({
      requests: started.length,
      node: started.filter((s) => s.kind === "node").length,
      indexer: started.filter((s) => s.kind === "indexer").length,
      bytes: started.reduce((sum, s) => sum + (bytes.get(s.req) ?? 0), 0),
      urls: started.map((s) => `${s.req.method()} ${s.req.url().replace(/^https?:\/\/[^/]+/, "")}`),
    }),
    settle: async (ms = 2_000) => {
      const deadline = Date.now() + ms;
      while (Date.now() < deadline && started.some((s) => !bytes.has(s.req))) await new Promise((r) => setTimeout(r, 50));
      await Promise.all(pending);
    },
    stop: () => {
      page.off("request", onRequest);
      page.off("requestfinished", onFinished);
    },
  };
}
