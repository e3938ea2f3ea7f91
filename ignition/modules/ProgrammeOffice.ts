import { buildModule } from "@nomicfoundation/hardhat-ignition/modules";
import { ZeroAddress, id } from "ethers";
import { GOVERNING_BODIES, GOVERNOR_DEFAULTS } from "@pilot/sdk/governance";

const PROPOSER_ROLE = id("PROPOSER_ROLE");
const CANCELLER_ROLE = id("CANCELLER_ROLE");
const TIMELOCK_ADMIN_ROLE = `0x${"0".repeat(64)}`;

/**
 * The governed programme office: OpenZeppelin's TimelockController (`ProgrammeTimelock`), the
 * central bodies' seats (`ProgrammeSeats`, one vote each, owned by the timelock) and the governor
 * (`ProgrammeGovernor`). The governor becomes the timelock's proposer and canceller, anyone may
 * execute, and the deploying account, which wires them, renounces the timelock's admin role at the end:
 * from then on only proposals change anything.
 * Parameters (key "ProgrammeOffice"), every delay in seconds (the clock is the block timestamp):
 *   seatHolders     the account voting for each body (required; as many as seatNames)
 *   seatNames       the bodies' names (default: the sixteen of sdk/governance.ts GOVERNING_BODIES)
 *   votingDelay     from a proposal to its vote (default 1 day)
 *   votingPeriod    how long a vote lasts (default 5 days)
 *   timelockDelay   from queueing to execution (default 2 days)
 *   quorumPercent   quorum: more than this % of the seats (default 50: a majority, 9 of 16)
 */
export default buildModule("ProgrammeOffice", (m) => {
  const deployer = m.getAccount(0);
  const seatHolders = m.getParameter<string[]>("seatHolders");
  const seatNames = m.getParameter<string[]>("seatNames", [...GOVERNING_BODIES]);
  const votingDelay = m.getParameter("votingDelay", GOVERNOR_DEFAULTS.votingDelay);
  const votingPeriod = m.getParameter("votingPeriod", GOVERNOR_DEFAULTS.votingPeriod);
  const timelockDelay = m.getParameter("timelockDelay", GOVERNOR_DEFAULTS.timelockDelay);
  const quorumPercent = m.getParameter("quorumPercent", GOVERNOR_DEFAULTS.quorumPercent);

  const timelock = m.contract("ProgrammeTimelock", [timelockDelay, [], [ZeroAddress], deployer]);
  const seats = m.contract("ProgrammeSeats", [timelock, seatNames, seatHolders]);
  const governor = m.contract("ProgrammeGovernor", [seats, timelock, votingDelay, votingPeriod, quorumPercent]);

  const proposer = m.call(timelock, "grantRole", [PROPOSER_ROLE, governor], { id: "grantProposer" });
  const canceller = m.call(timelock, "grantRole", [CANCELLER_ROLE, governor], { id: "grantCanceller" });
  m.call(timelock, "renounceRole", [TIMELOCK_ADMIN_ROLE, deployer], { id: "renounceAdmin", after: [proposer, canceller] });
  return { timelock, seats, governor };
});
