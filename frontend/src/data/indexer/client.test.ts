// @vitest-environment node
import { describe, expect, it } from "vitest";
import { IndexerError, postGraphQL, type Fetch } from "./client";
import { indexHealth, parseMeta } from "./meta";

const json = (body: unknown, status = 200): Response => new Response(JSON.stringify(body), { status, headers: { "content-type": "application/json" } });
const P = "0x5FbDB2315678afecb367f032d93F642f64180aa3";

describe("postGraphQL", () => {
  it("POSTs the query and variables to /graphql and returns data", async () => {
    const calls: { url: string; init?: RequestInit }[] = [];
    const fetch: Fetch = async (url, init) => {
      calls.push({ url, ...(init ? { init } : {}) });
      return json({ data: { zones: { items: [] } } });
    };
    await expect(postGraphQL("http://127.0.0.1:1234/", { query: "{ zones { items { id } } }", variables: { n: 1 } }, { fetch })).resolves.toEqual({ zones: { items: [] } });
    expect(calls[0]?.url).toBe("http://127.0.0.1:1234/graphql");
    expect(calls[0]?.init?.method).toBe("POST");
    expect(JSON.parse(String(calls[0]?.init?.body))).toEqual({ query: "{ zones { items { id } } }", variables: { n: 1 } });
  });
  it("turns GraphQL errors (Ponder answers them with HTTP 200), HTTP errors and a dead server into IndexerErrors", async () => {
    await expect(postGraphQL("http://x", { query: "{}" }, { fetch: async () => json({ errors: [{ message: "Invalid limit" }] }) })).rejects.toMatchObject({ failure: "graphql", message: "The indexer refused the query: Invalid limit" });
    await expect(postGraphQL("http://x", { query: "{}" }, { fetch: async () => json({}, 503) })).rejects.toMatchObject({ failure: "http" });
    await expect(postGraphQL("http://x", { query: "{}" }, { fetch: async () => { throw new TypeError("Failed to fetch"); } })).rejects.toBeInstanceOf(IndexerError);
    await expect(postGraphQL("http://x", { query: "{}" }, { fetch: async () => new Response("<html>") })).rejects.toMatchObject({ failure: "malformed" });
  });
});

describe("/meta", () => {
  const meta = parseMeta({ chainId: 31337, programme: P.toLowerCase(), startBlock: 1, indexedBlock: "120", indexedTime: 1_700_000_000 });
  it("parses numbers given as numbers or strings", () => {
    expect(meta).toEqual({ chainId: 31337, programme: P.toLowerCase(), startBlock: 1n, indexedBlock: 120n, indexedTime: 1_700_000_000 });
    expect(() => parseMeta({ chainId: 1, programme: "nope", indexedBlock: 1 })).toThrow(/programme/);
    expect(() => parseMeta({ chainId: 1, programme: P })).toThrow(/indexedBlock/);
  });
  it("says synced, lagging by N blocks, or following another deployment", () => {
    const expected = { chainId: 31337, programme: P as `0x${string}` };
    expect(indexHealth(meta, expected, 121n)).toEqual({ state: "synced", indexedBlock: 120n });
    expect(indexHealth(meta, expected, 150n)).toEqual({ state: "lagging", indexedBlock: 120n, behind: 30n });
    expect(indexHealth(meta, { ...expected, chainId: 1 }, 120n).state).toBe("wrong-deployment");
    expect(indexHealth(meta, { ...expected, programme: "0x0000000000000000000000000000000000000001" }, 120n).state).toBe("wrong-deployment");
  });
});
