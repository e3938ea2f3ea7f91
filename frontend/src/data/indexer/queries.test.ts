// @vitest-environment node
/**
 * Every document the dApp sends is valid against the indexer's schema (indexer/ponder.schema.ts,
 * through Ponder's own GraphQL schema builder) and under Ponder's limits (1000 tokens, 30 aliases).
 */
import { describe, expect, it } from "vitest";
// The same (CommonJS) copy of graphql that Ponder loads, so that its schema object is recognised.
import { Kind, Lexer, Source, TokenKind, getVariableValues, parse, validate, type GraphQLSchema, type OperationDefinitionNode } from "graphql/index.js";
import * as q from "./queries";
import { STANDING_QUERY } from "../standing";

// Loaded by path at run time (not type-checked with the dApp): Ponder's own schema builder (not in
// its package exports; the ground truth of the server) and the indexer's schema file.
const PONDER_GRAPHQL = new URL("../../../../node_modules/ponder/dist/esm/graphql/index.js", import.meta.url).href;
const INDEXER_SCHEMA = new URL("../../../../indexer/ponder.schema.ts", import.meta.url).href;
const { buildGraphQLSchema } = (await import(/* @vite-ignore */ PONDER_GRAPHQL)) as { buildGraphQLSchema: (args: { schema: unknown }) => GraphQLSchema };
const schema = buildGraphQLSchema({ schema: await import(/* @vite-ignore */ INDEXER_SCHEMA) });

function tokens(query: string): number {
  const lexer = new Lexer(new Source(query));
  let n = 0;
  for (let t = lexer.advance(); t.kind !== TokenKind.EOF; t = lexer.advance()) n++;
  return n;
}

const DOCUMENTS: Record<string, string> = {
  OVERVIEW: q.OVERVIEW_QUERY,
  ZONES: q.ZONES_QUERY,
  ENTITIES: q.entitiesQuery(true),
  ENTITIES_NO_ZONES: q.entitiesQuery(false),
  ENTITY_FIELDS: q.ENTITY_FIELDS_QUERY,
  PROJECTS: q.PROJECTS_QUERY,
  ZONE: q.ZONE_QUERY,
  ENTITY: q.ENTITY_QUERY,
  PROJECT: q.PROJECT_QUERY,
  TIMELINE: q.TIMELINE_QUERY,
  BY_UID: q.ATTESTATIONS_BY_UID_QUERY,
  DOCUMENT: q.DOCUMENT_QUERY,
  NONCE_VOIDS: q.NONCE_VOIDS_QUERY,
  STANDING: STANDING_QUERY,
};

describe("indexer GraphQL documents", () => {
  for (const [name, doc] of Object.entries(DOCUMENTS)) {
    it(`${name} is valid against indexer/ponder.schema.ts and within Ponder's limits`, () => {
      const errors = validate(schema, parse(doc));
      expect(errors.map((e) => e.message)).toEqual([]);
      expect(tokens(doc)).toBeLessThanOrEqual(1000);
    });
  }
});

