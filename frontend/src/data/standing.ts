/**
 * "Former signer" / "former office" for the attesters and revokers a page names
 * (issue 9, finding 5). The rule is the sdk's (sdk/standing.ts); the facts are
 * each account's CURRENT entitlements and each project's entity, zone and field:
 * - indexed mode: the indexer's `account`, `project` and `programme` tables, one
 *   GraphQL request for the page;
 * - limited mode: the chain (ProgrammeReader.accounts in chunks, getProject per
 *   distinct project, defaultAdmin), one batch for the page.
 * Each distinct address and project is looked up once per page, never per row.
 */
import { useQuery } from "@tanstack/react-query";
import type { Address } from "viem";
import { pageSize, readAllChunks } from "@pilot/sdk/readPaging";
import {
  attesterStanding,
  distinctAddresses,
  NO_ENTITLEMENTS,
  revokerStanding,
  type Entitlements,
  type ProjectScope,
  type Standing,
} from "@pilot/sdk/standing";
import { pilotProgrammeAbi, programmeReaderAbi, publicClient, requireContracts } from "./chain";
import { idx } from "./indexer/fetch";
import { indexMetaQuery } from "./indexer/useIndexStatus";
import { readMode } from "./readMode";

/** What a row must say for its attester and revoker to be judged. */
export interface StandingSubject {
  readonly attester: Address;
  readonly kind: number;
  readonly projectId: number;
  readonly revoked?: { readonly by: Address | undefined } | undefined;
}

/** The facts for one page: entitlements by lower-case address, scopes by project id, the programme office. */
export interface StandingFacts {
  readonly accounts: ReadonlyMap<string, Entitlements>;
  readonly projects: ReadonlyMap<number, ProjectScope>;
  readonly office: string | undefined;
  /** The chain's clock when read (seconds), in the limited mode: offices expired by then are former ones. */
  readonly now?: number;
}

export interface Standings {
  /** undefined while loading, or when the project is unknown. */
  attester(a: StandingSubject): Standing | undefined;
  revoker(a: StandingSubject): Standing | undefined;
}

/** The indexer's current entitlements of the page's accounts, its projects' scopes and the programme office, in one request. */
export const STANDING_QUERY = `query Standing($a: [String!], $p: [Int!]) {
  accounts(where: { address_in: $a }, limit: 1000) { items { address entityId zoneAdminOf regulatorFields expertFields officeExpiresAt } }
  projects(where: { id_in: $p }, limit: 1000) { items { id entityId zoneId field } }
  programme(id: 1) { admin }
}`;

interface StandingData {
  accounts: { items: { address: string; entityId: number; zoneAdminOf: number; regulatorFields: number; expertFields: number; officeExpiresAt?: string | null }[] };
  projects: { items: { id: number; entityId: number; zoneId: number; field: number }[] };
  programme: { admin: string | null } | null;
}

type AccountRow = { entityId: number | bigint; zoneAdminOf: number | bigint; regulatorFields: number | bigint; expertFields: number | bigint };
const DAY = 86_400;
/** An account's entitlements; `officeExpiresAt` in seconds (the indexer's column, or the chain's officeExpiryDay * 1 day). */
const entitlementsOf = (r: AccountRow, officeExpiresAt: number | string | bigint | null | undefined): Entitlements => ({
  entityId: Number(r.entityId),
  zoneAdminOf: Number(r.zoneAdminOf),
  regulatorFields: Number(r.regulatorFields),
  expertFields: Number(r.expertFields),
  ...(officeExpiresAt === undefined || officeExpiresAt === null || !Number.isFinite(Number(officeExpiresAt)) ? {} : { officeExpiresAt: Number(officeExpiresAt) }),
});

/** The subjects' distinct addresses (attesters and revokers) and project ids, sorted: the query's key and its variables. */
export function standingKeys(subjects: readonly StandingSubject[]): { addresses: string[]; projectIds: number[] } {
  const addresses = distinctAddresses(subjects.flatMap((s) => [s.attester, s.revoked?.by])).sort();
  const projectIds = [...new Set(subjects.map((s) => s.projectId))].sort((a, b) => a - b);
  return { addresses, projectIds };
}

