/**
 * A signer proposes a project of its entity, in one of the entity's fields (proposeProject). The
 * project then waits for its zone administrator's approval. Like every write, it is simulated first:
 * a refusal (entity or zone not active, paused…) is said in plain words under the button.
 */
import { useState } from "react";
import { Link } from "react-router";
import { Trans, useTranslation } from "react-i18next";
import { parseEventLogs, zeroHash } from "viem";
import { LIMITS } from "@pilot/sdk/domain";
import { pilotProgrammeAbi } from "../../data/chain";
import type { EntityInfo, ZoneInfo } from "../../data/types";
import { entityName, fieldLabel, statusLabel, zoneName } from "../../i18n/labels";
import { ActionCard } from "./ActionCard";

const bytes = (text: string) => new TextEncoder().encode(text).length;

export function ProposeProjectCard({ entity, zone }: { readonly entity: EntityInfo; readonly zone: ZoneInfo | undefined }) {
  const { t } = useTranslation();
  const [field, setField] = useState<number | undefined>();
  const [title, setTitle] = useState("");
  const [uri, setUri] = useState("");
  const [proposed, setProposed] = useState<number | undefined>();
  const chosenField = field ?? entity.fieldIds[0];
  const titleBytes = bytes(title.trim());
  const uriBytes = bytes(uri.trim());
  const tooLong =
    titleBytes > LIMITS.titleBytes
      ? t("admin.propose.titleTooLong", { n: titleBytes, max: LIMITS.titleBytes })
      : uriBytes > LIMITS.uriBytes
        ? t("admin.propose.uriTooLong", { n: uriBytes, max: LIMITS.uriBytes })
        : undefined;
  const inactive = entity.status !== "Active" || (zone && zone.status !== "Active");
  return (
    <ActionCard
      title={t("admin.propose.title")}
      submit={t("admin.propose.submit")}
      disabled={chosenField === undefined || title.trim() === "" || tooLong !== undefined}
      testId="propose-form"
      onSubmit={async (send) => {
        if (chosenField === undefined) return;
        setProposed(undefined);
        const r = await send(t("admin.propose.tx", { title: title.trim() }), "proposeProject", [chosenField, title.trim(), uri.trim(), zeroHash]);
        if (r.ok && r.receipt) {
          const [event] = parseEventLogs({ abi: pilotProgrammeAbi, eventName: "ProjectProposed", logs: r.receipt.logs });
          setProposed(event ? Number(event.args.projectId) : undefined);
          setTitle("");
          setUri("");
        }
      }}
    >
      <p className="muted small">{t("admin.propose.lead", { entity: entityName(entity.name), zone: zoneName(zone?.name ?? "") })}</p>
      {inactive ? (
        <p className="notice notice--limited small" data-testid="propose-inactive">
          {t("admin.propose.inactive", { entity: statusLabel(entity.status).toLowerCase(), zone: statusLabel(zone?.status ?? "None").toLowerCase() })}
        </p>
      ) : null}
      <label className="field">
        <span className="field__label">{t("admin.propose.field")}</span>
        <select className="input" value={chosenField ?? ""} onChange={(e) => setField(Number(e.target.value))} data-testid="propose-field">
          {entity.fieldIds.map((f) => (
            <option key={f} value={f}>
              {fieldLabel(f)}
            </option>
          ))}
        </select>
      </label>
      <label className="field">
        <span className="field__label">{t("admin.propose.projectTitle")}</span>
        <input
          className="input"
          value={title}
          onChange={(e) => {
            setTitle(e.target.value);
            setProposed(undefined);
          }}
          data-testid="propose-title"
          aria-invalid={titleBytes > LIMITS.titleBytes || undefined}
        />
      </label>
      <label className="field">
        <span className="field__label">{t("admin.propose.uri")}</span>
        <input className="input" value={uri} onChange={(e) => setUri(e.target.value)} placeholder="https://… or urn:…" />
      </label>
      {tooLong ? <p className="error-text small">{tooLong}</p> : null}
      {proposed !== undefined ? (
        <p className="success-text" data-testid="propose-done">
          <Trans i18nKey="admin.propose.done" values={{ id: proposed }} components={{ a: <Link to={`/projects/${proposed}`} /> }} />
        </p>
      ) : null}
    </ActionCard>
  );
}
