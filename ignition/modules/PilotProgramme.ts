import { buildModule } from "@nomicfoundation/hardhat-ignition/modules";
import { ZeroAddress } from "ethers";
import { FIELD_COUNT } from "@pilot/sdk/domain";

/** Two days: a programme-admin transfer can be accepted only after this delay. */
export const DEFAULT_ADMIN_DELAY = 2n * 24n * 60n * 60n;

/**
 * The suite with a programme office of ONE account or an existing multisig (small deployments, the
 * tests that need it, and `npm start` until the sample is seeded through proposals). The governed
 * office (timelock, governor, seats) is `GovernedProgramme.ts`.
 * Parameters (ignition `--parameters` file, key "PilotProgramme"):
 *   programmeAdmin  the programme office's account or multisig (default: the deploying account)
 *   guardian        the account that may pause and nothing else (default: none)
 *   adminDelay      seconds before an admin transfer can be accepted (default: 2 days)
 *   fieldCount      number of pilot fields (default: the shared vocabulary's, 17)
 */
export default buildModule("PilotProgramme", (m) => {
  const programmeAdmin = m.getParameter("programmeAdmin", m.getAccount(0));
  const guardian = m.getParameter<string>("guardian", ZeroAddress);
  const adminDelay = m.getParameter("adminDelay", DEFAULT_ADMIN_DELAY);
  const fieldCount = m.getParameter("fieldCount", FIELD_COUNT);

  const programme = m.contract("PilotProgramme", [fieldCount, adminDelay, programmeAdmin, guardian]);
  const reader = m.contract("ProgrammeReader", [programme]);
  return { programme, reader };
});
