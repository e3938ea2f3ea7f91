/**
 * One fast-check command per external write function of the suite (and the ERC-1271 wallet's
 * switch, time travel and boundary reads), with random actors and symbolic arguments.
 */
import fc from "fast-check";
import { ATTEST_TYPES, attestDomain, type Hex } from "@pilot/sdk/eip712";
import { Kind } from "@pilot/sdk/domain";
import { MAX_PAGE } from "@pilot/sdk/readPaging";
import { DEFAULT_ADMIN_ROLE, ZERO_ADDRESS, ZERO_BYTES32, type ModelState, gov, hasField, lc, log, norm, reg } from "../model/index.js";
import { decodeError, FuzzFailure, GAS_LIMIT, type SigCall, type World } from "./world.js";
import type { SigVariant } from "./invariants.js";
import { consentFor, consentVariant } from "./consent.js";
import {
  type ActorRef,
  type AddrRef,
  type FieldRef,
  type HashRef,
  type IdRef,
  type UidRef,
  UINT32_MAX,
  UNKNOWN_UID,
  actorRef,
  addrRef,
  fieldRef,
  fieldsMask,
  hashRef,
  idRef,
  optText,
  resolveHash,
  resolveId,
  resolveTerm,
  termArb,
  text,
  uidRef,
  uint8Enum,
} from "./args.js";

type FuzzCommand = fc.AsyncCommand<World, World>;
const gas = { gasLimit: GAS_LIMIT };

class Cmd implements FuzzCommand {
  constructor(
    private readonly label: string,
    private readonly go: (w: World) => Promise<void>,
  ) {}
  check(): boolean {
    return true;
  }
  async run(_m: World, w: World): Promise<void> {
    await this.go(w);
  }
  toString(): string {
    return this.label;
  }
}

const show = (v: unknown) => JSON.stringify(v, (_k, x: unknown) => (typeof x === "bigint" ? x.toString() : x));
function cmd<T>(name: string, arb: fc.Arbitrary<T>, go: (w: World, a: T) => Promise<void>): fc.Arbitrary<FuzzCommand> {
  return arb.map((a) => new Cmd(`${name}${show(a)}`, (w) => go(w, a)));
}

// ------------------------------------------------------------------ resolution helpers

const pick = <T>(xs: T[], i: number): T | undefined => (xs.length ? xs[i % xs.length] : undefined);
const accountsOf = (s: ModelState) => Object.entries(s.accounts);

function adminIndex(w: World): number {
  const i = w.eoaIndex(w.model.admin.defaultAdmin);
  return i >= 0 ? i : 0;
}

/** EOA indices among `addresses` (wallets and unknown addresses cannot send). */
function eoaIndices(w: World, addresses: string[]): number[] {
  return addresses.map((a) => w.eoaIndex(a)).filter((i) => i >= 0);
}

function actor(w: World, r: ActorRef, fits: () => string[]): number {
  if (r.t === "any") return r.i;
  if (r.t === "admin") return adminIndex(w);
  return pick(eoaIndices(w, fits()), r.i) ?? adminIndex(w);
}

function addr(w: World, r: AddrRef, fits: () => string[]): string {
  if (r.t === "pool") return w.sys.pool[r.i];
  return pick(fits(), r.i) ?? w.sys.pool[r.i % w.sys.pool.length];
}

const admins = (w: World) => [w.model.admin.defaultAdmin];
const zoneAdminsOf = (s: ModelState, zoneId: number) =>
  accountsOf(s)
    .filter(([, a]) => a.zoneAdminOf === zoneId)
    .map(([k]) => k);
const regulatorsOf = (s: ModelState, field: number) =>
  accountsOf(s)
    .filter(([, a]) => hasField(a.regulatorFields, field))
    .map(([k]) => k);
const expertsOf = (s: ModelState, field: number) =>
  accountsOf(s)
    .filter(([, a]) => hasField(a.expertFields, field))
    .map(([k]) => k);
const signersOf = (s: ModelState, entityId: number) => s.entities[entityId - 1]?.signers ?? [];
const allSigners = (s: ModelState) =>
  accountsOf(s)
    .filter(([, a]) => a.entityId !== 0)
    .map(([k]) => k);
const freeAccounts = (w: World) =>
  w.sys.pool.filter((a) => {
    const x = w.model.accounts[a];
    return a !== ZERO_ADDRESS && (!x || (x.entityId === 0 && x.zoneAdminOf === 0 && x.regulatorFields === 0 && x.expertFields === 0));
  });
const nonSigners = (w: World) => w.sys.pool.filter((a) => a !== ZERO_ADDRESS && (w.model.accounts[a]?.entityId ?? 0) === 0);
const officials = (w: World) =>
  accountsOf(w.model)
    .filter(([, a]) => a.zoneAdminOf !== 0 || a.regulatorFields !== 0 || a.expertFields !== 0)
    .map(([k]) => k);
const zoneAuthorities = (w: World, zoneId: number) => [...admins(w), ...zoneAdminsOf(w.model, zoneId)];

function issuersFor(s: ModelState, kind: number, projectId: number): string[] {
  const p = s.projects[projectId - 1];
  if (!p) return [];
  if (kind <= Kind.Milestone) return signersOf(s, p.entityId);
  if (kind === Kind.Review) return zoneAdminsOf(s, p.zoneId);
  if (kind === Kind.ExpertOpinion) return expertsOf(s, p.field);
  return regulatorsOf(s, p.field);
}

