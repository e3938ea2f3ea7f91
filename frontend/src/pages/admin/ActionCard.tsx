/**
 * One write form of the Admin page: it owns its write (useProgrammeWrite), so its button is disabled
 * while that write is on its way and a refusal is shown under that button, not elsewhere on the page.
 */
import type { ReactNode } from "react";
import { Card } from "../../components/PageHeader";
import { SubmitRow } from "../../components/WriteControls";
import { useProgrammeWrite, type WriteArgs, type WriteName, type WriteResult } from "../../tx/useProgrammeWrite";

export type Send = <F extends WriteName>(title: string, fn: F, args: WriteArgs<F>) => Promise<WriteResult>;

export function ActionCard({
  title,
  submit,
  disabled,
  danger,
  onSubmit,
  children,
  testId,
}: {
  readonly title: string;
  readonly submit: string;
  readonly disabled?: boolean;
  readonly danger?: boolean;
  /** Sends the form's write with `send`; its result may reset the form. */
  readonly onSubmit: (send: Send) => Promise<unknown> | void;
  readonly children: ReactNode;
  readonly testId?: string;
}) {
  const write = useProgrammeWrite();
  return (
    <Card title={title}>
      <form
        className="form"
        data-testid={testId}
        onSubmit={(e) => {
          e.preventDefault();
          if (!write.busy && !disabled) void onSubmit(write.send);
        }}
      >
        {children}
        <SubmitRow write={write} submit={submit} disabled={disabled} danger={danger} />
      </form>
    </Card>
  );
}
