/**
 * A zone administrator's forms (the programme office may act in any zone): entities, their keys and status,
 * and the projects awaiting a decision. When the office is the bodies' timelock (issue 10), a seat holder
 * proposes what the office may do in a zone and needs no fresh signature from a third party (an entity's
 * status, removing a key: OfficeForm.tsx, as the office's own forms); registering an entity and adding a
 * key take a signer's consent signed now, so they stay a zone administrator's direct forms, and the seat
 * holder is told so.
 */
import { useState } from "react";
import { Link } from "react-router";
import { useTranslation } from "react-i18next";
import { zeroHash, type Address } from "viem";
import { ENTITY_TYPES, fieldsToMask } from "@pilot/sdk/domain";
import { Card } from "../../components/PageHeader";
import { AddSignerCard } from "../../components/SignerConsent";
import type { EntityInfo, ProjectInfo, ZoneInfo } from "../../data/types";
import { useProgrammeWrite } from "../../tx/useProgrammeWrite";
import { entityName, entityTypeLabel, fieldLabel, statusLabel } from "../../i18n/labels";
import { WriteError, useBusyLabel } from "../../components/WriteControls";
import type { ActionNames } from "../../i18n/governanceText";
import { ActionCard } from "./ActionCard";
import { officeCall } from "./officeProposal";
import { OfficeForm, useActionNames, type OfficeFormMode } from "./OfficeForm";
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
    void write.send(t(status === 2 ? "admin.decisions.txApprove" : "admin.decisions.txReject", { title: project.title }), "setProjectStatus", [
      project.id,
      status,
      reason.trim(),
    ]);
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
      <input
        className="input input--sm"
        placeholder={t("admin.decisions.reason")}
        aria-label={t("admin.decisions.reasonFor", { title: project.title })}
        value={reason}
        onChange={(e) => setReason(e.target.value)}
      />
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

/** A form the office cannot propose from the dApp (it needs a consent signed now): its title and one line saying so. */
function NotProposable({ title, testId }: { readonly title: string; readonly testId: string }) {
  const { t } = useTranslation();
  return (
    <Card title={title}>
      <p className="muted" data-testid={testId}>
        {t("officeTerms.notProposable")}
      </p>
    </Card>
  );
}

/** Removes one signer key of an entity of the zone: sent directly, or proposed when the office is the timelock. */
function RemoveSignerForm({ mode, entities, names }: { readonly mode: OfficeFormMode; readonly entities: readonly EntityInfo[]; readonly names: ActionNames }) {
  const { t } = useTranslation();
  const [entityId, setEntityId] = useState<number | undefined>();
  const [key, setKey] = useState<Address | undefined>();
  const entity = entities.find((e) => e.id === entityId) ?? entities[0];
  const chosenKey = key && entity?.signers.includes(key) ? key : entity?.signers[0];
  return (
    <OfficeForm
      mode={mode}
      title={t("officeTerms.removeSigner.title")}
      submit={t("officeTerms.removeSigner.submit")}
      txTitle={t("officeTerms.removeSigner.tx", { account: chosenKey ? names.account(chosenKey) : "" })}
      call={entity && chosenKey ? officeCall("removeSigner", [entity.id, chosenKey]) : undefined}
      names={names}
      danger
      testId="remove-signer-form"
    >
      <label className="field">
        <span className="field__label">{t("admin.input.entity")}</span>
        <select
          className="input"
          value={entity?.id ?? 0}
          onChange={(e) => {
            setEntityId(Number(e.target.value));
            setKey(undefined);
          }}
          data-testid="remove-signer-entity"
        >
          {entities.map((e) => (
            <option key={e.id} value={e.id}>
              {entityName(e.name)}
            </option>
          ))}
        </select>
      </label>
      {entity && entity.signers.length === 0 ? (
        <p className="muted small">{t("officeTerms.removeSigner.none")}</p>
      ) : (
        <label className="field">
          <span className="field__label">{t("officeTerms.removeSigner.key")}</span>
          <select className="input mono" value={chosenKey ?? ""} onChange={(e) => setKey(e.target.value as Address)} data-testid="remove-signer-key">
            {(entity?.signers ?? []).map((a) => (
              <option key={a} value={a}>
                {names.account(a)}
              </option>
            ))}
          </select>
        </label>
      )}
    </OfficeForm>
  );
}