// ------------------------------------------------------------------ attestation requests

interface ReqArgs {
  project: IdRef;
  kind: number;
  hash: HashRef;
  ref: UidRef;
  uri: string;
}
const reqArgs: fc.Arbitrary<ReqArgs> = fc.record({
  project: idRef,
  kind: uint8Enum(Kind.Acceptance),
  hash: hashRef,
  ref: fc.oneof(
    { weight: 6, arbitrary: fc.constant<UidRef>({ t: "zero" }) },
    { weight: 3, arbitrary: uidRef },
    {
      weight: 2,
      arbitrary: fc.constant<UidRef>({ t: "prev" }),
    },
  ),
  uri: optText,
});

/** A batch about one project, mostly of one kind (so one sender can be entitled to all of it). */
const coherentBatch: fc.Arbitrary<ReqArgs[]> = fc
  .tuple(reqArgs, fc.array(fc.tuple(fc.nat(9), hashRef, reqArgs), { minLength: 0, maxLength: 4 }))
  .map(([first, rest]) => [
    first,
    ...rest.map(([k, hash, other]): ReqArgs => ({ ...first, hash, ref: other.ref, uri: other.uri, kind: k < 8 ? first.kind : other.kind })),
  ]);

function resolveUid(w: World, r: UidRef): string {
  if (r.t === "ex") return pick(w.model.log, r.i) ?? UNKNOWN_UID;
  if (r.t === "unknown") return UNKNOWN_UID;
  if (r.t === "zero") return ZERO_BYTES32;
  return w.model.log[w.model.log.length - 1] ?? ZERO_BYTES32;
}

/** Resolves a batch; `prev` refers to the previous item of the same batch (uids are predictable). */
function resolveRequests(w: World, items: ReqArgs[]): log.RequestM[] {
  const counts = new Map<string, number>();
  let prevUid: string | null = null;
  return items.map((x) => {
    const contentHash = resolveHash(x.hash);
    w.trackHash(contentHash);
    const refUID = x.ref.t === "prev" && prevUid !== null ? prevUid : resolveUid(w, x.ref);
    const n = counts.get(contentHash) ?? w.model.hashCount[contentHash] ?? 0;
    counts.set(contentHash, n + 1);
    prevUid = log.uidOf(contentHash, n);
    return { projectId: resolveId(x.project, w.model.projects.length), kind: x.kind, contentHash, refUID, uri: x.uri };
  });
}

// ------------------------------------------------------------------ the commands

const unpause = cmd("unpause", actorRef, (w, a) =>
  w
    .exec(
      "unpause",
      actor(w, a, () => admins(w)),
      (c) => gov.unpause(c),
      (p) => p.unpause(gas),
    )
    .then(),
);
const governance: fc.Arbitrary<FuzzCommand>[] = [
  unpause, // twice: a pause otherwise stops most of a run
  // the admin or the guardian pauses (the guardian only that)
  cmd("pause", actorRef, (w, a) =>
    w
      .exec(
        "pause",
        actor(w, a, () => [...admins(w), w.model.guardian]),
        (c) => gov.pause(c),
        (p) => p.pause(gas),
      )
      .then(),
  ),
  cmd("unpause", actorRef, (w, a) =>
    w
      .exec(
        "unpause",
        actor(w, a, () => admins(w)),
        (c) => gov.unpause(c),
        (p) => p.unpause(gas),
      )
      .then(),
  ),
  cmd("setRegulatorFields", fc.tuple(actorRef, addrRef, fieldsMask, termArb), (w, [a, t, f, term]) => {
    const who = addr(w, t, () => nonSigners(w));
    const e = resolveTerm(term, w.lastTs + 1);
    return w
      .exec(
        `setRegulatorFields(${who}, ${f}, ${term})`,
        actor(w, a, () => admins(w)),
        (c) => gov.setRegulatorFields(c, who, f, e),
        (p) => p.setRegulatorFields(who, f, e, gas),
      )
      .then();
  }),
  cmd("setExpertFields", fc.tuple(actorRef, addrRef, fieldsMask, termArb), (w, [a, t, f, term]) => {
    const who = addr(w, t, () => nonSigners(w));
    const e = resolveTerm(term, w.lastTs + 1);
    return w
      .exec(
        `setExpertFields(${who}, ${f}, ${term})`,
        actor(w, a, () => admins(w)),
        (c) => gov.setExpertFields(c, who, f, e),
        (p) => p.setExpertFields(who, f, e, gas),
      )
      .then();
  }),
  // renewal (or shortening) of every office an account holds; an expired office acts again once renewed
  cmd("renewOffice", fc.tuple(actorRef, addrRef, termArb), (w, [a, t, term]) => {
    const who = addr(w, t, () => officials(w));
    const e = resolveTerm(term, w.lastTs + 1);
    return w
      .exec(
        `renewOffice(${who}, ${term})`,
        actor(w, a, () => admins(w)),
        (c) => gov.renewOffice(c, who, e),
        (p) => p.renewOffice(who, e, gas),
      )
      .then();
  }),
  cmd("setGuardian", fc.tuple(actorRef, addrRef), (w, [a, t]) => {
    const who = addr(w, t, () => w.sys.pool);
    return w
      .exec(
        `setGuardian(${who})`,
        actor(w, a, () => admins(w)),
        (c) => gov.setGuardian(c, who),
        (p) => p.setGuardian(who, gas),
      )
      .then();
  }),
];

