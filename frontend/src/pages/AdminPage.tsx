/**
 * Governance actions, grouped by the role they need. The connected account's
 * roles decide which groups open first; the others stay available, folded
 * away, and the chain refuses them in plain words (every write is simulated).
 */
import { useMemo, useState, type FormEvent, type ReactNode } from "react";
import { Link } from "react-router";
import { useConnection } from "wagmi";
import { isAddress, zeroHash, type Address } from "viem";
import { ENTITY_TYPES, FIELDS, fieldsToMask } from "@sdk/domain";
import { defaultOfficeExpiry } from "@sdk/governance";
import { AccountName } from "../components/Address";
import { StatusBadge } from "../components/Badge";
import { DataGate } from "../components/DataGate";
import { Card, PageHeader } from "../components/PageHeader";
import { PageData } from "../components/PageData";
import { EmptyState, ErrorState, LoadingState } from "../components/States";
import { useEntities, useProjects, useZones } from "../data/registry";
import { describeRoles, hasAnyRole, useRoles, type AccountRoles } from "../data/roles";
import type { EntityInfo, ProjectInfo, ZoneInfo } from "../data/types";
import { useProgrammeWrite, type WriteArgs, type WriteName } from "../data/useProgrammeWrite";
import { AddSignerCard, ConsentCard } from "../components/SignerConsent";

/** Appointments made here run for the default term (two years, to a UTC midnight); issue 10 phase 2 adds a field. */
const officeTerm = (): number => defaultOfficeExpiry(Math.floor(Date.now() / 1000));

type Send = <F extends WriteName>(title: string, fn: F, args: WriteArgs<F>) => Promise<{ ok: boolean }>;

function FieldPicker({ value, onChange, legend }: { readonly value: readonly number[]; readonly onChange: (v: number[]) => void; readonly legend: string }) {
  return (
    <fieldset className="field-picker">
      <legend className="field__label">{legend}</legend>
      {FIELDS.map((f) => (
        <label key={f.id} className="check-option">
          <input type="checkbox" checked={value.includes(f.id)} onChange={(e) => onChange(e.target.checked ? [...value, f.id] : value.filter((x) => x !== f.id))} />
          {f.label}
        </label>
      ))}
    </fieldset>
  );
}

function ActionCard({ title, children, onSubmit, submit, disabled, busy }: { readonly title: string; readonly children: ReactNode; readonly onSubmit: () => void; readonly submit: string; readonly disabled?: boolean; readonly busy: boolean }) {
  return (
    <Card title={title}>
      <form className="form" onSubmit={(e: FormEvent) => { e.preventDefault(); onSubmit(); }}>
        {children}
        <div className="actions">
          <button type="submit" className="btn btn--primary" disabled={busy || disabled}>{submit}</button>
        </div>
      </form>
    </Card>
  );
}

function ZoneSelect({ zones, value, onChange, label = "Zone" }: { readonly zones: readonly ZoneInfo[]; readonly value: number; readonly onChange: (v: number) => void; readonly label?: string }) {
  return (
    <label className="field">
      <span className="field__label">{label}</span>
      <select className="input" value={value} onChange={(e) => onChange(Number(e.target.value))}>
        {zones.map((z) => <option key={z.id} value={z.id}>{z.name}{z.status !== "Active" ? ` (${z.status.toLowerCase()})` : ""}</option>)}
      </select>
    </label>
  );
}

function AddressInput({ value, onChange, label = "Account address" }: { readonly value: string; readonly onChange: (v: string) => void; readonly label?: string }) {
  const bad = value !== "" && !isAddress(value.trim());
  return (
    <label className="field">
      <span className="field__label">{label}</span>
      <input className="input mono" value={value} onChange={(e) => onChange(e.target.value)} placeholder="0x…" spellCheck={false} aria-invalid={bad || undefined} />
      {bad ? <span className="error-text small">Not an address (0x followed by 40 hex characters).</span> : null}
    </label>
  );
}

