// SPDX-License-Identifier: MIT
pragma solidity ^0.8.24;

import {EIP712} from "@openzeppelin/contracts/utils/cryptography/EIP712.sol";
import {ProgrammeGovernance} from "./governance/ProgrammeGovernance.sol";
import {DelegatedAttestations} from "./log/DelegatedAttestations.sol";

/// @title The pilot programme: registry of zones, entities and projects, and the attestation log.
/// @notice One contract on purpose: every attestation checks the registry (who is the attester,
/// which entity, zone and field, which status), and doing so in-house costs a few storage reads
/// instead of a cross-contract call per attestation. Paged reads for clients live in
/// `ProgrammeReader`.
contract PilotProgramme is DelegatedAttestations {
    /// @param fieldCount number of pilot fields (the programme has 17; at most 32)
    /// @param adminDelay seconds a programme-admin transfer waits before it can be accepted
    /// @param programmeAdmin the programme office's account
    constructor(
        uint8 fieldCount,
        uint48 adminDelay,
        address programmeAdmin
    ) ProgrammeGovernance(fieldCount, adminDelay, programmeAdmin) EIP712("PilotProgramme", "1") {}
}
