/**
 * Suspend, resume or terminate a project in the account's scope (its zone, its regulated fields, or any
 * for the programme office). With the timelock as office (issue 10), a seat holder proposes it for any
 * project (OfficeForm.tsx); an account with a direct scope keeps its direct form.
 */
import { useMemo, useState } from "react";
import { useTranslation } from "react-i18next";
import type { Address } from "viem";
import type { ProjectInfo } from "../../data/types";
import type { ActionNames } from "../../i18n/governanceText";
import { statusLabel } from "../../i18n/labels";
import { shortHex } from "../../format/display";
import { ActionCard } from "./ActionCard";
import { officeCall } from "./officeProposal";
import { OfficeForm } from "./OfficeForm";

export function ProjectStatusActions({
  projects,
  scope,
  propose,
}: {
  readonly projects: readonly ProjectInfo[];
  readonly scope: (p: ProjectInfo) => boolean;
  /** The office's lifecycle form, proposed (the office is the timelock and the account a seat holder). */
  readonly propose?: boolean;
}) {
  const { t } = useTranslation();
  const open = projects.filter((p) => (p.status === "Active" || p.status === "Suspended") && scope(p));
  const [projectId, setProjectId] = useState<number | undefined>();
  const [action, setAction] = useState(3);
  const [reason, setReason] = useState("");
  const chosen = projectId ?? open[0]?.id ?? 0;
  const names: ActionNames = useMemo(() => ({ zone: () => undefined, seat: () => undefined, account: (a: Address) => shortHex(a) }), []);
  const inputs = (
    <>
      <label className="field">
        <span className="field__label">{t("admin.lifecycle.project", { count: open.length })}</span>
        <select className="input" value={chosen} onChange={(e) => setProjectId(Number(e.target.value))} data-testid="lifecycle-project">
          {open.map((p) => (
            <option key={p.id} value={p.id}>
              #{p.id} {p.title} ({statusLabel(p.status).toLowerCase()})
            </option>
          ))}
        </select>
      </label>
      <label className="field">
        <span className="field__label">{t("admin.lifecycle.action")}</span>
        <select className="input" value={action} onChange={(e) => setAction(Number(e.target.value))}>
          <option value={3}>{t("admin.lifecycle.suspend")}</option>
          <option value={2}>{t("admin.lifecycle.resume")}</option>
          <option value={6}>{t("admin.lifecycle.terminate")}</option>
        </select>
      </label>
      <label className="field">
        <span className="field__label">{t("admin.lifecycle.reason")}</span>
        <input className="input" value={reason} onChange={(e) => setReason(e.target.value)} />
      </label>
    </>
  );
  if (propose) {
    return (
      <OfficeForm
        mode="propose"
        title={t("admin.lifecycle.title")}
        submit={t("admin.form.changeStatus")}
        txTitle={t("admin.lifecycle.tx")}
        call={chosen ? officeCall("setProjectStatus", [chosen, action, reason.trim()]) : undefined}
        names={names}
        testId="lifecycle-form"
        onDone={() => setReason("")}
      >
        {inputs}
      </OfficeForm>
    );
  }
  return (
    <ActionCard
      title={t("admin.lifecycle.title")}
      submit={t("admin.form.changeStatus")}
      disabled={!chosen}
      testId="lifecycle-form"
      onSubmit={async (send) => {
        const r = await send(t("admin.lifecycle.tx"), "setProjectStatus", [chosen, action, reason.trim()]);
        if (r.ok) setReason("");
      }}
    >
      {inputs}
    </ActionCard>
  );
}