function OfficeActions({ send, busy, zones, roles }: { readonly send: Send; readonly busy: boolean; readonly zones: readonly ZoneInfo[]; readonly roles: AccountRoles | undefined }) {
  const [zoneName, setZoneName] = useState("");
  const [region, setRegion] = useState("");
  const [adminZone, setAdminZone] = useState(zones[0]?.id ?? 1);
  const [adminAccount, setAdminAccount] = useState("");
  const [officeAccount, setOfficeAccount] = useState("");
  const [officeFields, setOfficeFields] = useState<number[]>([]);
  const [office, setOffice] = useState<"regulator" | "expert">("regulator");
  const [statusZone, setStatusZone] = useState(zones[0]?.id ?? 1);
  const [zoneStatus, setZoneStatus] = useState(2);
  return (
    <div className="grid grid--2">
      <Card title="Emergency pause">
        <p>{roles?.paused ? "The programme is PAUSED: no attestations, proposals or zone actions until it is unpaused." : "The programme is running. Pausing stops every write except the programme office's repairs; reads continue."}</p>
        <button type="button" className={`btn ${roles?.paused ? "btn--primary" : "btn--danger"}`} disabled={busy} onClick={() => void send(roles?.paused ? "Unpause the programme" : "Pause the programme", roles?.paused ? "unpause" : "pause", [])}>
          {roles?.paused ? "Unpause" : "Pause the programme"}
        </button>
      </Card>
      <ActionCard title="Create a pilot zone" submit="Create zone" busy={busy} disabled={zoneName.trim() === ""} onSubmit={() => void send(`Create zone ${zoneName}`, "createZone", [zoneName.trim(), region.trim(), "", zeroHash]).then((r) => { if (r.ok) { setZoneName(""); setRegion(""); } })}>
        <label className="field"><span className="field__label">Name</span><input className="input" value={zoneName} onChange={(e) => setZoneName(e.target.value)} /></label>
        <label className="field"><span className="field__label">Region</span><input className="input" value={region} onChange={(e) => setRegion(e.target.value)} /></label>
      </ActionCard>
      <ActionCard title="Appoint a zone administrator" submit="Appoint" busy={busy} disabled={!isAddress(adminAccount.trim())} onSubmit={() => void send("Appoint a zone administrator", "appointZoneAdmin", [adminZone, adminAccount.trim() as Address, officeTerm()])}>
        <ZoneSelect zones={zones} value={adminZone} onChange={setAdminZone} />
        <AddressInput value={adminAccount} onChange={setAdminAccount} />
      </ActionCard>
      <ActionCard title="Appoint a regulator or an expert" submit="Set fields" busy={busy} disabled={!isAddress(officeAccount.trim())}
        onSubmit={() => void send(office === "regulator" ? "Set a regulator's fields" : "Set an expert's fields", office === "regulator" ? "setRegulatorFields" : "setExpertFields", [officeAccount.trim() as Address, fieldsToMask(officeFields), officeTerm()])}>
        <label className="field"><span className="field__label">Office</span>
          <select className="input" value={office} onChange={(e) => setOffice(e.target.value === "expert" ? "expert" : "regulator")}><option value="regulator">Regulator (evaluates, accepts, terminates)</option><option value="expert">Expert (gives opinions)</option></select>
        </label>
        <AddressInput value={officeAccount} onChange={setOfficeAccount} />
        <FieldPicker legend="Fields (none = dismiss)" value={officeFields} onChange={setOfficeFields} />
      </ActionCard>
      <ActionCard title="Suspend, reinstate or close a zone" submit="Change status" busy={busy} onSubmit={() => void send("Change a zone's status", "setZoneStatus", [statusZone, zoneStatus])}>
        <ZoneSelect zones={zones} value={statusZone} onChange={setStatusZone} />
        <label className="field"><span className="field__label">New status</span>
          <select className="input" value={zoneStatus} onChange={(e) => setZoneStatus(Number(e.target.value))}><option value={2}>Suspended</option><option value={1}>Active (reinstate)</option><option value={3}>Closed (final)</option></select>
        </label>
      </ActionCard>
    </div>
  );
}

