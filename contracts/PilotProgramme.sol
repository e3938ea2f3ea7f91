// SPDX-License-Identifier: MIT
pragma solidity ^0.8.24;

import {ProgrammeState} from "./state/ProgrammeState.sol";
import {ProgrammeGovernance} from "./governance/ProgrammeGovernance.sol";
import {DelegatedAttestations} from "./log/DelegatedAttestations.sol";

/// @title The pilot programme: registry of zones, entities and projects, and the attestation log.
/// @notice One address and one ABI for everything. Attestations, revocations and reads run here and
/// check the registry with a few local storage reads (no cross-contract call per attestation). The
/// rarely used administration writes (zones, offices, entities, signers, projects) run in
/// `ProgrammeAdministration`, deployed by this constructor and reached by `delegatecall` on this
/// contract's storage, because the whole no longer fits the 24,576-byte code limit (EIP-170).
/// Paged reads for clients live in `ProgrammeReader`. The ABI, documented: `IPilotProgramme`.
contract PilotProgramme is DelegatedAttestations {
    /// @param fieldCount number of pilot fields (the programme has 17; at most 32)
    /// @param adminDelay seconds a programme-admin transfer waits before it can be accepted
    /// @param programmeAdmin the programme office's account (a timelock governed by the bodies' seats, a
    /// multisig, or one account)
    /// @param initialGuardian the account that may pause at once and do nothing else (zero: none yet;
    /// the programme admin changes it with `setGuardian`)
    constructor(
        uint8 fieldCount,
        uint48 adminDelay,
        address programmeAdmin,
        address initialGuardian
    ) ProgrammeState(fieldCount, adminDelay, programmeAdmin) ProgrammeGovernance(fieldCount) {
        if (initialGuardian != address(0)) {
            _guardian = initialGuardian;
            emit GuardianSet(address(0), initialGuardian);
        }
    }
}
