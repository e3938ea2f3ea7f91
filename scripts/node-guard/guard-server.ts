/**
 * The JSON-RPC guard's HTTP server: a loopback-only listener that applies {@link decide}
 * (request-policy.ts) to every request and hands what it lets through to an EIP-1193 provider
 * (npm start: the in-process Hardhat chain, so no other listener exists). It speaks JSON-RPC over
 * POST like `hardhat node` (single calls and batches, the same error shape, revert data included)
 * but answers CORS only for the dApp's origin(s), refuses other pages with 403 and serves no
 * WebSocket (a browser's WebSocket is not bound by CORS, so it is refused for everyone).
 */
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo, Socket } from "node:net";
import { decide, methodsOf, UNPARSABLE, type Decision } from "./request-policy.js";

/** The one thing the guard needs from a chain (Hardhat's EthereumProvider fits). */
export interface RequestProvider {
  request(args: { method: string; params?: unknown[] | object }): Promise<unknown>;
}

/** One request the guard has decided on, for logs and tests. */
export interface GuardEvent {
  httpMethod: string;
  origin: string | undefined;
  /** JSON-RPC methods of the body (POST only). */
  rpcMethods: string[];
  decision: Decision | { action: "refuse-upgrade" };
}

export interface GuardServerOptions {
  provider: RequestProvider;
  /** 127.0.0.1 unless told otherwise; anything but a loopback address is refused. */
  host?: string;
  /** 0: any free port. */
  port: number;
  dappOrigins?: readonly string[];
  onEvent?: (event: GuardEvent) => void;
  /** Largest accepted body; seeding sends batches of a few hundred transactions (default 64 MiB). */
  maxBodyBytes?: number;
}

export interface GuardServer {
  url: string;
  port: number;
  /** Replaces the dApp's origins (npm start learns the dev server's URL once it is up). */
  setDappOrigins(origins: readonly string[]): void;
  dappOrigins(): readonly string[];
  close(): Promise<void>;
}

/** EIP-1193's "Unauthorized": the method and/or account has not been authorized. */
export const REFUSED_CODE = 4100;
const INVALID_REQUEST = -32600;
const PARSE_ERROR = -32700;
const INTERNAL_ERROR = -32603;
/** geth/anvil/Hardhat's code for a revert: `data` is the raw revert data. */
const REVERT_CODE = 3;

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === "object" && v !== null;

/** A provider's error as `hardhat node` serialises it (clients decode revert data from `data`). */
export function toJsonRpcError(error: unknown): { code: number; message: string; data?: unknown } {
  const e = isObject(error) ? error : {};
  const message = typeof e.message === "string" ? e.message : String(error);
  const code = typeof e.code === "number" ? e.code : INTERNAL_ERROR;
  const inner = isObject(e.data) ? e.data : undefined;
  const returnData = typeof e.data === "string" ? e.data : typeof inner?.data === "string" ? inner.data : undefined;
  if (code === REVERT_CODE) return { code, message, data: returnData };
  const txHash = typeof e.transactionHash === "string" ? e.transactionHash : typeof inner?.transactionHash === "string" ? inner.transactionHash : undefined;
  const reason = typeof inner?.reason === "string" ? inner.reason : undefined;
  return { code, message, data: { message, txHash, data: returnData, reason } };
}

async function answer(provider: RequestProvider, call: unknown): Promise<unknown> {
  if (!isObject(call) || call.jsonrpc !== "2.0" || typeof call.method !== "string") {
    return { jsonrpc: "2.0", id: isObject(call) && call.id !== undefined ? call.id : null, error: { code: INVALID_REQUEST, message: "Invalid request" } };
  }
  const id = call.id !== undefined ? call.id : null;
  try {
    const params = (call.params ?? []) as unknown[] | object;
    return { jsonrpc: "2.0", id, result: (await provider.request({ method: call.method, params })) ?? null };
  } catch (error) {
    return { jsonrpc: "2.0", id, error: toJsonRpcError(error) };
  }
}

function readBody(req: IncomingMessage, limit: number): Promise<Buffer | "too-large"> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    let over = false;
    req.on("data", (chunk: Buffer) => {
      size += chunk.length;
      if (size > limit) over = true;
      if (!over) chunks.push(chunk);
    });
    req.on("end", () => resolve(over ? "too-large" : Buffer.concat(chunks)));
    req.on("error", reject);
  });
}