const zones: fc.Arbitrary<FuzzCommand>[] = [
  cmd("createZone", fc.tuple(actorRef, text, text, optText, hashRef), (w, [a, name, region, uri, h]) => {
    const hash = resolveHash(h);
    return w
      .exec(
        "createZone",
        actor(w, a, () => admins(w)),
        (c) => reg.createZone(c, name, region, uri, hash),
        (p) => p.createZone(name, region, uri, hash, gas),
      )
      .then();
  }),
  cmd("setZoneStatus", fc.tuple(actorRef, idRef, uint8Enum(3)), (w, [a, z, st]) => {
    const zoneId = resolveId(z, w.model.zones.length);
    return w
      .exec(
        `setZoneStatus(${zoneId}, ${st})`,
        actor(w, a, () => admins(w)),
        (c) => reg.setZoneStatus(c, zoneId, st),
        (p) => p.setZoneStatus(zoneId, st, gas),
      )
      .then();
  }),
  cmd("appointZoneAdmin", fc.tuple(actorRef, idRef, addrRef, termArb), (w, [a, z, t, term]) => {
    const zoneId = resolveId(z, w.model.zones.length);
    const who = addr(w, t, () => freeAccounts(w));
    const e = resolveTerm(term, w.lastTs + 1);
    return w
      .exec(
        `appointZoneAdmin(${zoneId}, ${who}, ${term})`,
        actor(w, a, () => admins(w)),
        (c) => reg.appointZoneAdmin(c, zoneId, who, e),
        (p) => p.appointZoneAdmin(zoneId, who, e, gas),
      )
      .then();
  }),
  cmd("removeZoneAdmin", fc.tuple(actorRef, addrRef), (w, [a, t]) => {
    const who = addr(w, t, () =>
      accountsOf(w.model)
        .filter(([, x]) => x.zoneAdminOf !== 0)
        .map(([k]) => k),
    );
    return w
      .exec(
        `removeZoneAdmin(${who})`,
        actor(w, a, () => admins(w)),
        (c) => reg.removeZoneAdmin(c, who),
        (p) => p.removeZoneAdmin(who, gas),
      )
      .then();
  }),
];

const entities: fc.Arbitrary<FuzzCommand>[] = [
  cmd(
    "registerEntity",
    fc.tuple(actorRef, idRef, text, uint8Enum(8), fieldsMask, optText, hashRef, fc.array(fc.tuple(addrRef, consentVariant), { maxLength: 3 })),
    async (w, [a, z, name, type, fields, uri, h, ss]) => {
      const zoneId = resolveId(z, w.model.zones.length);
      const hash = resolveHash(h);
      const entityId = w.model.entities.length + 1;
      const consents: Awaited<ReturnType<typeof consentFor>>[] = [];
      for (const [s, v] of ss)
        consents.push(
          await consentFor(
            w,
            addr(w, s, () => freeAccounts(w)),
            entityId,
            v,
          ),
        );
      return w
        .exec(
          `registerEntity(${zoneId}, ${type}, ${fields}, [${consents.map((k) => k.key.account)}], consents ${ss.map(([, v]) => v)})`,
          actor(w, a, () => zoneAuthorities(w, zoneId)),
          (c) =>
            reg.registerEntity(
              c,
              zoneId,
              name,
              type,
              fields,
              uri,
              hash,
              consents.map((k) => k.model),
            ),
          (p) =>
            p.registerEntity(
              zoneId,
              name,
              type,
              fields,
              uri,
              hash,
              consents.map((k) => k.key),
              gas,
            ),
        )
        .then();
    },
  ),
  cmd("addSigner", fc.tuple(actorRef, idRef, addrRef, consentVariant), async (w, [a, e, t, v]) => {
    const entityId = resolveId(e, w.model.entities.length);
    const who = addr(w, t, () => freeAccounts(w));
    const zoneId = w.model.entities[entityId - 1]?.zoneId ?? 0;
    const k = await consentFor(w, who, entityId, v);
    return w
      .exec(
        `addSigner(${entityId}, ${who}, consent ${v})`,
        actor(w, a, () => zoneAuthorities(w, zoneId)),
        (c) => reg.addSigner(c, entityId, k.model),
        (p) => p.addSigner(entityId, k.key, gas),
      )
      .then();
  }),
  cmd("removeSigner", fc.tuple(actorRef, idRef, addrRef), (w, [a, e, t]) => {
    const entityId = resolveId(e, w.model.entities.length);
    const who = addr(w, t, () => signersOf(w.model, entityId));
    const zoneId = w.model.entities[entityId - 1]?.zoneId ?? 0;
    return w
      .exec(
        `removeSigner(${entityId}, ${who})`,
        actor(w, a, () => zoneAuthorities(w, zoneId)),
        (c) => reg.removeSigner(c, entityId, who),
        (p) => p.removeSigner(entityId, who, gas),
      )
      .then();
  }),
  cmd("setEntityStatus", fc.tuple(actorRef, idRef, uint8Enum(3)), (w, [a, e, st]) => {
    const entityId = resolveId(e, w.model.entities.length);
    const zoneId = w.model.entities[entityId - 1]?.zoneId ?? 0;
    return w
      .exec(
        `setEntityStatus(${entityId}, ${st})`,
        actor(w, a, () => zoneAuthorities(w, zoneId)),
        (c) => reg.setEntityStatus(c, entityId, st),
        (p) => p.setEntityStatus(entityId, st, gas),
      )
      .then();
  }),
];