export async function indexedFacts(addresses: readonly string[], projectIds: readonly number[], signal?: AbortSignal): Promise<StandingFacts> {
  const d = await idx<StandingData>(STANDING_QUERY, { a: addresses, p: projectIds }, signal);
  return {
    accounts: new Map(d.accounts.items.map((r) => [r.address.toLowerCase(), entitlementsOf(r, r.officeExpiresAt)])),
    projects: new Map(d.projects.items.map((p) => [p.id, { entityId: p.entityId, zoneId: p.zoneId, field: p.field }])),
    office: d.programme?.admin?.toLowerCase() ?? undefined,
  };
}

export async function chainFacts(addresses: readonly string[], projectIds: readonly number[]): Promise<StandingFacts> {
  const { programme, reader } = requireContracts();
  const client = publicClient();
  const [rows, projects, office, block] = await Promise.all([
    readAllChunks(addresses, (chunk) => client.readContract({ address: reader, abi: programmeReaderAbi, functionName: "accounts", args: [chunk as Address[]] }), { pageSize: pageSize("accounts") }),
    Promise.all(projectIds.map((id) => client.readContract({ address: programme, abi: pilotProgrammeAbi, functionName: "getProject", args: [id] }))),
    client.readContract({ address: programme, abi: pilotProgrammeAbi, functionName: "defaultAdmin" }),
    client.getBlock({ blockTag: "latest" }),
  ]);
  return {
    accounts: new Map(addresses.map((a, i) => {
      const row = rows[i];
      return [a, row ? entitlementsOf(row, Number(row.officeExpiryDay) * DAY) : NO_ENTITLEMENTS];
    })),
    projects: new Map(projects.map((p, i) => [projectIds[i] as number, { entityId: Number(p.entityId), zoneId: Number(p.zoneId), field: Number(p.field) }])),
    office: String(office).toLowerCase(),
    now: Number(block.timestamp),
  };
}

/**
 * Judges the subjects with the facts (pure; the hook's second half). `nowSeconds`: the chain's clock
 * (the facts' own in the limited mode, the indexer's last block otherwise); an office expired by then
 * is a former office (issue 10). Unknown: offices are taken as recorded.
 */
export function judge(facts: StandingFacts | undefined, nowSeconds: number | undefined = facts?.now): Standings {
  const account = (a: string) => facts?.accounts.get(a.toLowerCase()) ?? NO_ENTITLEMENTS;
  return {
    attester(s) {
      const scope = facts?.projects.get(s.projectId);
      return scope ? attesterStanding(s.kind, scope, account(s.attester), nowSeconds) : undefined;
    },
    revoker(s) {
      const scope = facts?.projects.get(s.projectId);
      const by = s.revoked?.by;
      if (!scope || !by) return undefined;
      return revokerStanding({ revoker: by, attester: s.attester, kind: s.kind, scope, account: account(by), isProgrammeOffice: by.toLowerCase() === facts?.office, ...(nowSeconds === undefined ? {} : { nowSeconds }) });
    },
  };
}

/** The standings of a page's attesters and revokers: one look-up for the page (indexer, or chain in the limited mode). */
export function useStandings(subjects: readonly StandingSubject[] | undefined): Standings {
  const { addresses, projectIds } = standingKeys(subjects ?? []);
  const facts = useQuery({
    queryKey: ["standing", readMode, addresses.join(","), projectIds.join(",")] as const,
    queryFn: ({ signal }) => (readMode === "indexed" ? indexedFacts(addresses, projectIds, signal) : chainFacts(addresses, projectIds)),
    enabled: addresses.length > 0,
    staleTime: 15_000,
  });
  const meta = useQuery({ ...indexMetaQuery, enabled: readMode === "indexed" });
  const indexedTime = meta.data?.indexedTime ? meta.data.indexedTime : undefined;
  return judge(facts.data, facts.data?.now ?? indexedTime);
}