/** The variables coerce to the document's declared types (unknown filter keys are refused here). */
function variableErrors(doc: string, variables: Record<string, unknown>): string[] {
  const op = parse(doc).definitions.find((d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION);
  if (!op) return ["no operation"];
  const result = getVariableValues(schema, op.variableDefinitions ?? [], variables);
  return "errors" in result && result.errors ? result.errors.map((e) => e.message) : [];
}

const LIST: q.ListQuery = { page: 2, pageSize: 15, search: "  Hospital ", filters: { zone: "3", field: "11", type: "0", status: "1" }, sort: { key: "name", dir: "asc" } };

describe("variables", () => {
  it("entities: every filter, search and sort map to indexer columns; the field filter goes through entity ids", () => {
    expect(q.fieldFilterOf(LIST)).toBe(11);
    const first = { w: q.entityWhere(LIST) };
    expect(first.w).toEqual({ zoneId: 3, entityType: 0, status: 1, search_contains: "hospital" });
    expect(variableErrors(q.ENTITY_FIELDS_QUERY, first)).toEqual([]);
    const ids = q.entitiesWithField([{ id: 4, fields: 1 << 11 }, { id: 5, fields: (1 << 2) | (1 << 12) }, { id: 9, fields: (1 << 11) | 1 }], 11);
    expect(ids).toEqual([4, 9]);
    const vars = q.pageVariables("entities", LIST, q.entityWhere(LIST, {}, ids));
    expect(vars).toEqual({
      w: { id_in: [4, 9], zoneId: 3, entityType: 0, status: 1, search_contains: "hospital" },
      o: "search",
      d: "asc",
      n: 15,
      k: 30,
    });
    expect(variableErrors(q.entitiesQuery(true), vars)).toEqual([]);
    expect(q.entityWhere(LIST, {}, [])["id_in"]).toEqual([0]);
  });
  it("ignores filter values that are not ids, and unknown sort keys", () => {
    const vars = q.pageVariables("entities", { ...LIST, filters: { zone: "Chengdu", type: "" }, sort: { key: "nope", dir: "desc" } }, q.entityWhere({ search: "", filters: { zone: "Chengdu" } }));
    expect(vars).toMatchObject({ w: {}, o: "search", d: "desc" });
  });
  it("projects of a zone, zones with a search in name or region", () => {
    const p = q.pageVariables("projects", { ...LIST, sort: { key: "attestations", dir: "desc" } }, q.projectWhere({ search: "Grid", filters: { status: "2" } }, { zoneId: 4 }));
    expect(p).toMatchObject({ w: { zoneId: 4, status: 2, search_contains: "grid" }, o: "attestationCount", d: "desc" });
    expect(variableErrors(q.PROJECTS_QUERY, p)).toEqual([]);
    const z = q.pageVariables("zones", { ...LIST, filters: {} }, q.zoneWhere({ search: "Sichuan", filters: {} }));
    expect(z["w"]).toEqual({ OR: [{ name_contains_nocase: "sichuan" }, { region_contains_nocase: "sichuan" }] });
    expect(variableErrors(q.ZONES_QUERY, z)).toEqual([]);
  });
  it("a search in a sample's Chinese name also finds the English name(s) behind it, in the same one request", () => {
    const e = q.entityWhere({ search: " 海尔 ", filters: { zone: "15" } });
    expect(e).toEqual({ zoneId: 15, OR: [{ search_contains: "海尔" }, { name_in: ["Haier"] }] });
    expect(variableErrors(q.entitiesQuery(true), q.pageVariables("entities", LIST, e))).toEqual([]);
    expect(variableErrors(q.ENTITY_FIELDS_QUERY, { w: e })).toEqual([]);
    const z = q.zoneWhere({ search: "四川", filters: {} });
    expect(z).toEqual({ OR: [{ name_contains_nocase: "四川" }, { region_contains_nocase: "四川" }, { region_in: ["Sichuan"] }] });
    expect(variableErrors(q.ZONES_QUERY, q.pageVariables("zones", LIST, z))).toEqual([]);
    expect(q.zoneWhere({ search: "成都", filters: { status: "1" } })).toEqual({
      status: 1,
      OR: [{ name_contains_nocase: "成都" }, { region_contains_nocase: "成都" }, { name_in: ["Chengdu"] }],
    });
  });
  it("timeline, document, refs, overview and nonce voids", () => {
    expect(variableErrors(q.TIMELINE_QUERY, q.timelineVariables({ projectId: 5 }, 20, "cursor"))).toEqual([]);
    const d = q.documentVariables("0xABCD", 1, 20);
    expect(d).toEqual({ w: { contentHash: "0xabcd" }, n: 20, k: 20 });
    expect(variableErrors(q.DOCUMENT_QUERY, d)).toEqual([]);
    expect(variableErrors(q.ATTESTATIONS_BY_UID_QUERY, q.byUidVariables(["0xAA", "0xbb"]))).toEqual([]);
    expect(variableErrors(q.OVERVIEW_QUERY, q.overviewVariables())).toEqual([]);
    expect(variableErrors(q.NONCE_VOIDS_QUERY, q.nonceVoidVariables("0xF39F"))).toEqual([]);
  });
  it("caps page sizes at Ponder's limit", () => {
    expect(q.pageVariables("zones", { ...LIST, pageSize: 5000, page: 0 }, {})["n"]).toBe(1000);
  });
});
