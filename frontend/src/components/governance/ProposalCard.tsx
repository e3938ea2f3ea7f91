/**
 * One proposal: its state, what it does in plain words, the tallies and progress toward quorum, the
 * next moment that matters with a countdown, the votes cast, and (for a connected wallet) voting,
 * queueing and executing, each disabled with its reason when not possible now.
 */
import { useState } from "react";
import { useTranslation } from "react-i18next";
import type { Address } from "viem";
import { shortProposalId } from "@pilot/sdk/proposals";
import { decodeAction, type KnownContracts } from "@pilot/sdk/proposalActions";
import {
  canExecute,
  canQueue,
  canVote,
  nextMilestone,
  quorumProgress,
  SUPPORT,
  type Availability,
  type SupportName,
} from "../../data/governance/proposalStatus";
import type { MyGovernance, Proposal, Seat } from "../../data/governance/types";
import { actionText, bodyName, durationText, proposalStateLabel, proposalTitle, type ActionNames } from "../../i18n/governanceText";
import { formatNumber, formatSecondsDateTime } from "../../format/display";
import { AccountName } from "../Address";
import { Badge, type BadgeTone } from "../Badge";
import { refusalText } from "./refusalText";

const TONES: Record<Proposal["state"], BadgeTone> = {
  Pending: "info",
  Active: "info",
  Canceled: "neutral",
  Defeated: "danger",
  Succeeded: "success",
  Queued: "warning",
  Expired: "neutral",
  Executed: "success",
};

export type GovernanceAction =
  { readonly kind: "vote"; readonly support: SupportName; readonly reason: string } | { readonly kind: "queue" } | { readonly kind: "execute" };

export interface ProposalCardProps {
  readonly proposal: Proposal;
  readonly now: number;
  readonly quorumPercent: number;
  readonly seats: readonly Seat[];
  readonly known: KnownContracts;
  readonly names: ActionNames;
  readonly me: Address | undefined;
  readonly my: MyGovernance | undefined;
  readonly busy: boolean;
  readonly onAct: (p: Proposal, action: GovernanceAction) => void;
}

const SUPPORT_KEYS = { for: "governance.tally.for", against: "governance.tally.against", abstain: "governance.tally.abstain" } as const;
const supportName = (n: number): SupportName => (n === SUPPORT.for ? "for" : n === SUPPORT.against ? "against" : "abstain");

function Milestone({ p, now }: { readonly p: Proposal; readonly now: number }) {
  const { t } = useTranslation();
  const m = nextMilestone(p, now);
  switch (m.kind) {
    case "votingOpens":
      return (
        <p className="milestone" data-testid="milestone">
          {t("governance.milestone.votingOpens", { in: durationText(m.inSeconds), at: formatSecondsDateTime(m.at) })}
        </p>
      );
    case "votingCloses":
      return (
        <p className="milestone" data-testid="milestone">
          {t("governance.milestone.votingCloses", { in: durationText(m.inSeconds), at: formatSecondsDateTime(m.at) })}
        </p>
      );
    case "executableAt":
      return (
        <p className="milestone" data-testid="milestone">
          {t("governance.milestone.executableAt", { in: durationText(m.inSeconds), at: formatSecondsDateTime(m.at) })}
        </p>
      );
    case "readyToQueue":
      return (
        <p className="milestone" data-testid="milestone">
          {t("governance.milestone.readyToQueue")}
        </p>
      );
    case "readyToExecute":
      return (
        <p className="milestone" data-testid="milestone">
          {t("governance.milestone.readyToExecute")}
        </p>
      );
    case "none":
      return null;
  }
}

function Why({ a }: { readonly a: Availability | undefined }) {
  if (!a || a.ok) return null;
  return (
    <p className="muted small" data-testid="act-why">
      {refusalText(a.refusal)}
    </p>
  );
}

function ActPanel({ p, now, me, my, busy, onAct }: Pick<ProposalCardProps, "me" | "my" | "busy" | "onAct" | "now"> & { readonly p: Proposal }) {
  const { t } = useTranslation();
  const [reason, setReason] = useState("");
  if (!me) return p.state === "Active" || p.state === "Succeeded" || p.state === "Queued" ? <p className="muted small">{t("governance.act.connect")}</p> : null;
  if (p.state === "Active" || p.state === "Pending") {
    const mine = my?.onProposal[p.id.toString()];
    const mineVoted = p.votes.find((v) => v.voter.toLowerCase() === me.toLowerCase());
    if (mineVoted)
      return (
        <p className="small" data-testid="my-vote">
          {t("governance.act.voted", { support: t(SUPPORT_KEYS[supportName(mineVoted.support)]) })}
        </p>
      );
    const vote =
      my && mine
        ? canVote(p, { account: me, seatId: my.seatId, weight: mine.weight, hasVoted: mine.hasVoted })
        : p.state === "Pending"
          ? canVote(p, { account: me, seatId: 0, weight: undefined, hasVoted: false })
          : undefined;
    const disabled = busy || !vote?.ok;
    return (
      <form className="act" onSubmit={(e) => e.preventDefault()}>
        {vote === undefined ? <p className="muted small">{t("governance.act.checking")}</p> : null}
        <label className="field">
          <span className="field__label">{t("governance.act.reason")}</span>
          <input className="input" value={reason} onChange={(e) => setReason(e.target.value)} disabled={disabled} data-testid="vote-reason" maxLength={500} />
        </label>
        <div className="actions">
          <button
            type="button"
            className="btn btn--primary btn--sm"
            disabled={disabled}
            data-testid="vote-for"
            onClick={() => onAct(p, { kind: "vote", support: "for", reason: reason.trim() })}
          >
            {t("governance.act.voteFor")}
          </button>
          <button
            type="button"
            className="btn btn--danger btn--sm"
            disabled={disabled}
            data-testid="vote-against"
            onClick={() => onAct(p, { kind: "vote", support: "against", reason: reason.trim() })}
          >
            {t("governance.act.voteAgainst")}
          </button>
          <button
            type="button"
            className="btn btn--secondary btn--sm"
            disabled={disabled}
            data-testid="vote-abstain"
            onClick={() => onAct(p, { kind: "vote", support: "abstain", reason: reason.trim() })}
          >
            {t("governance.act.voteAbstain")}
          </button>
        </div>
        <Why a={vote} />
      </form>
    );
  }
  if (p.state === "Succeeded") {
    const a = canQueue(p);
    return (
      <div className="act">
        <button type="button" className="btn btn--primary btn--sm" disabled={busy || !a.ok} data-testid="queue" onClick={() => onAct(p, { kind: "queue" })}>
          {t("governance.act.queue")}
        </button>
        <Why a={a} />
      </div>
    );
  }
  if (p.state === "Queued") {
    const a = canExecute(p, now);
    return (
      <div className="act">
        <button type="button" className="btn btn--primary btn--sm" disabled={busy || !a.ok} data-testid="execute" onClick={() => onAct(p, { kind: "execute" })}>
          {t("governance.act.execute")}
        </button>
        <Why a={a} />
      </div>
    );
  }
  return null;
}

