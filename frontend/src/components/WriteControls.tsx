/**
 * A write form's button and its outcome: the button is disabled and says what is happening while the
 * form's write (useProgrammeWrite) is on its way, and a refusal is shown right under it, where the user clicked.
 */
import type { ReactNode } from "react";
import { useTranslation } from "react-i18next";
import type { useProgrammeWrite } from "../tx/useProgrammeWrite";

/** What the controls read of a write: its state and whether it is on its way (useProgrammeWrite, or a proposal's). */
export type Write = Pick<ReturnType<typeof useProgrammeWrite>, "state" | "busy">;

/** What the button says while its write is on its way. */
export function useBusyLabel(write: Write, idle: string): string {
  const { t } = useTranslation();
  switch (write.state.status) {
    case "simulating":
      return t("write.checking");
    case "wallet":
      return t("write.confirmWallet");
    case "pending":
      return t("write.waiting");
    default:
      return idle;
  }
}

/** The refusal (or wallet failure) of this form's last write, in plain words, where the user clicked. */
export function WriteError({ write }: { readonly write: Write }) {
  return write.state.status === "failed" && write.state.message ? (
    <p className="error-text" role="alert" data-testid="write-error">
      {write.state.message}
    </p>
  ) : null;
}

export function SubmitRow({
  write,
  submit,
  disabled,
  danger,
  children,
}: {
  readonly write: Write;
  readonly submit: string;
  readonly disabled?: boolean;
  readonly danger?: boolean;
  readonly children?: ReactNode;
}) {
  const { t } = useTranslation();
  const label = useBusyLabel(write, submit);
  return (
    <>
      <div className="actions">
        <button type="submit" className={`btn ${danger ? "btn--danger" : "btn--primary"}`} disabled={write.busy || disabled}>
          {label}
        </button>
        {write.state.status === "confirmed" ? (
          <span className="success-text small" role="status">
            {t("write.done")}
          </span>
        ) : null}
        {children}
      </div>
      <WriteError write={write} />
    </>
  );
}