function resolveField(w: World, r: FieldRef, sender: number): number {
  if (r.t === "val") return r.v;
  const entityId = w.model.accounts[lc(w.sys.eoas[sender].address)]?.entityId ?? 0;
  const fields = w.model.entities[entityId - 1]?.fields ?? 0;
  const bits = Array.from({ length: 32 }, (_, f) => f).filter((f) => hasField(fields, f));
  return pick(bits, r.i) ?? r.i % 17;
}

const projects: fc.Arbitrary<FuzzCommand>[] = [
  cmd("proposeProject", fc.tuple(actorRef, fieldRef, text, optText, hashRef), (w, [a, f, title, uri, h]) => {
    const sender = actor(w, a, () => allSigners(w.model));
    const field = resolveField(w, f, sender);
    const hash = resolveHash(h);
    return w
      .exec(
        `proposeProject(${field})`,
        sender,
        (c) => reg.proposeProject(c, field, title, uri, hash),
        (p) => p.proposeProject(field, title, uri, hash, gas),
      )
      .then();
  }),
  cmd(
    "setProjectStatus",
    fc.tuple(
      actorRef,
      idRef,
      fc.oneof(
        fc.nat(9).map((i) => -1 - i),
        uint8Enum(6),
      ),
      text,
    ),
    (w, [a, pr, st0, reason]) => {
      const projectId = resolveId(pr, w.model.projects.length);
      const p0 = w.model.projects[projectId - 1];
      // negative: a legal move from the project's current status (if any)
      const legal = [1, 2, 3, 4, 5, 6].filter((to) => p0 && reg.isLegalProjectMove(p0.status, to));
      const st = st0 >= 0 ? st0 : (pick(legal, -1 - st0) ?? 2);
      const fits = () => (p0 ? [...zoneAuthorities(w, p0.zoneId), ...regulatorsOf(w.model, p0.field)] : admins(w));
      return w
        .exec(
          `setProjectStatus(${projectId}, ${st}, "${reason.slice(0, 8)}")`,
          actor(w, a, fits),
          (c) => reg.setProjectStatus(c, projectId, st, reason),
          (p) => p.setProjectStatus(projectId, st, reason, gas),
        )
        .then();
    },
  ),
];

const attestations: fc.Arbitrary<FuzzCommand>[] = [
  cmd("attest", fc.tuple(actorRef, reqArgs), (w, [a, x]) => {
    const [r] = resolveRequests(w, [x]);
    return w
      .exec(
        `attest(p${r.projectId}, k${r.kind}, ${r.contentHash.slice(0, 10)}, ref ${r.refUID.slice(0, 10)})`,
        actor(w, a, () => issuersFor(w.model, r.kind, r.projectId)),
        (c) => void log.attest(c, r),
        (p) => p.attest(r, gas),
      )
      .then();
  }),
  cmd(
    "attestBatch",
    fc.tuple(
      actorRef,
      fc.oneof(
        { weight: 8, arbitrary: coherentBatch },
        { weight: 3, arbitrary: fc.array(reqArgs, { minLength: 1, maxLength: 4 }) },
        { weight: 1, arbitrary: fc.constant<ReqArgs[]>([]) },
      ),
    ),
    (w, [a, xs]) => {
      const rs = resolveRequests(w, xs);
      const first = rs[0];
      return w
        .exec(
          `attestBatch(${rs.map((r) => `p${r.projectId}/k${r.kind}/${r.contentHash.slice(0, 6)}`).join(" ")})`,
          actor(w, a, () => (first ? issuersFor(w.model, first.kind, first.projectId) : [])),
          (c) => void log.attestBatch(c, rs),
          (p) => p.attestBatch(rs, gas),
        )
        .then();
    },
  ),
  cmd("revoke", fc.tuple(actorRef, uidRef, text), (w, [a, u, reason]) => {
    const uid = resolveUid(w, u);
    const att = w.model.attestations[uid];
    const p0 = att ? w.model.projects[att.projectId - 1] : undefined;
    const fits = () => (att && p0 ? [att.attester, ...zoneAdminsOf(w.model, p0.zoneId), ...regulatorsOf(w.model, p0.field)] : []);
    return w
      .exec(
        `revoke(${uid.slice(0, 10)}, "${reason.slice(0, 8)}")`,
        actor(w, a, fits),
        (c) => log.revoke(c, uid, reason),
        (p) => p.revoke(uid, reason, gas),
      )
      .then();
  }),
];

// ------------------------------------------------------------------ delegated attestation

