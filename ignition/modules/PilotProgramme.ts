import { buildModule } from "@nomicfoundation/hardhat-ignition/modules";
import { FIELD_COUNT } from "../../sdk/domain.js";

/** Two days: a programme-admin transfer can be accepted only after this delay. */
const DEFAULT_ADMIN_DELAY = 2n * 24n * 60n * 60n;

/**
 * The whole suite, wired together: the programme (registry + log) and its reader.
 * Parameters (ignition `--parameters` file, key "PilotProgramme"):
 *   programmeAdmin  the programme office's account (default: the deploying account)
 *   adminDelay      seconds before an admin transfer can be accepted (default: 2 days)
 *   fieldCount      number of pilot fields (default: the shared vocabulary's, 17)
 */
export default buildModule("PilotProgramme", (m) => {
  const programmeAdmin = m.getParameter("programmeAdmin", m.getAccount(0));
  const adminDelay = m.getParameter("adminDelay", DEFAULT_ADMIN_DELAY);
  const fieldCount = m.getParameter("fieldCount", FIELD_COUNT);

  const programme = m.contract("PilotProgramme", [fieldCount, adminDelay, programmeAdmin]);
  const reader = m.contract("ProgrammeReader", [programme]);
  return { programme, reader };
});
