// SPDX-License-Identifier: MIT
pragma solidity ^0.8.24;

import {ProgrammeState} from "../state/ProgrammeState.sol";
import {ProjectRegistry} from "../registry/ProjectRegistry.sol";

/// @title The programme's administration module: zones, offices, entities, signers, projects.
/// @notice Not a contract anyone calls. `PilotProgramme` deploys it in its constructor and runs it
/// by `delegatecall` for the administration functions (`IProgrammeAdministration`), on the
/// programme's own storage: both contracts inherit `ProgrammeState` and declare no other state,
/// so the layout is one. Events are emitted from the programme's address and `msg.sender` is the
/// programme's caller, so clients, the indexer and a future Governor/Timelock as programme admin
/// see one contract.
///
/// Why a split: the programme outgrew the 24,576-byte code limit (EIP-170). These writes are rare
/// (an office's work, not an attestation's), so an extra delegatecall (about 2,700 gas) costs
/// little there, while every attestation still checks the registry with local storage reads.
/// @dev Called directly, the module acts on its own, empty storage whose only admin is the
/// programme (which never calls it directly): every write refuses, and nothing of the
/// programme's state can be reached from here.
contract ProgrammeAdministration is ProjectRegistry {
    /// @param fieldCount number of pilot fields, as the programme's (an immutable: read from code,
    /// so it must match); the deployer (the programme) is the admin of the module's own storage
    constructor(uint8 fieldCount) ProgrammeState(fieldCount, 0, msg.sender) {}
}