type NonceShift = 0 | 1 | -1 | "max";
type DeadlineChoice = "now" | "past" | "hour" | "max";
interface SigArgs {
  relayer: number;
  attester: AddrRef;
  req: ReqArgs;
  variant: SigVariant;
  nonce: NonceShift;
  deadline: DeadlineChoice;
}
const sigArgs: fc.Arbitrary<SigArgs> = fc.record({
  relayer: fc.nat(11),
  attester: addrRef,
  req: reqArgs,
  variant: fc.oneof(
    { weight: 8, arbitrary: fc.constant<SigVariant>("valid") },
    { weight: 1, arbitrary: fc.constantFrom<SigVariant>("wrongSigner", "otherChain", "otherContract", "tampered", "garbage", "replay") },
  ),
  nonce: fc.oneof({ weight: 8, arbitrary: fc.constant<NonceShift>(0) }, { weight: 1, arbitrary: fc.constantFrom<NonceShift>(1, -1, "max") }),
  deadline: fc.oneof(
    { weight: 6, arbitrary: fc.constant<DeadlineChoice>("hour") },
    { weight: 1, arbitrary: fc.constantFrom<DeadlineChoice>("now", "past", "max") },
  ),
});

const UINT64_MAX = log.UINT64_MAX;

async function attestBySig(w: World, x: SigArgs): Promise<void> {
  const [r] = resolveRequests(w, [x.req]);
  const attester = addr(w, x.attester, () => issuersFor(w.model, r.kind, r.projectId));
  const now = BigInt(w.lastTs + 1);
  const expected = BigInt(w.model.accounts[attester]?.nonce ?? 0);
  let nonce = x.nonce === "max" ? UINT64_MAX : expected + BigInt(x.nonce);
  if (nonce < 0n) nonce = UINT64_MAX;
  if (nonce > UINT64_MAX) nonce = 0n; // current + 1 past 2^64-1: not a uint64, take the other end
  const deadline = x.deadline === "now" ? now : x.deadline === "past" ? now - 1n : x.deadline === "hour" ? now + 3600n : UINT64_MAX;
  const wallet = w.model.wallets[attester];
  const keyOwner = wallet ? wallet.owner : attester;
  const keyIndex = Math.max(0, w.eoaIndex(keyOwner));
  let variant = x.variant;
  let signerIndex = keyIndex;
  if (variant === "wrongSigner") signerIndex = (keyIndex + 1) % w.sys.eoas.length;
  const domain = attestDomain(
    variant === "otherChain" ? w.sys.chainId + 1n : w.sys.chainId,
    (variant === "otherContract" ? await w.sys.reader.getAddress() : w.sys.address) as Hex,
  );
  const signed = variant === "tampered" ? { ...r, contentHash: `0x${"ee".repeat(32)}` } : r;
  const types = { Attest: [...ATTEST_TYPES.Attest] };
  const signer = w.sys.eoas[signerIndex];
  let args: SigCall;
  let signedBy: string | null;
  const replay = variant === "replay" ? pick([...w.accepted, ...w.voided], x.relayer) : undefined;
  if (variant === "replay" && !replay) variant = "valid";
  if (replay) {
    args = replay.args;
    signedBy = replay.signedBy;
  } else if (variant === "garbage") {
    args = [r, attester, nonce, deadline, x.relayer % 2 ? "0x" : `0x${"11".repeat(65)}`];
    signedBy = null;
  } else {
    const signature = await signer.signTypedData(domain, types, { attester, ...signed, nonce, deadline });
    args = [r, attester, nonce, deadline, signature];
    signedBy = variant === "valid" || variant === "wrongSigner" ? lc(signer.address) : null;
  }
  const [req, att, n, d] = args;
  const outcome = await w.exec(
    `attestBySig(${variant}, attester ${att.slice(0, 8)}, nonce ${n}, deadline ${d === UINT64_MAX ? "max" : d - now}, p${req.projectId}/k${req.kind})`,
    x.relayer,
    (c) => void log.attestBySig(c, req, att, n, d, { signedBy }),
    (p) => p.attestBySig(args[0], args[1], args[2], args[3], args[4], gas),
    { sigVariant: variant },
  );
  if (outcome.ok && !replay) w.accepted.push({ args, label: variant, signedBy });
}

/** Where `increaseNonce` aims, relative to the sender's current nonce. */
type NonceTarget = 0 | "current" | "current+1" | "current+k" | "2^32" | "2^63" | "max";
interface IncreaseArgs {
  actor: ActorRef;
  to: NonceTarget;
  k: number;
  /** A request the sender signs at its current nonce just before the increase, relayed after it. */
  pending: ReqArgs | null;
  /** Then signs the same request again at the new nonce and relays it (accepted). */
  fresh: boolean;
  relayer: number;
}
const increaseArgs: fc.Arbitrary<IncreaseArgs> = fc.record({
  actor: actorRef,
  to: fc.oneof(
    { weight: 6, arbitrary: fc.constantFrom<NonceTarget>("current+1", "current+k") },
    { weight: 3, arbitrary: fc.constantFrom<NonceTarget>(0, "current", "2^32", "2^63") },
    { weight: 1, arbitrary: fc.constant<NonceTarget>("max") },
  ),
  k: fc.integer({ min: 2, max: 1000 }),
  pending: fc.option(reqArgs, { freq: 3 }),
  fresh: fc.boolean(),
  relayer: fc.nat(11),
});