export function ProposalCard(props: ProposalCardProps) {
  const { proposal: p, now, quorumPercent, seats, known, names } = props;
  const { t } = useTranslation();
  const q = quorumProgress(p.tally, p.quorum);
  const seatOf = new Map(seats.map((s) => [s.holder.toLowerCase(), s]));
  const title = proposalTitle(p.description) || `#${p.id.toString().slice(0, 10)}`;
  return (
    <article className="card proposal" id={`proposal-${shortProposalId(p.id)}`} data-testid="proposal" data-state={p.state} aria-label={title}>
      <header className="proposal__head">
        <h3 className="proposal__title">{title}</h3>
        <span data-testid="proposal-state">
          <Badge tone={TONES[p.state]}>{proposalStateLabel(p.state)}</Badge>
        </span>
      </header>
      <p className="muted small">
        {t("governance.proposal.proposer")} <AccountName address={p.proposer} /> {t("governance.proposal.block", { block: p.createdBlock.toString() })}
      </p>
      <h4 className="proposal__sub">{t("governance.proposal.actions")}</h4>
      <ol className="proposal__actions">
        {p.targets.map((target, i) => (
          <li key={i} data-testid="proposal-action">
            {actionText(decodeAction(target, p.values[i] ?? 0n, p.calldatas[i] ?? "0x", known), names)}
          </li>
        ))}
      </ol>
      <dl className="tally" data-testid="tally">
        <div>
          <dt>{t("governance.tally.for")}</dt>
          <dd data-testid="tally-for">{formatNumber(Number(p.tally.for))}</dd>
        </div>
        <div>
          <dt>{t("governance.tally.against")}</dt>
          <dd data-testid="tally-against">{formatNumber(Number(p.tally.against))}</dd>
        </div>
        <div>
          <dt>{t("governance.tally.abstain")}</dt>
          <dd data-testid="tally-abstain">{formatNumber(Number(p.tally.abstain))}</dd>
        </div>
      </dl>
      {q.needed === undefined ? (
        <p className="muted small">{t("governance.proposal.quorumLater", { percent: quorumPercent })}</p>
      ) : (
        <div className="quorum" data-testid="quorum">
          <div
            className="quorum__bar"
            role="progressbar"
            aria-valuemin={0}
            aria-valuemax={Number(q.needed)}
            aria-valuenow={Math.min(Number(q.counted), Number(q.needed))}
            aria-label={t("governance.proposal.quorum", { counted: q.counted.toString(), needed: q.needed.toString() })}
          >
            <span style={{ width: `${q.percent}%` }} className={q.reached ? "quorum__fill quorum__fill--reached" : "quorum__fill"} />
          </div>
          <span className="small">
            {t(q.reached ? "governance.proposal.quorumReached" : "governance.proposal.quorum", { counted: q.counted.toString(), needed: q.needed.toString() })}
          </span>
        </div>
      )}
      <Milestone p={p} now={now} />
      <details className="proposal__votes">
        <summary>
          {t("governance.proposal.votes")} ({p.votes.length})
        </summary>
        {p.votes.length === 0 ? (
          <p className="muted small">{t("governance.proposal.noVotes")}</p>
        ) : (
          <ul className="plain-list" data-testid="votes">
            {p.votes.map((v) => {
              const seat = seatOf.get(v.voter.toLowerCase());
              return (
                <li key={v.voter}>
                  <strong>{t(SUPPORT_KEYS[supportName(v.support)])}</strong>
                  {" · "}
                  {seat ? bodyName(seat.name) : <AccountName address={v.voter} />}
                  {v.reason ? (
                    <span className="muted">
                      {" · "}
                      {v.reason}
                    </span>
                  ) : null}
                </li>
              );
            })}
          </ul>
        )}
      </details>
      <ActPanel p={p} now={now} me={props.me} my={props.my} busy={props.busy} onAct={props.onAct} />
    </article>
  );
}
