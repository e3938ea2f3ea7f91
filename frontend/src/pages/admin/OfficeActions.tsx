/** The programme office's forms: the emergency pause, zones, and appointments. */
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { isAddress, zeroHash, type Address } from "viem";
import { fieldsToMask } from "@sdk/domain";
import { Card } from "../../components/PageHeader";
import type { ZoneInfo } from "../../data/types";
import { useProgrammeWrite } from "../../data/useProgrammeWrite";
import { SubmitRow } from "../../components/WriteControls";
import { ActionCard } from "./ActionCard";
import { AddressInput, defaultTermDate, FieldPicker, TermInput, termSeconds, TextInput, ZoneSelect } from "./inputs";

function PauseCard({ paused }: { readonly paused: boolean }) {
  const { t } = useTranslation();
  const write = useProgrammeWrite();
  return (
    <Card title={t("admin.pause.title")}>
      <form
        className="form"
        onSubmit={(e) => {
          e.preventDefault();
          if (!write.busy) void write.send(paused ? t("admin.pause.unpauseTx") : t("admin.pause.pauseTx"), paused ? "unpause" : "pause", []);
        }}
      >
        <p>{paused ? t("admin.pause.paused") : t("admin.pause.running")}</p>
        <SubmitRow write={write} submit={paused ? t("admin.pause.unpause") : t("admin.pause.pause")} danger={!paused} />
      </form>
    </Card>
  );
}

export function OfficeActions({ zones, paused }: { readonly zones: readonly ZoneInfo[]; readonly paused: boolean }) {
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
  const [statusZone, setStatusZone] = useState(zones[0]?.id ?? 1);
  const [zoneStatus, setZoneStatus] = useState(2);
  return (
    <div className="grid grid--2">
      <PauseCard paused={paused} />
      <ActionCard
        title={t("admin.createZone.title")}
        submit={t("admin.createZone.submit")}
        disabled={zoneName.trim() === ""}
        onSubmit={async (send) => {
          const r = await send(t("admin.createZone.tx", { name: zoneName.trim() }), "createZone", [zoneName.trim(), region.trim(), "", zeroHash]);
          if (r.ok) {
            setZoneName("");
            setRegion("");
          }
        }}
      >
        <TextInput label={t("admin.input.name")} value={zoneName} onChange={setZoneName} />
        <TextInput label={t("admin.input.region")} value={region} onChange={setRegion} />
      </ActionCard>
      <ActionCard
        title={t("admin.appointAdmin.title")}
        submit={t("admin.appointAdmin.submit")}
        disabled={!isAddress(adminAccount.trim()) || expiry === undefined}
        onSubmit={async (send) => {
          const r = await send(t("admin.appointAdmin.title"), "appointZoneAdmin", [adminZone, adminAccount.trim() as Address, expiry ?? 0]);
          if (r.ok) setAdminAccount("");
        }}
      >
        <ZoneSelect zones={zones} value={adminZone} onChange={setAdminZone} />
        <AddressInput value={adminAccount} onChange={setAdminAccount} />
        <TermInput value={term} onChange={setTerm} />
      </ActionCard>
      <ActionCard
        title={t("admin.offices.title")}
        submit={t("admin.offices.submit")}
        disabled={!isAddress(officeAccount.trim()) || expiry === undefined}
        onSubmit={async (send) => {
          const args = [officeAccount.trim() as Address, fieldsToMask(officeFields), expiry ?? 0] as const;
          const r = office === "regulator" ? await send(t("admin.offices.txRegulator"), "setRegulatorFields", args) : await send(t("admin.offices.txExpert"), "setExpertFields", args);
          if (r.ok) {
            setOfficeAccount("");
            setOfficeFields([]);
          }
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
      </ActionCard>
      <ActionCard title={t("admin.zoneStatus.title")} submit={t("admin.form.changeStatus")} onSubmit={(send) => send(t("admin.zoneStatus.tx"), "setZoneStatus", [statusZone, zoneStatus])}>
        <ZoneSelect zones={zones} value={statusZone} onChange={setStatusZone} />
        <label className="field">
          <span className="field__label">{t("admin.input.newStatus")}</span>
          <select className="input" value={zoneStatus} onChange={(e) => setZoneStatus(Number(e.target.value))}>
            <option value={2}>{t("admin.status.suspend")}</option>
            <option value={1}>{t("admin.status.reinstate")}</option>
            <option value={3}>{t("admin.zoneStatus.close")}</option>
          </select>
        </label>
      </ActionCard>
    </div>
  );
}