function ZoneAdminActions({ send, busy, zones, entities, projects, fixedZone }: { readonly send: Send; readonly busy: boolean; readonly zones: readonly ZoneInfo[]; readonly entities: readonly EntityInfo[]; readonly projects: readonly ProjectInfo[]; readonly fixedZone: number | undefined }) {
  const [zoneId, setZoneId] = useState(fixedZone ?? zones[0]?.id ?? 1);
  const [name, setName] = useState("");
  const [type, setType] = useState(0);
  const [fields, setFields] = useState<number[]>([]);
  const inZone = entities.filter((e) => e.zoneId === zoneId);
  const [entityId, setEntityId] = useState<number | undefined>();
  const [entityStatus, setEntityStatus] = useState(2);
  const [reasons, setReasons] = useState<Record<number, string>>({});
  const chosenEntity = entityId ?? inZone[0]?.id ?? 0;
  const proposed = projects.filter((p) => p.zoneId === zoneId && p.status === "Proposed");
  const entityName = new Map(entities.map((e) => [e.id, e.name]));
  return (
    <>
      {fixedZone === undefined ? <div className="toolbar"><ZoneSelect zones={zones} value={zoneId} onChange={(v) => { setZoneId(v); setEntityId(undefined); }} label="Acting in zone" /></div> : null}
      <div className="grid grid--2">
        <ActionCard title="Register an entity" submit="Register entity" busy={busy} disabled={name.trim() === "" || fields.length === 0}
          onSubmit={() => void send(`Register ${name.trim()}`, "registerEntity", [zoneId, name.trim(), type, fieldsToMask(fields), "", zeroHash, []]).then((r) => { if (r.ok) { setName(""); setFields([]); } })}>
          <label className="field"><span className="field__label">Name</span><input className="input" value={name} onChange={(e) => setName(e.target.value)} data-testid="register-name" /></label>
          <label className="field"><span className="field__label">Type</span>
            <select className="input" value={type} onChange={(e) => setType(Number(e.target.value))}>{ENTITY_TYPES.map((t, i) => <option key={t} value={i}>{t}</option>)}</select>
          </label>
          <FieldPicker legend="Fields it takes part in" value={fields} onChange={setFields} />
          <p className="muted small">Add its signer keys afterwards, each with the key's own consent (below).</p>
        </ActionCard>
        <div className="stack">
          <AddSignerCard entities={inZone} busy={busy} send={send} />
          <ActionCard title="Suspend or reinstate an entity" submit="Change status" busy={busy} disabled={!chosenEntity}
            onSubmit={() => void send("Change an entity's status", "setEntityStatus", [chosenEntity, entityStatus])}>
            <label className="field"><span className="field__label">Entity</span>
              <select className="input" value={chosenEntity} onChange={(e) => setEntityId(Number(e.target.value))}>{inZone.map((e) => <option key={e.id} value={e.id}>{e.name} ({e.status.toLowerCase()})</option>)}</select>
            </label>
            <label className="field"><span className="field__label">New status</span>
              <select className="input" value={entityStatus} onChange={(e) => setEntityStatus(Number(e.target.value))}><option value={2}>Suspended</option><option value={1}>Active (reinstate)</option><option value={3}>Revoked (final)</option></select>
            </label>
          </ActionCard>
        </div>
      </div>
      <Card title={`Projects awaiting a decision (${proposed.length})`}>
        {proposed.length === 0 ? <p className="muted">No project of this zone is waiting for approval.</p> : (
          <ul className="decision-list">
            {proposed.map((p) => (
              <li key={p.id} className="decision">
                <div className="decision__what">
                  <Link to={`/projects/${p.id}`}>{p.title}</Link>
                  <span className="muted small">{entityName.get(p.entityId)} · {p.fieldLabel}</span>
                </div>
                <input className="input input--sm" placeholder="Reason (needed to reject)" aria-label={`Reason for ${p.title}`} value={reasons[p.id] ?? ""} onChange={(e) => setReasons({ ...reasons, [p.id]: e.target.value })} />
                <button type="button" className="btn btn--primary btn--sm" disabled={busy} onClick={() => void send(`Approve ${p.title}`, "setProjectStatus", [p.id, 2, reasons[p.id] ?? ""])}>Approve</button>
                <button type="button" className="btn btn--danger btn--sm" disabled={busy} onClick={() => void send(`Reject ${p.title}`, "setProjectStatus", [p.id, 4, reasons[p.id] ?? ""])}>Reject</button>
              </li>
            ))}
          </ul>
        )}
      </Card>
    </>
  );
}