function nonceTarget(x: IncreaseArgs, current: bigint): bigint {
  switch (x.to) {
    case 0:
      return 0n;
    case "current":
      return current;
    case "current+1":
      return current + 1n > UINT64_MAX ? UINT64_MAX : current + 1n;
    case "current+k":
      return current + BigInt(x.k) > UINT64_MAX ? UINT64_MAX : current + BigInt(x.k);
    case "2^32":
      return 2n ** 32n;
    case "2^63":
      return 2n ** 63n;
    case "max":
      return UINT64_MAX;
  }
}

/** Who signs (signers, and anyone whose nonce already moved); `any` and `admin` reach accounts with no role. */
const nonceHolders = (s: ModelState) =>
  accountsOf(s)
    .filter(([, a]) => a.entityId !== 0 || a.nonce !== 0n)
    .map(([k]) => k);

/**
 * `increaseNonce`; with `pending`, the sender first signs a valid attestation at its current nonce,
 * and after a successful increase it is relayed: the model must predict its refusal (InvalidNonce,
 * or EnforcedPause while paused) and the chain must agree. The voided package joins the replays.
 */
async function increaseNonce(w: World, x: IncreaseArgs): Promise<void> {
  const sender = actor(w, x.actor, () => nonceHolders(w.model));
  const me = lc(w.sys.eoas[sender].address);
  const current = w.model.accounts[me]?.nonce ?? 0n;
  const to = nonceTarget(x, current);
  const sign = async (r: log.RequestM, nonce: bigint): Promise<SigCall> => {
    const deadline = BigInt(w.lastTs + 3600);
    const types = { Attest: [...ATTEST_TYPES.Attest] };
    const domain = attestDomain(w.sys.chainId, w.sys.address as Hex);
    const signature = await w.sys.eoas[sender].signTypedData(domain, types, { attester: me, ...r, nonce, deadline });
    return [r, me, nonce, deadline, signature];
  };
  const pending = x.pending ? await sign(resolveRequests(w, [x.pending])[0], current) : null;
  const outcome = await w.exec(
    `increaseNonce(${x.to} = ${to}, was ${current})`,
    sender,
    (c) => log.increaseNonce(c, to),
    (p) => p.increaseNonce(to, gas),
  );
  if (!outcome.ok || !pending) return;
  const call = pending;
  const [req, att, n, d, sig] = call;
  const relayed = await w.exec(
    `attestBySig(voided, attester ${att.slice(0, 8)}, nonce ${n}, p${req.projectId}/k${req.kind})`,
    x.relayer,
    (c) => void log.attestBySig(c, req, att, n, d, { signedBy: me }),
    (p) => p.attestBySig(req, att, n, d, sig, gas),
    { sigVariant: "voided" },
  );
  const why = relayed.ok ? "accepted" : relayed.error.errorName;
  if (why !== "InvalidNonce" && why !== "EnforcedPause") {
    throw new FuzzFailure(`a signature voided by increaseNonce(${to}) was ${why}, expected InvalidNonce\n  trace:\n    ${w.trace.join("\n    ")}`);
  }
  w.voided.push({ args: call, label: "voided", signedBy: me });
  if (!x.fresh) return;
  const again = await sign(req, to);
  const [, , n2, d2, sig2] = again;
  const out = await w.exec(
    `attestBySig(valid at new nonce, attester ${att.slice(0, 8)}, nonce ${n2}, p${req.projectId}/k${req.kind})`,
    x.relayer,
    (c) => void log.attestBySig(c, req, me, n2, d2, { signedBy: me }),
    (p) => p.attestBySig(req, me, n2, d2, sig2, gas),
    { sigVariant: "valid" },
  );
  if (out.ok) w.accepted.push({ args: again, label: "valid", signedBy: me });
}

const delegated: fc.Arbitrary<FuzzCommand>[] = [
  cmd("attestBySig", sigArgs, attestBySig),
  cmd("increaseNonce", increaseArgs, increaseNonce),
  cmd("walletSetRefuseAll", fc.tuple(fc.nat(1), fc.boolean()), (w, [i, b]) => w.setRefuseAll(i, b)),
];

// ------------------------------------------------------------------ admin rules, time

