/**
 * Governance: the bodies' seats and the governor's proposals (state, tallies, quorum, countdowns, what
 * each does in plain words), and for a connected wallet: vote with a reason, queue a passed proposal,
 * execute one whose timelock has opened. Every write is simulated before the wallet opens.
 */
import { useEffect, useMemo, useState } from "react";
import { useTranslation } from "react-i18next";
import { useQuery, useQueryClient } from "@tanstack/react-query";
import { useConnection } from "wagmi";
import type { Address } from "viem";
import { programmeGovernorAbi } from "@pilot/sdk/generated/abis";
import { quorumOf } from "@pilot/sdk/governance";
import { ProposalCard, type GovernanceAction } from "../components/governance/ProposalCard";
import { SeatsCard } from "../components/governance/SeatsCard";
import { Card, PageHeader } from "../components/PageHeader";
import { PageData } from "../components/PageData";
import { NetworkNotice } from "../components/NetworkNotice";
import { EmptyState, ErrorState, LoadingState } from "../components/States";
import { descriptionHash } from "../data/governance/chainSource";
import { decodeAction } from "@pilot/sdk/proposalActions";
import { chainNow, SUPPORT } from "../data/governance/proposalStatus";
import type { Proposal } from "../data/governance/types";
import { governance, governanceKey, useGovernance, useMyGovernance } from "../data/governance/useGovernance";
import { registryQueries } from "../data/registry";
import { useContractWrite } from "../tx/useContractWrite";
import { useScrollToHash } from "./useScrollToHash";
import { actionText, bodyName, durationText, proposalTitle, type ActionNames } from "../i18n/governanceText";
import { roleLabel } from "../i18n/labels";
import { deployment } from "../config/loadDeployment";
import { shortHex } from "../format/display";
import { accountLabel } from "../wallet/accountLabels";
import "../styles/governance.css";

/** The wall clock, ticking every second (countdowns). */
function useNowMs(): number {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    const id = setInterval(() => setNow(Date.now()), 1000);
    return () => clearInterval(id);
  }, []);
  return now;
}

const SUPPORT_WORD = { for: "governance.tally.for", against: "governance.tally.against", abstain: "governance.tally.abstain" } as const;

export function GovernancePage() {
  const { t } = useTranslation();
  const connection = useConnection();
  const me = connection.status === "connected" ? connection.address : undefined;
  const query = useGovernance();
  const data = query.data;
  const my = useMyGovernance(me, data);
  const write = useContractWrite();
  const queryClient = useQueryClient();
  const nowMs = useNowMs();
  // a link to one proposal (`#proposal-1a2b3c4d`, as the Admin page gives after proposing)
  useScrollToHash(data !== undefined);
  const now = data ? chainNow(data.chainTime, data.readAtMs, nowMs) : Math.floor(nowMs / 1000);

  const known = { programme: deployment.programme, ...governance };
  // Zone names only when an action names a zone by id (one registry read).
  const needsZones = (data?.proposals ?? []).some((p) =>
    p.targets.some((target, i) => {
      const kind = decodeAction(target, p.values[i] ?? 0n, p.calldatas[i] ?? "0x", known).kind;
      return kind === "setZoneStatus" || kind === "appointZoneAdmin" || kind === "registerEntity";
    }),
  );
  const zones = useQuery({ ...registryQueries.zones, enabled: needsZones });
  const names: ActionNames = useMemo(() => {
    const zoneNames = new Map((zones.data ?? []).map((z) => [z.id, z.name]));
    const seats = new Map((data?.seats ?? []).map((s) => [s.id, s.name]));
    const seatByHolder = new Map((data?.seats ?? []).map((s) => [s.holder.toLowerCase(), s.name]));
    return {
      zone: (id) => zoneNames.get(id),
      seat: (id) => seats.get(id),
      account: (a: Address) => {
        const body = seatByHolder.get(a.toLowerCase());
        const label = accountLabel(a);
        return body ? `${shortHex(a)} (${bodyName(body)})` : label ? `${shortHex(a)} (${roleLabel(label)})` : shortHex(a);
      },
    };
  }, [data?.seats, zones.data]);

  const act = async (p: Proposal, action: GovernanceAction) => {
    if (!governance) return;
    const target = { address: governance.governor, abi: programmeGovernorAbi };
    const title =
      proposalTitle(p.description) ||
      actionText({ kind: "raw", contract: "unknown", target: p.targets[0] ?? governance.governor, data: p.calldatas[0] ?? "0x", value: 0n }, names);
    const ops = [[...p.targets], [...p.values], [...p.calldatas], descriptionHash(p.description)] as const;
    const result =
      action.kind === "vote"
        ? await write.send(target, t("governance.act.sendVote", { support: t(SUPPORT_WORD[action.support]), title }), "castVoteWithReason", [
            p.id,
            SUPPORT[action.support],
            action.reason,
          ])
        : action.kind === "queue"
          ? await write.send(target, t("governance.act.sendQueue", { title }), "queue", ops)
          : await write.send(target, t("governance.act.sendExecute", { title }), "execute", ops);
    if (result.ok) await queryClient.invalidateQueries({ queryKey: governanceKey });
  };

  if (!governance) {
    return (
      <>
        <PageHeader title={t("governance.title")} />
        <EmptyState title={t("governance.none")}>{t("governance.noneText")}</EmptyState>
      </>
    );
  }
  const s = data?.settings;
  return (
    <>
      <PageHeader title={t("governance.title")} lead={t("governance.lead")} />
      <NetworkNotice />
      <PageData ready={data !== undefined || query.isError}>
        {query.isError ? (
          <ErrorState title={t("governance.loadError")} onRetry={() => void query.refetch()}>
            {query.error.message.split("\n")[0]}
          </ErrorState>
        ) : !data || !s ? (
          <LoadingState label={t("governance.loading")} />
        ) : (
          <>
            <p className="notice" role="note" data-testid="governance-source">
              {t("governance.chainNote", { from: data.scannedFrom.toString(), to: data.head.toString() })}
            </p>
            <p className="muted" data-testid="governance-settings">
              {t("governance.settings", {
                delay: durationText(s.votingDelay),
                period: durationText(s.votingPeriod),
                percent: s.quorumPercent,
                quorum: quorumOf(data.seats.length, s.quorumPercent),
                seats: data.seats.length,
                timelock: durationText(s.timelockDelay),
              })}
            </p>
            {write.state.status === "failed" && write.state.message ? (
              <p className="error-banner" role="alert" data-testid="write-error">
                {write.state.message}
              </p>
            ) : null}
            <div className="governance">
              <section className="governance__proposals" aria-labelledby="proposals-h">
                <h2 id="proposals-h">{t("governance.proposals.title", { count: data.proposals.length })}</h2>
                {data.proposals.length === 0 ? (
                  <Card>
                    <p className="muted">{t("governance.proposals.empty")}</p>
                  </Card>
                ) : null}
                {data.proposals.map((p) => (
                  <ProposalCard
                    key={p.id.toString()}
                    proposal={p}
                    now={now}
                    quorumPercent={s.quorumPercent}
                    seats={data.seats}
                    known={known}
                    names={names}
                    me={me}
                    my={my.data}
                    busy={write.busy}
                    onAct={(pp, a) => void act(pp, a)}
                  />
                ))}
                {data.olderNotShown > 0 ? <p className="muted small">{t("governance.proposals.older", { count: data.olderNotShown })}</p> : null}
              </section>
              <SeatsCard seats={data.seats} guardian={data.guardian} me={me} />
            </div>
          </>
        )}
      </PageData>
    </>
  );
}
