/** A zone administrator's forms (the programme office may act in any zone): entities, their keys and status, and the projects awaiting a decision. */
import { useState } from "react";
import { Link } from "react-router";
import { useTranslation } from "react-i18next";
import { zeroHash } from "viem";
import { ENTITY_TYPES, fieldsToMask } from "@sdk/domain";
import { Card } from "../../components/PageHeader";
import { AddSignerCard } from "../../components/SignerConsent";
import type { EntityInfo, ProjectInfo, ZoneInfo } from "../../data/types";
import { useProgrammeWrite } from "../../data/useProgrammeWrite";
import { entityName, entityTypeLabel, fieldLabel, statusLabel } from "../../i18n/labels";
import { WriteError, useBusyLabel } from "../../components/WriteControls";
import { ActionCard } from "./ActionCard";
import { FieldPicker, TextInput, ZoneSelect } from "./inputs";

/** One proposed project: approve or reject it (a reason is needed to reject); its refusal shows on its row. */
function DecisionRow({ project, entity }: { readonly project: ProjectInfo; readonly entity: string }) {
  const { t } = useTranslation();
  const write = useProgrammeWrite();
  const [reason, setReason] = useState("");
  const [choice, setChoice] = useState<"approve" | "reject">("approve");
  const decide = (status: 2 | 4) => {
    if (write.busy) return;
    setChoice(status === 2 ? "approve" : "reject");
    void write.send(t(status === 2 ? "admin.decisions.txApprove" : "admin.decisions.txReject", { title: project.title }), "setProjectStatus", [project.id, status, reason.trim()]);
  };
  const approveLabel = useBusyLabel(write, t("admin.decisions.approve"));
  const rejectLabel = useBusyLabel(write, t("admin.decisions.reject"));
  return (
    <li className="decision">
      <div className="decision__what">
        <Link to={`/projects/${project.id}`}>{project.title}</Link>
        <span className="muted small">
          {entity} · {fieldLabel(project.field)}
        </span>
      </div>
      <input className="input input--sm" placeholder={t("admin.decisions.reason")} aria-label={t("admin.decisions.reasonFor", { title: project.title })} value={reason} onChange={(e) => setReason(e.target.value)} />
      <button type="button" className="btn btn--primary btn--sm" disabled={write.busy} onClick={() => decide(2)}>
        {choice === "approve" ? approveLabel : t("admin.decisions.approve")}
      </button>
      <button type="button" className="btn btn--danger btn--sm" disabled={write.busy} onClick={() => decide(4)}>
        {choice === "reject" ? rejectLabel : t("admin.decisions.reject")}
      </button>
      <div className="decision__error">
        <WriteError write={write} />
      </div>
    </li>
  );
}

export function ZoneAdminActions({ zones, entities, projects, fixedZone }: {
  readonly zones: readonly ZoneInfo[];
  readonly entities: readonly EntityInfo[];
  readonly projects: readonly ProjectInfo[];
  /** The administrator's own zone; undefined for the programme office, which picks one. */
  readonly fixedZone: number | undefined;
}) {
  const { t } = useTranslation();
  const [zoneId, setZoneId] = useState(fixedZone ?? zones[0]?.id ?? 1);
  const [name, setName] = useState("");
  const [type, setType] = useState(0);
  const [fields, setFields] = useState<number[]>([]);
  const inZone = entities.filter((e) => e.zoneId === zoneId);
  const [entityId, setEntityId] = useState<number | undefined>();
  const [entityStatus, setEntityStatus] = useState(2);
  const chosenEntity = entityId ?? inZone[0]?.id ?? 0;
  const proposed = projects.filter((p) => p.zoneId === zoneId && p.status === "Proposed");
  const nameOf = new Map(entities.map((e) => [e.id, e.name]));
  return (
    <>
      {fixedZone === undefined ? (
        <div className="toolbar">
          <ZoneSelect zones={zones} value={zoneId} onChange={(v) => { setZoneId(v); setEntityId(undefined); }} label={t("admin.input.actingIn")} />
        </div>
      ) : null}
      <div className="grid grid--2">
        <ActionCard
          title={t("admin.register.title")}
          submit={t("admin.register.submit")}
          disabled={name.trim() === "" || fields.length === 0}
          onSubmit={async (send) => {
            const r = await send(t("admin.register.tx", { name: name.trim() }), "registerEntity", [zoneId, name.trim(), type, fieldsToMask(fields), "", zeroHash, []]);
            if (r.ok) {
              setName("");
              setFields([]);
            }
          }}
        >
          <TextInput label={t("admin.input.name")} value={name} onChange={setName} testId="register-name" />
          <label className="field">
            <span className="field__label">{t("admin.input.type")}</span>
            <select className="input" value={type} onChange={(e) => setType(Number(e.target.value))}>
              {ENTITY_TYPES.map((label, i) => <option key={label} value={i}>{entityTypeLabel(label)}</option>)}
            </select>
          </label>
          <FieldPicker legend={t("admin.register.fields")} value={fields} onChange={setFields} />
          <p className="muted small">{t("admin.register.keysLater")}</p>
        </ActionCard>
        <div className="stack">
          <AddSignerCard entities={inZone} />
          <ActionCard title={t("admin.entityStatus.title")} submit={t("admin.form.changeStatus")} disabled={!chosenEntity} onSubmit={(send) => send(t("admin.entityStatus.tx"), "setEntityStatus", [chosenEntity, entityStatus])}>
            <label className="field">
              <span className="field__label">{t("admin.input.entity")}</span>
              <select className="input" value={chosenEntity} onChange={(e) => setEntityId(Number(e.target.value))}>
                {inZone.map((e) => <option key={e.id} value={e.id}>{entityName(e.name)} ({statusLabel(e.status).toLowerCase()})</option>)}
              </select>
            </label>
            <label className="field">
              <span className="field__label">{t("admin.input.newStatus")}</span>
              <select className="input" value={entityStatus} onChange={(e) => setEntityStatus(Number(e.target.value))}>
                <option value={2}>{t("admin.status.suspend")}</option>
                <option value={1}>{t("admin.status.reinstate")}</option>
                <option value={3}>{t("admin.entityStatus.revoke")}</option>
              </select>
            </label>
          </ActionCard>
        </div>
      </div>
      <Card title={t("admin.decisions.title", { n: proposed.length })}>
        {proposed.length === 0 ? (
          <p className="muted">{t("admin.decisions.none")}</p>
        ) : (
          <ul className="decision-list" data-testid="decisions">
            {proposed.map((p) => <DecisionRow key={p.id} project={p} entity={entityName(nameOf.get(p.entityId) ?? "")} />)}
          </ul>
        )}
      </Card>
    </>
  );
}
