import { buildModule } from "@nomicfoundation/hardhat-ignition/modules";
import { ZeroAddress } from "ethers";
import { FIELD_COUNT } from "@pilot/sdk/domain";
import { DEFAULT_ADMIN_DELAY } from "./PilotProgramme.js";
import ProgrammeOfficeModule from "./ProgrammeOffice.js";

/**
 * The suite with its default office: the timelock governed by the bodies' seats
 * (`ProgrammeOffice.ts`) is the programme's admin, so every office action is a proposal.
 * Parameters: those of "ProgrammeOffice" (seat holders and names, delays, quorum), and under key
 * "GovernedProgramme":
 *   guardian    the account that may pause at once and do nothing else (default: none; governance
 *               sets it with `setGuardian`; the sample's is the Cyberspace Administration's seat)
 *   adminDelay  seconds before a programme-admin transfer can be accepted (default: 2 days)
 *   fieldCount  number of pilot fields (default: the shared vocabulary's, 17)
 */
export default buildModule("GovernedProgramme", (m) => {
  const { timelock, seats, governor } = m.useModule(ProgrammeOfficeModule);
  const guardian = m.getParameter<string>("guardian", ZeroAddress);
  const adminDelay = m.getParameter("adminDelay", DEFAULT_ADMIN_DELAY);
  const fieldCount = m.getParameter("fieldCount", FIELD_COUNT);

  const programme = m.contract("PilotProgramme", [fieldCount, adminDelay, timelock, guardian]);
  const reader = m.contract("ProgrammeReader", [programme]);
  return { programme, reader, timelock, seats, governor };
});
