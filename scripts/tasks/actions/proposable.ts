/**
 * The tasks `propose` turns into proposals: each task's own planner (the same code that validates
 * and builds its direct call), by task id. Tasks that need a key's signature made now (register-entity,
 * add-signer) or act for an entity (propose-project) are not proposable.
 */
import type { Planner } from "../runtime/management.js";
import { removeSignerPlan, setEntityStatusPlan } from "./manage-entities.js";
import { pausePlan, renewOfficePlan, setExpertPlan, setGuardianPlan, setRegulatorPlan, unpausePlan } from "./manage-offices.js";
import { setProjectStatusPlan } from "./manage-projects.js";
import { addSeatPlan, reassignSeatPlan, removeSeatPlan } from "./manage-seats.js";
import { appointZoneAdminPlan, createZonePlan, removeZoneAdminPlan, setZoneStatusPlan } from "./manage-zones.js";

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- each planner takes its own task's options; propose looks one up by task name and passes it the words parsed against that task's own option definitions
export const PROPOSABLE: Readonly<Record<string, Planner<any>>> = {
  "create-zone": createZonePlan,
  "set-zone-status": setZoneStatusPlan,
  "appoint-zone-admin": appointZoneAdminPlan,
  "remove-zone-admin": removeZoneAdminPlan,
  "set-regulator": setRegulatorPlan,
  "set-expert": setExpertPlan,
  "renew-office": renewOfficePlan,
  "set-guardian": setGuardianPlan,
  pause: pausePlan,
  unpause: unpausePlan,
  "set-entity-status": setEntityStatusPlan,
  "remove-signer": removeSignerPlan,
  "set-project-status": setProjectStatusPlan,
  "add-seat": addSeatPlan,
  "remove-seat": removeSeatPlan,
  "reassign-seat": reassignSeatPlan,
};