function corsHeaders(res: ServerResponse, allowOrigin: string | undefined, req: IncomingMessage): void {
  res.setHeader("Vary", "Origin");
  if (!allowOrigin) return;
  res.setHeader("Access-Control-Allow-Origin", allowOrigin);
  res.setHeader("Access-Control-Allow-Methods", "POST, OPTIONS");
  res.setHeader("Access-Control-Allow-Headers", req.headers["access-control-request-headers"] ?? "content-type");
  res.setHeader("Access-Control-Max-Age", "600");
}

function sendJson(res: ServerResponse, status: number, body: unknown): void {
  res.statusCode = status;
  res.setHeader("Content-Type", "application/json");
  res.end(JSON.stringify(body));
}

const LOOPBACK_ADDRESSES = new Set(["127.0.0.1", "::1", "localhost"]);

export async function startGuardServer(options: GuardServerOptions): Promise<GuardServer> {
  const host = options.host ?? "127.0.0.1";
  if (!LOOPBACK_ADDRESSES.has(host)) throw new Error(`the JSON-RPC guard listens on a loopback address only, not ${host}`);
  const limit = options.maxBodyBytes ?? 64 * 1024 * 1024;
  let dappOrigins: readonly string[] = [...(options.dappOrigins ?? [])];
  const emit = (event: GuardEvent) => options.onEvent?.(event);

  const handle = async (req: IncomingMessage, res: ServerResponse) => {
    const httpMethod = (req.method ?? "GET").toUpperCase();
    const origin = req.headers.origin;
    let body: unknown;
    if (httpMethod === "POST") {
      const raw = await readBody(req, limit);
      if (raw === "too-large") {
        res.setHeader("Connection", "close");
        sendJson(res, 413, { jsonrpc: "2.0", id: null, error: { code: INVALID_REQUEST, message: `request body over ${limit} bytes` } });
        return;
      }
      try {
        body = JSON.parse(raw.toString("utf8"));
      } catch {
        body = UNPARSABLE;
      }
    } else req.resume();

    const decision = decide({ method: httpMethod, origin, host: req.headers.host, body }, { dappOrigins });
    emit({ httpMethod, origin, rpcMethods: body === undefined || body === UNPARSABLE ? [] : methodsOf(body), decision });
    if (decision.action === "refuse") {
      res.setHeader("Vary", "Origin");
      sendJson(res, decision.status, { jsonrpc: "2.0", id: null, error: { code: REFUSED_CODE, message: decision.message } });
      return;
    }
    corsHeaders(res, decision.allowOrigin, req);
    if (decision.action === "preflight") {
      res.statusCode = 204;
      res.end();
      return;
    }
    if (body === UNPARSABLE) {
      sendJson(res, 200, { jsonrpc: "2.0", id: null, error: { code: PARSE_ERROR, message: "Parse error: the body is not JSON" } });
      return;
    }
    // a batch's calls are handed over in order (the chain queues them so), answered together
    const result = Array.isArray(body) ? await Promise.all(body.map((call) => answer(options.provider, call))) : await answer(options.provider, body);
    sendJson(res, 200, result);
  };

  const server = createServer((req, res) => {
    handle(req, res).catch((error: Error) => {
      if (!res.headersSent) sendJson(res, 500, { jsonrpc: "2.0", id: null, error: { code: INTERNAL_ERROR, message: error.message } });
      else res.destroy();
    });
  });
  // No WebSocket: browsers do not apply CORS to it, so any page could use it.
  server.on("upgrade", (req: IncomingMessage, socket: Socket) => {
    emit({ httpMethod: "UPGRADE", origin: req.headers.origin, rpcMethods: [], decision: { action: "refuse-upgrade" } });
    socket.end("HTTP/1.1 403 Forbidden\r\nConnection: close\r\nContent-Length: 0\r\n\r\n");
  });

  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(options.port, host, () => {
      server.off("error", reject);
      resolve();
    });
  });
  const port = (server.address() as AddressInfo).port;
  const urlHost = host === "::1" ? "[::1]" : host;
  return {
    url: `http://${urlHost}:${port}`,
    port,
    setDappOrigins: (origins) => {
      dappOrigins = [...origins];
    },
    dappOrigins: () => dappOrigins,
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}