const OTHER_ROLE = `0x${"0".repeat(62)}01`;
const role = fc.constantFrom(DEFAULT_ADMIN_ROLE, OTHER_ROLE);
const adminRules: fc.Arbitrary<FuzzCommand>[] = [
  cmd("beginDefaultAdminTransfer", fc.tuple(actorRef, addrRef), (w, [a, t]) => {
    const who = addr(w, t, () => w.sys.pool);
    return w
      .exec(
        `beginDefaultAdminTransfer(${who})`,
        actor(w, a, () => admins(w)),
        (c) => gov.beginDefaultAdminTransfer(c, who),
        (p) => p.beginDefaultAdminTransfer(who, gas),
      )
      .then();
  }),
  cmd("cancelDefaultAdminTransfer", actorRef, (w, a) =>
    w
      .exec(
        "cancelDefaultAdminTransfer",
        actor(w, a, () => admins(w)),
        (c) => gov.cancelDefaultAdminTransfer(c),
        (p) => p.cancelDefaultAdminTransfer(gas),
      )
      .then(),
  ),
  cmd("acceptDefaultAdminTransfer", actorRef, (w, a) =>
    w
      .exec(
        "acceptDefaultAdminTransfer",
        actor(w, a, () => [w.model.admin.pendingAdmin]),
        (c) => gov.acceptDefaultAdminTransfer(c),
        (p) => p.acceptDefaultAdminTransfer(gas),
      )
      .then(),
  ),
  cmd("changeDefaultAdminDelay", fc.tuple(actorRef, fc.constantFrom(0, 1, 3600, 3 * 86400, 10 * 86400)), (w, [a, d]) =>
    w
      .exec(
        `changeDefaultAdminDelay(${d})`,
        actor(w, a, () => admins(w)),
        (c) => gov.changeDefaultAdminDelay(c, d),
        (p) => p.changeDefaultAdminDelay(d, gas),
      )
      .then(),
  ),
  cmd("rollbackDefaultAdminDelay", actorRef, (w, a) =>
    w
      .exec(
        "rollbackDefaultAdminDelay",
        actor(w, a, () => admins(w)),
        (c) => gov.rollbackDefaultAdminDelay(c),
        (p) => p.rollbackDefaultAdminDelay(gas),
      )
      .then(),
  ),
  cmd("grantRole", fc.tuple(actorRef, role, addrRef), (w, [a, ro, t]) => {
    const who = addr(w, t, () => w.sys.pool);
    return w
      .exec(
        `grantRole(${ro.slice(-2)}, ${who})`,
        actor(w, a, () => admins(w)),
        (c) => gov.grantRole(c, ro, who),
        (p) => p.grantRole(ro, who, gas),
      )
      .then();
  }),
  cmd("revokeRole", fc.tuple(actorRef, role, addrRef), (w, [a, ro, t]) => {
    const who = addr(w, t, () => w.sys.pool);
    return w
      .exec(
        `revokeRole(${ro.slice(-2)}, ${who})`,
        actor(w, a, () => admins(w)),
        (c) => gov.revokeRole(c, ro, who),
        (p) => p.revokeRole(ro, who, gas),
      )
      .then();
  }),
  cmd("renounceRole", fc.tuple(actorRef, role, fc.boolean(), addrRef), (w, [a, ro, self, t]) => {
    const sender = actor(w, a, () => admins(w));
    const who = self ? lc(w.sys.eoas[sender].address) : addr(w, t, () => w.sys.pool);
    return w
      .exec(
        `renounceRole(${ro.slice(-2)}, ${who})`,
        sender,
        (c) => gov.renounceRole(c, ro, who),
        (p) => p.renounceRole(ro, who, gas),
      )
      .then();
  }),
  cmd("warp", fc.constantFrom(1, 3600, 3 * 86400 + 1, 6 * 86400), (w, s) => w.warp(s)),
  // the whole two-step transfer: begin, wait out the delay, accept (the success path is otherwise rare)
  cmd("adminHandover", addrRef, async (w, t) => {
    const to = addr(w, t, () => w.sys.pool.slice(0, 12));
    const from = adminIndex(w);
    await w.exec(
      `beginDefaultAdminTransfer(${to})`,
      from,
      (c) => gov.beginDefaultAdminTransfer(c, to),
      (p) => p.beginDefaultAdminTransfer(to, gas),
    );
    await w.warp(gov.defaultAdminDelay(w.model) + 1);
    const i = w.eoaIndex(to);
    await w.exec(
      "acceptDefaultAdminTransfer",
      i >= 0 ? i : 0,
      (c) => gov.acceptDefaultAdminTransfer(c),
      (p) => p.acceptDefaultAdminTransfer(gas),
    );
  }),
];

// ------------------------------------------------------------------ boundary reads

type Window = 0 | 1 | "count" | "count+1" | "max";
const windowArb = fc.constantFrom<Window>(0, 1, "count", "count+1", "max");
const UINT256_MAX = 2n ** 256n - 1n;
const win = (x: Window, count: number): bigint => (x === "max" ? UINT256_MAX : x === "count" ? BigInt(count) : x === "count+1" ? BigInt(count + 1) : BigInt(x));
const windowOf = (count: bigint, offset: bigint, limit: bigint): [bigint, bigint] =>
  offset >= count ? [offset, offset] : count - offset > limit ? [offset, offset + limit] : [offset, count];