function ProjectStatusActions({ send, busy, projects, scope }: { readonly send: Send; readonly busy: boolean; readonly projects: readonly ProjectInfo[]; readonly scope: (p: ProjectInfo) => boolean }) {
  const open = projects.filter((p) => (p.status === "Active" || p.status === "Suspended") && scope(p));
  const [projectId, setProjectId] = useState<number | undefined>();
  const [action, setAction] = useState(3);
  const [reason, setReason] = useState("");
  const chosen = projectId ?? open[0]?.id ?? 0;
  return (
    <ActionCard title="Suspend, resume or terminate a project" submit="Change status" busy={busy} disabled={!chosen}
      onSubmit={() => void send("Change a project's status", "setProjectStatus", [chosen, action, reason.trim()])}>
      <label className="field"><span className="field__label">Project ({open.length} active or suspended in your scope)</span>
        <select className="input" value={chosen} onChange={(e) => setProjectId(Number(e.target.value))}>{open.map((p) => <option key={p.id} value={p.id}>#{p.id} {p.title} ({p.status.toLowerCase()})</option>)}</select>
      </label>
      <label className="field"><span className="field__label">Action</span>
        <select className="input" value={action} onChange={(e) => setAction(Number(e.target.value))}><option value={3}>Suspend</option><option value={2}>Resume (Active)</option><option value={6}>Terminate (final)</option></select>
      </label>
      <label className="field"><span className="field__label">Reason (public; required to suspend or terminate)</span><input className="input" value={reason} onChange={(e) => setReason(e.target.value)} /></label>
    </ActionCard>
  );
}

export function AdminPage() {
  const connection = useConnection();
  const address = connection.status === "connected" ? connection.address : undefined;
  const roles = useRoles(address);
  const zones = useZones();
  const entities = useEntities();
  const projects = useProjects();
  const write = useProgrammeWrite();
  const send: Send = (title, fn, args) => write.send(title, fn, args);
  const names = useMemo(() => {
    const z = new Map((zones.data ?? []).map((x) => [x.id, x.name]));
    const e = new Map((entities.data ?? []).map((x) => [x.id, x.name]));
    return { zone: (id: number) => z.get(id) ?? `#${id}`, entity: (id: number) => e.get(id) ?? `#${id}` };
  }, [zones.data, entities.data]);

  const r = roles.data;
  const ready = r && zones.data && entities.data && projects.data;
  const isOffice = r?.isProgrammeOffice ?? false;
  const isZoneAdmin = (r?.zoneAdminOf ?? 0) !== 0;
  const isRegulator = (r?.regulatorFields.length ?? 0) > 0;

  return (
    <>
      <PageHeader title="Administration" lead="Governance actions, shown according to the roles your account holds on chain. Every action is checked against the chain before your wallet opens." />
      <DataGate>
        <PageData ready={!address || roles.isError || Boolean(ready)}>
        {!address ? (
          <EmptyState title="Connect a wallet">Administration needs an account that holds a governance role. Reading needs none.</EmptyState>
        ) : roles.isError ? (
          <ErrorState title="Could not read this account's roles" onRetry={() => void roles.refetch()} />
        ) : !ready ? (
          <LoadingState label="Reading your roles…" />
        ) : (
          <>
            <Card title="Your account">
              <div className="account-summary" data-testid="my-roles">
                <AccountName address={address} />
                {hasAnyRole(r) ? (
                  <ul className="chips">{describeRoles(r, names).map((d) => <li key={d} className="chip chip--role">{d}</li>)}</ul>
                ) : (
                  <p className="muted">This account holds no role in the programme. The actions below are shown for reference: the chain will refuse them.</p>
                )}
                {r.paused ? <StatusBadge status="Suspended" /> : null}
              </div>
            </Card>
            {write.state.status === "failed" && write.state.message ? <p className="error-banner" role="alert" data-testid="write-error">{write.state.message}</p> : null}
            {!isOffice && !isZoneAdmin && r.regulatorFields.length === 0 && r.expertFields.length === 0 ? (
              <section className="admin-section" aria-labelledby="key-h"><h2 id="key-h">Signer key</h2><ConsentCard entities={entities.data} address={address} /></section>
            ) : null}

            {isOffice ? (
              <section className="admin-section" aria-labelledby="office-h"><h2 id="office-h">Programme office</h2><OfficeActions send={send} busy={write.busy} zones={zones.data} roles={r} /></section>
            ) : null}
            {isOffice || isZoneAdmin ? (
              <section className="admin-section" aria-labelledby="zone-h">
                <h2 id="zone-h">{isZoneAdmin ? `Zone administration: ${names.zone(r.zoneAdminOf)}` : "Zone administration (any zone, as programme office)"}</h2>
                <ZoneAdminActions send={send} busy={write.busy} zones={zones.data} entities={entities.data} projects={projects.data} fixedZone={isZoneAdmin ? r.zoneAdminOf : undefined} />
              </section>
            ) : null}
            {isRegulator || isZoneAdmin || isOffice ? (
              <section className="admin-section" aria-labelledby="reg-h">
                <h2 id="reg-h">Project lifecycle</h2>
                <ProjectStatusActions send={send} busy={write.busy} projects={projects.data} scope={(p) => isOffice || p.zoneId === r.zoneAdminOf || r.regulatorFields.includes(p.field)} />
              </section>
            ) : null}
            {!isOffice ? (
              <details className="admin-other" open={!hasAnyRole(r)}>
                <summary>Actions of roles this account does not hold</summary>
                <p className="muted small">Shown so that you can see what each office does. The chain refuses them for this account, and says why.</p>
                {!isZoneAdmin ? <section className="admin-section"><h2>Zone administration</h2><ZoneAdminActions send={send} busy={write.busy} zones={zones.data} entities={entities.data} projects={projects.data} fixedZone={undefined} /></section> : null}
                <section className="admin-section"><h2>Programme office</h2><OfficeActions send={send} busy={write.busy} zones={zones.data} roles={r} /></section>
              </details>
            ) : null}
          </>
        )}
        </PageData>
      </DataGate>
    </>
  );
}
