/**
 * The programme office's forms: the emergency pause, zones, appointments and renewals. When the office
 * is one account, that account sends them; when it is the bodies' timelock (issue 10), a seat holder
 * proposes them (OfficeForm.tsx). The guardian pauses at once either way: a pause is no proposal.
 */
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { isAddress, zeroHash } from "viem";
import { fieldsToMask } from "@pilot/sdk/domain";
import { Card } from "../../components/PageHeader";
import { SubmitRow } from "../../components/WriteControls";
import type { ZoneInfo } from "../../data/types";
import { useProgrammeWrite } from "../../tx/useProgrammeWrite";
import type { ActionNames } from "../../i18n/governanceText";
import { AddressInput, defaultTermDate, FieldPicker, TermInput, termSeconds, TextInput, ZoneSelect } from "./inputs";
import { officeCall, type OfficeMode } from "./officeProposal";
import { OfficeForm, useActionNames, type OfficeFormMode } from "./OfficeForm";

/** The guardian's pause: at once, from its own account (it may do nothing else). */
function GuardianPauseCard() {
  const { t } = useTranslation();
  const write = useProgrammeWrite();
  return (
    <Card title={t("admin.pause.title")}>
      <form
        className="form"
        data-testid="guardian-pause"
        onSubmit={(e) => {
          e.preventDefault();
          if (!write.busy) void write.send(t("admin.pause.pauseTx"), "pause", []);
        }}
      >
        <p>{t("admin.pause.running")}</p>
        <p className="muted small">{t("adminPropose.guardianPause")}</p>
        <SubmitRow write={write} submit={t("admin.pause.pause")} danger />
      </form>
    </Card>
  );
}

function PauseCard({
  mode,
  paused,
  guardian,
  names,
}: {
  readonly mode: OfficeMode;
  readonly paused: boolean;
  readonly guardian: boolean;
  readonly names: ActionNames;
}) {
  const { t } = useTranslation();
  if (guardian && !paused) return <GuardianPauseCard />;
  if (mode !== "direct" && mode !== "propose") {
    return (
      <Card title={t("admin.pause.title")}>
        <p>{t("admin.pause.paused")}</p>
        <p className="muted small" data-testid="guardian-unpause">
          {t("adminPropose.guardianUnpause")}
        </p>
      </Card>
    );
  }
  return (
    <OfficeForm
      mode={mode}
      title={t("admin.pause.title")}
      submit={paused ? t("admin.pause.unpause") : t("admin.pause.pause")}
      txTitle={paused ? t("admin.pause.unpauseTx") : t("admin.pause.pauseTx")}
      call={officeCall(paused ? "unpause" : "pause", [])}
      names={names}
      danger={!paused}
      testId="pause-form"
    >
      <p>{paused ? t("admin.pause.paused") : t("admin.pause.running")}</p>
    </OfficeForm>
  );
}