export function ZoneAdminActions({
  zones,
  entities,
  projects,
  fixedZone,
  propose = false,
}: {
  readonly zones: readonly ZoneInfo[];
  readonly entities: readonly EntityInfo[];
  readonly projects: readonly ProjectInfo[];
  /** The administrator's own zone; undefined for the programme office (or a seat holder), which picks one. */
  readonly fixedZone: number | undefined;
  /** A seat holder of the timelock office (access.ts `zoneProposes`): the forms the office may use propose. */
  readonly propose?: boolean;
}) {
  const { t } = useTranslation();
  const names = useActionNames(zones);
  const mode: OfficeFormMode = propose ? "propose" : "direct";
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
          <ZoneSelect
            zones={zones}
            value={zoneId}
            onChange={(v) => {
              setZoneId(v);
              setEntityId(undefined);
            }}
            label={t("admin.input.actingIn")}
          />
        </div>
      ) : null}
      {propose ? (
        <p className="muted" data-testid="zone-proposes">
          {t("officeTerms.zoneProposes")} <Link to="/governance">{t("adminPropose.governanceLink")}</Link>
        </p>
      ) : null}
      <div className="grid grid--2">
        {propose ? (
          <NotProposable title={t("admin.register.title")} testId="register-not-proposable" />
        ) : (
          <ActionCard
            title={t("admin.register.title")}
            submit={t("admin.register.submit")}
            disabled={name.trim() === "" || fields.length === 0}
            onSubmit={async (send) => {
              const r = await send(t("admin.register.tx", { name: name.trim() }), "registerEntity", [
                zoneId,
                name.trim(),
                type,
                fieldsToMask(fields),
                "",
                zeroHash,
                [],
              ]);
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
                {ENTITY_TYPES.map((label, i) => (
                  <option key={label} value={i}>
                    {entityTypeLabel(label)}
                  </option>
                ))}
              </select>
            </label>
            <FieldPicker legend={t("admin.register.fields")} value={fields} onChange={setFields} />
            <p className="muted small">{t("admin.register.keysLater")}</p>
          </ActionCard>
        )}
        <div className="stack">
          {propose ? <NotProposable title={t("admin.addSigner.title")} testId="add-signer-not-proposable" /> : <AddSignerCard entities={inZone} />}
          <OfficeForm
            mode={mode}
            title={t("admin.entityStatus.title")}
            submit={t("admin.form.changeStatus")}
            txTitle={t("admin.entityStatus.tx")}
            call={chosenEntity ? officeCall("setEntityStatus", [chosenEntity, entityStatus]) : undefined}
            names={names}
            testId="entity-status-form"
          >
            <label className="field">
              <span className="field__label">{t("admin.input.entity")}</span>
              <select className="input" value={chosenEntity} onChange={(e) => setEntityId(Number(e.target.value))}>
                {inZone.map((e) => (
                  <option key={e.id} value={e.id}>
                    {entityName(e.name)} ({statusLabel(e.status).toLowerCase()})
                  </option>
                ))}
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
          </OfficeForm>
          <RemoveSignerForm mode={mode} entities={inZone} names={names} key={zoneId} />
        </div>
      </div>
      {propose ? null : (
        <Card title={t("admin.decisions.title", { n: proposed.length })}>
          {proposed.length === 0 ? (
            <p className="muted">{t("admin.decisions.none")}</p>
          ) : (
            <ul className="decision-list" data-testid="decisions">
              {proposed.map((p) => (
                <DecisionRow key={p.id} project={p} entity={entityName(nameOf.get(p.entityId) ?? "")} />
              ))}
            </ul>
          )}
        </Card>
      )}
    </>
  );
}
