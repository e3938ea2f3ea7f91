// SPDX-License-Identifier: MIT
pragma solidity ^0.8.24;

import {IProgrammeEvents} from "../interfaces/IProgrammeEvents.sol";
import {Kind} from "../types/ProgrammeTypes.sol";

/// @dev Test helper: another contract emitting look-alike `Attested` events (same signature,
/// same topics) to fool an indexer that does not filter by address.
contract EventSpooferMock is IProgrammeEvents {
    /// @dev Emits an `Attested` event claiming an acceptance that the programme never recorded.
    function spoofAttested(bytes32 uid, uint32 projectId, address attester, bytes32 contentHash) external {
        emit Attested(uid, projectId, attester, Kind.Acceptance, contentHash, bytes32(0), "");
    }
}