export function OfficeActions({
  zones,
  paused,
  mode,
  guardian,
}: {
  readonly zones: readonly ZoneInfo[];
  readonly paused: boolean;
  /** How this account uses the office's forms (officeProposal.ts); "needsSeat" and "none" leave only the guardian's pause. */
  readonly mode: OfficeMode;
  /** The connected account is the programme's guardian. */
  readonly guardian: boolean;
}) {
  const { t } = useTranslation();
  const [zoneName, setZoneName] = useState("");
  const [region, setRegion] = useState("");
  const [adminZone, setAdminZone] = useState(zones[0]?.id ?? 1);
  const [adminAccount, setAdminAccount] = useState("");
  const [officeAccount, setOfficeAccount] = useState("");
  const [officeFields, setOfficeFields] = useState<number[]>([]);
  const [office, setOffice] = useState<"regulator" | "expert">("regulator");
  const [term, setTerm] = useState(() => defaultTermDate(Math.floor(Date.now() / 1000)));
  const expiry = termSeconds(term);
  const [renewAccount, setRenewAccount] = useState("");
  const [renewTerm, setRenewTerm] = useState(() => defaultTermDate(Math.floor(Date.now() / 1000)));
  const renewExpiry = termSeconds(renewTerm);
  const [statusZone, setStatusZone] = useState(zones[0]?.id ?? 1);
  const [zoneStatus, setZoneStatus] = useState(2);
  const names = useActionNames(zones);

  const formMode: OfficeFormMode | undefined = mode === "direct" || mode === "propose" ? mode : undefined;
  const pause = <PauseCard mode={mode} paused={paused} guardian={guardian} names={names} />;
  if (!formMode) return <div className="grid grid--2">{pause}</div>;
  const trimmedAdmin = adminAccount.trim();
  const trimmedOffice = officeAccount.trim();
  const trimmedRenew = renewAccount.trim();
  return (
    <div className="grid grid--2">
      {pause}
      <OfficeForm
        mode={formMode}
        title={t("admin.createZone.title")}
        submit={t("admin.createZone.submit")}
        txTitle={t("admin.createZone.tx", { name: zoneName.trim() })}
        call={zoneName.trim() === "" ? undefined : officeCall("createZone", [zoneName.trim(), region.trim(), "", zeroHash])}
        names={names}
        testId="create-zone-form"
        onDone={() => {
          setZoneName("");
          setRegion("");
        }}
      >
        <TextInput label={t("admin.input.name")} value={zoneName} onChange={setZoneName} testId="create-zone-name" />
        <TextInput label={t("admin.input.region")} value={region} onChange={setRegion} testId="create-zone-region" />
      </OfficeForm>
      <OfficeForm
        mode={formMode}
        title={t("admin.appointAdmin.title")}
        submit={t("admin.appointAdmin.submit")}
        txTitle={t("admin.appointAdmin.title")}
        call={isAddress(trimmedAdmin) && expiry !== undefined ? officeCall("appointZoneAdmin", [adminZone, trimmedAdmin, expiry]) : undefined}
        names={names}
        onDone={() => setAdminAccount("")}
      >
        <ZoneSelect zones={zones} value={adminZone} onChange={setAdminZone} />
        <AddressInput value={adminAccount} onChange={setAdminAccount} />
        <TermInput value={term} onChange={setTerm} />
      </OfficeForm>
      <OfficeForm
        mode={formMode}
        title={t("admin.offices.title")}
        submit={t("admin.offices.submit")}
        txTitle={office === "regulator" ? t("admin.offices.txRegulator") : t("admin.offices.txExpert")}
        call={
          isAddress(trimmedOffice) && expiry !== undefined
            ? officeCall(office === "regulator" ? "setRegulatorFields" : "setExpertFields", [trimmedOffice, fieldsToMask(officeFields), expiry])
            : undefined
        }
        names={names}
        onDone={() => {
          setOfficeAccount("");
          setOfficeFields([]);
        }}
      >
        <label className="field">
          <span className="field__label">{t("admin.offices.office")}</span>
          <select className="input" value={office} onChange={(e) => setOffice(e.target.value === "expert" ? "expert" : "regulator")}>
            <option value="regulator">{t("admin.offices.regulator")}</option>
            <option value="expert">{t("admin.offices.expert")}</option>
          </select>
        </label>
        <AddressInput value={officeAccount} onChange={setOfficeAccount} />
        <FieldPicker legend={t("admin.offices.fields")} value={officeFields} onChange={setOfficeFields} />
        <TermInput value={term} onChange={setTerm} />
      </OfficeForm>
      <OfficeForm
        mode={formMode}
        title={t("adminPropose.renew.title")}
        submit={t("adminPropose.renew.submit")}
        txTitle={t("adminPropose.renew.title")}
        call={isAddress(trimmedRenew) && renewExpiry !== undefined ? officeCall("renewOffice", [trimmedRenew, renewExpiry]) : undefined}
        names={names}
        testId="renew-form"
        onDone={() => setRenewAccount("")}
      >
        <p className="muted small">{t("adminPropose.renew.lead")}</p>
        <AddressInput value={renewAccount} onChange={setRenewAccount} />
        <TermInput value={renewTerm} onChange={setRenewTerm} />
      </OfficeForm>
      <OfficeForm
        mode={formMode}
        title={t("admin.zoneStatus.title")}
        submit={t("admin.form.changeStatus")}
        txTitle={t("admin.zoneStatus.tx")}
        call={officeCall("setZoneStatus", [statusZone, zoneStatus])}
        names={names}
      >
        <ZoneSelect zones={zones} value={statusZone} onChange={setStatusZone} />
        <label className="field">
          <span className="field__label">{t("admin.input.newStatus")}</span>
          <select className="input" value={zoneStatus} onChange={(e) => setZoneStatus(Number(e.target.value))}>
            <option value={2}>{t("admin.status.suspend")}</option>
            <option value={1}>{t("admin.status.reinstate")}</option>
            <option value={3}>{t("admin.zoneStatus.close")}</option>
          </select>
        </label>
      </OfficeForm>
    </div>
  );
}
