/** The Admin forms' inputs: fields, a zone, an account address, an office's term. */
import { useTranslation } from "react-i18next";
import { isAddress } from "viem";
import { FIELDS } from "@pilot/sdk/domain";
import { defaultOfficeExpiry } from "@pilot/sdk/governance";
import type { ZoneInfo } from "../../data/types";
import { fieldLabel, statusLabel, zoneName } from "../../i18n/labels";

export function FieldPicker({
  value,
  onChange,
  legend,
  only,
}: {
  readonly value: readonly number[];
  readonly onChange: (v: number[]) => void;
  readonly legend: string;
  readonly only?: readonly number[];
}) {
  return (
    <fieldset className="field-picker">
      <legend className="field__label">{legend}</legend>
      {FIELDS.filter((f) => !only || only.includes(f.id)).map((f) => (
        <label key={f.id} className="check-option">
          <input
            type="checkbox"
            checked={value.includes(f.id)}
            onChange={(e) => onChange(e.target.checked ? [...value, f.id] : value.filter((x) => x !== f.id))}
          />
          {fieldLabel(f.id)}
        </label>
      ))}
    </fieldset>
  );
}

export function ZoneSelect({
  zones,
  value,
  onChange,
  label,
}: {
  readonly zones: readonly ZoneInfo[];
  readonly value: number;
  readonly onChange: (v: number) => void;
  readonly label?: string;
}) {
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
      <input
        className="input mono"
        value={value}
        onChange={(e) => onChange(e.target.value)}
        placeholder="0x…"
        spellCheck={false}
        aria-invalid={bad || undefined}
      />
      {bad ? <span className="error-text small">{t("admin.input.notAddress")}</span> : null}
    </label>
  );
}

export function TextInput({
  label,
  value,
  onChange,
  testId,
}: {
  readonly label: string;
  readonly value: string;
  readonly onChange: (v: string) => void;
  readonly testId?: string;
}) {
  return (
    <label className="field">
      <span className="field__label">{label}</span>
      <input className="input" value={value} onChange={(e) => onChange(e.target.value)} data-testid={testId} />
    </label>
  );
}

/** The last day of an office's term, as a date (UTC); the contract ends terms at a UTC midnight. */
export function TermInput({ value, onChange }: { readonly value: string; readonly onChange: (v: string) => void }) {
  const { t } = useTranslation();
  return (
    <label className="field">
      <span className="field__label">{t("admin.offices.term")}</span>
      <input className="input" type="date" value={value} onChange={(e) => onChange(e.target.value)} data-testid="office-term" />
      <span className="muted small">{t("admin.offices.termHint")}</span>
    </label>
  );
}

/** The default term's end as a date input value: two years from `nowSeconds`, at a UTC midnight (sdk/governance.ts). */
export const defaultTermDate = (nowSeconds: number): string => new Date(defaultOfficeExpiry(nowSeconds) * 1000).toISOString().slice(0, 10);

/** A date input's value as the expiry the contract takes (seconds at that day's UTC midnight); undefined when empty or invalid. */
export function termSeconds(date: string): number | undefined {
  const ms = Date.parse(`${date}T00:00:00Z`);
  return Number.isFinite(ms) && /^\d{4}-\d{2}-\d{2}$/.test(date) ? ms / 1000 : undefined;
}