async function readProbe(
  w: World,
  [what, o, l, h]: ["zones" | "entities" | "projects" | "attestationsOf" | "isAttested" | "unknown", Window, Window, HashRef],
): Promise<void> {
  const { programme, reader } = w.sys;
  const s = w.model;
  const hash = resolveHash(h);
  const fail = (m: string): never => {
    throw new FuzzFailure(`read ${what}(offset ${o}, limit ${l}): ${m}\n  trace:\n    ${w.trace.join("\n    ")}`);
  };
  const call = async <T>(f: () => Promise<T>): Promise<{ ok: true; v: T } | { ok: false; e: string }> => {
    try {
      return { ok: true, v: await f() };
    } catch (e) {
      const data = (e as { data?: unknown }).data;
      if (typeof data !== "string") throw e;
      const d = decodeError(programme.interface, data);
      return { ok: false, e: `${d.name}(${d.args.join(", ")})` };
    }
  };
  w.trace.push(`read ${what}(${o}, ${l})`);
  if (what === "zones" || what === "entities" || what === "projects") {
    const count = what === "zones" ? s.zones.length : what === "entities" ? s.entities.length : s.projects.length;
    const offset = win(o, count);
    const limit = win(l, count);
    const [from, to] = windowOf(BigInt(count), offset, limit);
    const max = BigInt(MAX_PAGE[what]);
    const got = await call(async () => {
      const res =
        what === "zones"
          ? await reader.zones(offset, limit)
          : what === "entities"
            ? await reader.entities(offset, limit)
            : await reader.projects(offset, limit);
      const page = res[0] as { id: bigint }[];
      return `${page.map((x) => norm(x.id)).join()}|${norm(res[res.length - 1] as bigint)}`;
    });
    if (limit > max) {
      // a page above the view's maximum is refused, whatever the offset
      if (got.ok || got.e !== `PageTooLarge(${limit}, ${max})`) fail(`got ${got.ok ? got.v : got.e}, expected PageTooLarge(${limit}, ${max})`);
      return;
    }
    const want = Array.from({ length: Number(to - from) }, (_, i) => norm(from + BigInt(i) + 1n)).join();
    if (!got.ok) fail(`ProgrammeReader.${what} reverted with ${got.e}, expected ids [${want}]`);
    if (got.ok && got.v !== `${want}|${count}`) fail(`got ${got.v}, expected ${want}|${count}`);
  } else if (what === "attestationsOf") {
    const count = s.hashCount[hash] ?? 0;
    const limit = win(l, count);
    const max = BigInt(MAX_PAGE.attestationsOf);
    const got = await call(async () => (await programme.attestationsOf(hash, win(o, count), limit)).map((a) => lc(a.uid)).join());
    if (limit > max) {
      if (got.ok || got.e !== `PageTooLarge(${limit}, ${max})`)
        fail(`attestationsOf(${hash}): ${got.ok ? got.v : got.e}, expected PageTooLarge(${limit}, ${max})`);
      return;
    }
    const [from, to] = windowOf(BigInt(count), win(o, count), limit);
    const want = Array.from({ length: Number(to - from) }, (_, i) => log.uidOf(hash, Number(from) + i)).join();
    if (!got.ok || got.v !== want) fail(`attestationsOf(${hash}): ${got.ok ? got.v : got.e}, expected ${want}`);
  } else if (what === "isAttested") {
    const count = s.hashCount[hash] ?? 0;
    const scan = win(l, count);
    const n = Number(scan > BigInt(count) ? BigInt(count) : scan);
    const valid = Array.from({ length: n }, (_, i) => s.attestations[log.uidOf(hash, i)]).some((a) => !a.revoked);
    const got = await call(async () => {
      const [v, c] = await reader.isAttested(hash, scan);
      return `${v}|${c}`;
    });
    if (!got.ok || got.v !== `${valid}|${count}`) fail(`isAttested: ${got.ok ? got.v : got.e}, expected ${valid}|${count}`);
  } else {
    const z = Number(win(o, s.zones.length) > BigInt(UINT32_MAX) ? UINT32_MAX : win(o, s.zones.length));
    const checks: [string, () => Promise<unknown>, string | null][] = [
      [`getZone(${z})`, () => programme.getZone(z), z >= 1 && z <= s.zones.length ? null : `UnknownZone(${z})`],
      [`getEntity(${z})`, () => programme.getEntity(z), z >= 1 && z <= s.entities.length ? null : `UnknownEntity(${z})`],
      [`signersOf(${z})`, () => programme.signersOf(z), z >= 1 && z <= s.entities.length ? null : `UnknownEntity(${z})`],
      [`getProject(${z})`, () => programme.getProject(z), z >= 1 && z <= s.projects.length ? null : `UnknownProject(${z})`],
      [`getAttestation(unknown)`, () => programme.getAttestation(UNKNOWN_UID), `UnknownAttestation(${UNKNOWN_UID})`],
      [`getAttestation(0)`, () => programme.getAttestation(ZERO_BYTES32), `UnknownAttestation(${ZERO_BYTES32})`],
    ];
    for (const [label, f, err] of checks) {
      const got = await call(f);
      if (err === null && !got.ok) fail(`${label} reverted ${got.e}`);
      if (err !== null && (got.ok || got.e !== err)) fail(`${label}: ${got.ok ? "returned" : got.e}, expected ${err}`);
    }
  }
}

const reads: fc.Arbitrary<FuzzCommand>[] = [
  cmd(
    "read",
    fc.tuple(fc.constantFrom("zones", "entities", "projects", "attestationsOf", "isAttested", "unknown" as const), windowArb, windowArb, hashRef),
    readProbe,
  ),
];

const group = (xs: fc.Arbitrary<FuzzCommand>[]) => fc.oneof(...xs);

/** Every command; the log (what the programme is for) and the lifecycles weigh most. */
export function allCommands(): fc.Arbitrary<FuzzCommand>[] {
  return [
    ...governance,
    ...zones,
    ...entities,
    ...projects,
    ...projects,
    ...attestations,
    ...attestations,
    ...attestations,
    ...delegated,
    cmd("attestBySig", sigArgs, attestBySig),
    group(adminRules),
    group(adminRules),
    group(reads),
  ];
}
