// SPDX-License-Identifier: MIT
pragma solidity ^0.8.24;

import {TimelockController} from "@openzeppelin/contracts/governance/TimelockController.sol";

/// @title The programme office: OpenZeppelin's TimelockController, the programme's admin.
/// @notice Holds the programme's `DEFAULT_ADMIN_ROLE`, so every office action (zones, appointments,
/// renewals, the guardian, unpausing, the seats) is a call this timelock makes once a proposal of
/// `ProgrammeGovernor` has passed and waited `getMinDelay()` seconds. The governor is its only
/// proposer and canceller; anyone may execute a ready operation (executor role held by address(0)).
/// @dev Nothing is added to OpenZeppelin's contract: this file gives it an artifact and a name.
contract ProgrammeTimelock is TimelockController {
    /// @param minDelay seconds between queueing and execution
    /// @param proposers accounts that may schedule (the governor, once deployed)
    /// @param executors accounts that may execute; `[address(0)]`: anyone
    /// @param admin an account that may grant the roles once (to wire the governor in), then renounces;
    /// zero: the timelock administers itself from the start
    constructor(
        uint256 minDelay,
        address[] memory proposers,
        address[] memory executors,
        address admin
    ) TimelockController(minDelay, proposers, executors, admin) {}
}
