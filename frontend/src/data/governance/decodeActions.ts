/**
 * The proposal-action decoder lives in sdk/proposalActions.ts, shared with the terminal tool; the
 * page words its result (i18n/governanceText.ts). Re-exported here for the modules that still
 * import it by this path (pages/admin); new code imports `@sdk/proposalActions`.
 */
export { decodeAction, maskFields, type KnownContracts, type ProposalAction as DecodedAction } from "@sdk/proposalActions";
