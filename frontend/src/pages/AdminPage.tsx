import { useConnection } from "wagmi";
import { Badge } from "../components/Badge";
import { Card, PageHeader } from "../components/PageHeader";
import { EmptyState, LoadingState } from "../components/States";
import { HashDisplay } from "../components/HashDisplay";
import { useMyRoles } from "../data/useMyRoles";
import { accountLabel } from "../wallet/accountLabels";

const ROLE_ACTIONS: readonly (readonly [string, string])[] = [
  ["Programme office", "Create zones; appoint regulators, zone administrators and experts; pause in an emergency."],
  ["Zone administrator", "Register entities, manage their accounts, suspend or reinstate; approve or reject projects; review progress."],
  ["Regulator", "Evaluate, accept or terminate projects in their fields."],
  ["Expert", "Give expert opinions on projects in their fields."],
  ["Entity account", "Propose projects and report progress and milestones."],
];

export function AdminPage() {
  const connection = useConnection();
  const roles = useMyRoles(connection.address);
  return (
    <>
      <PageHeader title="Administration" lead="Governance actions, shown according to the roles your account holds on chain." />
      {connection.status !== "connected" ? (
        <EmptyState title="Connect a wallet">Administration needs an account that holds a governance role.</EmptyState>
      ) : (
        <div className="grid grid--2">
          <Card title="Your account">
            <HashDisplay value={connection.address} full />
            <p>{accountLabel(connection.address) ? <Badge tone="info">{accountLabel(connection.address)}</Badge> : <span className="muted">No role label</span>}</p>
            {roles.isPending ? <LoadingState rows={1} /> : null}
            {roles.data && roles.data.length === 0 ? <p className="muted">No on-chain role found (roles are not wired yet).</p> : null}
          </Card>
          <Card title="Roles and what they allow">
            <dl className="role-list">
              {ROLE_ACTIONS.map(([role, text]) => (
                <div key={role}>
                  <dt>{role}</dt>
                  <dd className="muted">{text}</dd>
                </div>
              ))}
            </dl>
          </Card>
        </div>
      )}
    </>
  );
}
