/** Minimal JSON-RPC-over-HTTP client used by the dev-accounts connector. */

export class JsonRpcError extends Error {
  readonly code: number;
  readonly data: unknown;
  constructor(code: number, message: string, data?: unknown) {
    super(message);
    this.name = "JsonRpcError";
    this.code = code;
    this.data = data;
  }
}

interface JsonRpcResponse {
  readonly result?: unknown;
  readonly error?: { readonly code: number; readonly message: string; readonly data?: unknown };
}

let nextId = 1;

export async function jsonRpcRequest(url: string, method: string, params: readonly unknown[] = []): Promise<unknown> {
  let response: Response;
  try {
    response = await fetch(url, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ jsonrpc: "2.0", id: nextId++, method, params }),
    });
  } catch (cause) {
    throw new JsonRpcError(-32603, `Cannot reach the node at ${url}`, cause instanceof Error ? cause.message : cause);
  }
  if (!response.ok) throw new JsonRpcError(-32603, `Node answered HTTP ${response.status}`);
  const body = (await response.json()) as JsonRpcResponse;
  if (body.error) throw new JsonRpcError(body.error.code, body.error.message, body.error.data);
  return body.result;
}
