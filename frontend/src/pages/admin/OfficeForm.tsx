/**
 * One office form of the Admin page, either way the office acts (issue 10): sent directly when the
 * connected account is the office, or proposed to the governor, with a description, when the office is
 * the bodies' timelock. The same inputs and the same call either way (officeProposal.ts). Like every
 * write it is simulated first, its button disabled while on its way, its refusal shown under it.
 */
import { useMemo, useState, type ReactNode } from "react";
import type { Address } from "viem";
import { Link } from "react-router";
import { useTranslation } from "react-i18next";
import { shortProposalId } from "@pilot/sdk/proposals";
import { Card } from "../../components/PageHeader";
import { SubmitRow } from "../../components/WriteControls";
import { contracts } from "../../data/chain";
import type { ZoneInfo } from "../../data/types";
import { useProgrammeWrite } from "../../tx/useProgrammeWrite";
import type { ActionNames } from "../../i18n/governanceText";
import { roleLabel } from "../../i18n/labels";
import { shortHex } from "../../format/display";
import { accountLabel } from "../../wallet/accountLabels";
import { defaultDescription, proposalDescription, type OfficeCall } from "./officeProposal";
import { useOfficePropose } from "./useOfficePropose";

export type OfficeFormMode = "direct" | "propose";

/** The names a proposal's default description uses: zones by id, accounts short with their label. */
export function useActionNames(zones: readonly ZoneInfo[]): ActionNames {
  return useMemo(() => {
    const byId = new Map(zones.map((z) => [z.id, z.name]));
    return {
      zone: (id) => byId.get(id),
      seat: () => undefined,
      account: (a: Address) => {
        const label = accountLabel(a);
        return label ? `${shortHex(a)} (${roleLabel(label)})` : shortHex(a);
      },
    };
  }, [zones]);
}

export function OfficeForm({
  mode,
  title,
  submit,
  txTitle,
  call,
  names,
  onDone,
  danger,
  children,
  testId,
}: {
  readonly mode: OfficeFormMode;
  readonly title: string;
  /** The direct form's button; a proposing form's says "Propose". */
  readonly submit: string;
  /** The transaction's name in the toasts. */
  readonly txTitle: string;
  /** The action the inputs make; undefined while they are incomplete. */
  readonly call: OfficeCall | undefined;
  readonly names: ActionNames;
  /** After the write (or the proposal) succeeded: e.g. empties the inputs. */
  readonly onDone?: () => void;
  readonly danger?: boolean;
  readonly children?: ReactNode;
  readonly testId?: string;
}) {
  const { t } = useTranslation();
  const direct = useProgrammeWrite();
  const proposal = useOfficePropose();
  const [description, setDescription] = useState("");
  const [proposed, setProposed] = useState<bigint | undefined>();
  const proposing = mode === "propose";
  const write = proposing ? proposal : direct;
  const fallback = call && contracts ? defaultDescription(call, contracts.programme, names) : "";
  return (
    <Card title={proposing ? t("adminPropose.cardTitle", { title }) : title}>
      <form
        className="form"
        data-testid={testId}
        data-mode={mode}
        onSubmit={(e) => {
          e.preventDefault();
          if (!call || write.busy) return;
          void (async () => {
            if (!proposing) {
              const r = await direct.send(txTitle, call.functionName, call.args as never);
              if (r.ok) onDone?.();
              return;
            }
            setProposed(undefined);
            const r = await proposal.propose(t("adminPropose.tx", { title: txTitle }), call, proposalDescription(description, fallback));
            if (r.ok) {
              setProposed(r.proposalId);
              setDescription("");
              onDone?.();
            }
          })();
        }}
      >
        {children}
        {proposing ? (
          <label className="field">
            <span className="field__label">{t("adminPropose.description")}</span>
            <textarea
              className="input"
              rows={3}
              value={description}
              onChange={(e) => setDescription(e.target.value)}
              data-testid="propose-description"
              maxLength={2000}
            />
            <span className="muted small" data-testid="propose-default">
              {fallback ? t("adminPropose.descriptionDefault", { title: fallback.replace(/^#\s*/, "") }) : t("adminPropose.descriptionHint")}
            </span>
          </label>
        ) : null}
        <SubmitRow write={write} submit={proposing ? t("adminPropose.submit") : submit} disabled={!call} danger={danger && !proposing} />
        {proposing && proposed !== undefined ? (
          <p className="success-text small" role="status" data-testid="office-proposed">
            {t("adminPropose.done", { id: shortProposalId(proposed) })}{" "}
            <Link to={`/governance#proposal-${shortProposalId(proposed)}`}>{t("adminPropose.seeIt")}</Link>
          </p>
        ) : null}
      </form>
    </Card>
  );
}
