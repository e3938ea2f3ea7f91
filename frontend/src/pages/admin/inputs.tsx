/** The Admin forms' inputs: fields, a zone, an account address. */
import { useTranslation } from "react-i18next";
import { isAddress } from "viem";
import { FIELDS } from "@sdk/domain";
import type { ZoneInfo } from "../../data/types";
import { fieldLabel, statusLabel, zoneName } from "../../i18n/labels";

export function FieldPicker({ value, onChange, legend, only }: { readonly value: readonly number[]; readonly onChange: (v: number[]) => void; readonly legend: string; readonly only?: readonly number[] }) {
  return (
    <fieldset className="field-picker">
      <legend className="field__label">{legend}</legend>
      {FIELDS.filter((f) => !only || only.includes(f.id)).map((f) => (
        <label key={f.id} className="check-option">
          <input type="checkbox" checked={value.includes(f.id)} onChange={(e) => onChange(e.target.checked ? [...value, f.id] : value.filter((x) => x !== f.id))} />
          {fieldLabel(f.id)}
        </label>
      ))}
    </fieldset>
  );
}

export function ZoneSelect({ zones, value, onChange, label }: { readonly zones: readonly ZoneInfo[]; readonly value: number; readonly onChange: (v: number) => void; readonly label?: string }) {
  const { t } = useTranslation();
  return (
    <label className="field">
      <span className="field__label">{label ?? t("admin.input.zone")}</span>
      <select className="input" value={value} onChange={(e) => onChange(Number(e.target.value))}>
        {zones.map((z) => (
          <option key={z.id} value={z.id}>
            {zoneName(z.name)}
            {z.status !== "Active" ? ` (${statusLabel(z.status).toLowerCase()})` : ""}
          </option>
        ))}
      </select>
    </label>
  );
}

export function AddressInput({ value, onChange, label }: { readonly value: string; readonly onChange: (v: string) => void; readonly label?: string }) {
  const { t } = useTranslation();
  const bad = value !== "" && !isAddress(value.trim());
  return (
    <label className="field">
      <span className="field__label">{label ?? t("admin.input.account")}</span>
      <input className="input mono" value={value} onChange={(e) => onChange(e.target.value)} placeholder="0x…" spellCheck={false} aria-invalid={bad || undefined} />
      {bad ? <span className="error-text small">{t("admin.input.notAddress")}</span> : null}
    </label>
  );
}

export function TextInput({ label, value, onChange, testId }: { readonly label: string; readonly value: string; readonly onChange: (v: string) => void; readonly testId?: string }) {
  return (
    <label className="field">
      <span className="field__label">{label}</span>
      <input className="input" value={value} onChange={(e) => onChange(e.target.value)} data-testid={testId} />
    </label>
  );
}
