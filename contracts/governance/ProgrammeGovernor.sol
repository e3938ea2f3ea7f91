// SPDX-License-Identifier: MIT
pragma solidity ^0.8.24;

import {Governor} from "@openzeppelin/contracts/governance/Governor.sol";
import {GovernorCountingSimple} from "@openzeppelin/contracts/governance/extensions/GovernorCountingSimple.sol";
import {GovernorSettings} from "@openzeppelin/contracts/governance/extensions/GovernorSettings.sol";
import {GovernorTimelockControl} from "@openzeppelin/contracts/governance/extensions/GovernorTimelockControl.sol";
import {GovernorVotes} from "@openzeppelin/contracts/governance/extensions/GovernorVotes.sol";
import {GovernorVotesQuorumFraction} from "@openzeppelin/contracts/governance/extensions/GovernorVotesQuorumFraction.sol";
import {TimelockController} from "@openzeppelin/contracts/governance/TimelockController.sol";
import {IVotes} from "@openzeppelin/contracts/governance/utils/IVotes.sol";
import {Math} from "@openzeppelin/contracts/utils/math/Math.sol";

/// @title The programme's governor: the central bodies' seats decide, the timelock acts.
/// @notice OpenZeppelin's Governor with `GovernorSettings` (voting delay, voting period and the
/// proposal threshold, changeable by proposal), `GovernorCountingSimple` (for, against, abstain),
/// `GovernorVotes` (one vote per seat of `ProgrammeSeats`, read at each proposal's snapshot),
/// `GovernorVotesQuorumFraction` and `GovernorTimelockControl` (a passed proposal is queued in
/// `ProgrammeTimelock`, the programme's admin, and executed by anyone after the timelock's delay).
///
/// Lifecycle of a proposal: `propose` (a seat holder: threshold one vote) -> Pending for
/// `votingDelay()` seconds -> Active for `votingPeriod()` seconds (`castVote`,
/// `castVoteWithReason`) -> Succeeded when quorum is reached and more votes are for than against,
/// else Defeated -> `queue` -> Queued for the timelock's delay -> `execute` (anyone) -> Executed. The
/// proposer may `cancel` while it is Pending.
/// @dev The clock is the seats' (the block timestamp, ERC-6372 `mode=timestamp`), so every setting
/// is in seconds. Quorum is "more than `quorumNumerator()`% of the seats at the snapshot": with the
/// default 50, a majority (9 of 16, 8 of 15, 1 of 1), which a plain fraction cannot give for every
/// seat count (16 x 50% = 8, not a majority; 16 x 51% rounds down to 8 too).
contract ProgrammeGovernor is
    Governor,
    GovernorSettings,
    GovernorCountingSimple,
    GovernorVotes,
    GovernorVotesQuorumFraction,
    GovernorTimelockControl
{
    /// @param seats the seats' votes (`ProgrammeSeats`)
    /// @param timelock the programme's admin (`ProgrammeTimelock`); this governor must be its proposer
    /// and canceller
    /// @param initialVotingDelay seconds from a proposal to the start of its vote (its snapshot)
    /// @param initialVotingPeriod seconds a vote lasts
    /// @param quorumPercent quorum: more than this percentage of the seats (50: a majority; below 100)
    constructor(
        IVotes seats,
        TimelockController timelock,
        uint48 initialVotingDelay,
        uint32 initialVotingPeriod,
        uint256 quorumPercent
    )
        Governor("ProgrammeGovernor")
        GovernorSettings(initialVotingDelay, initialVotingPeriod, 1)
        GovernorVotes(seats)
        GovernorVotesQuorumFraction(quorumPercent)
        GovernorTimelockControl(timelock)
    {}

    /// @notice Votes needed for a proposal to pass quorum at `timepoint`: more than
    /// `quorumNumerator()`% of the seats then (for and abstain votes count).
    function quorum(uint256 timepoint) public view override(Governor, GovernorVotesQuorumFraction) returns (uint256) {
        return Math.mulDiv(token().getPastTotalSupply(timepoint), quorumNumerator(timepoint), quorumDenominator()) + 1;
    }

    /// @dev "More than 100%" could never be reached: the numerator stays below the denominator.
    function _updateQuorumNumerator(uint256 newQuorumNumerator) internal override {
        uint256 denominator = quorumDenominator();
        if (newQuorumNumerator >= denominator) revert GovernorInvalidQuorumFraction(newQuorumNumerator, denominator);
        super._updateQuorumNumerator(newQuorumNumerator);
    }

    // ------------------------------------------------ overrides OpenZeppelin requires

    /// @inheritdoc Governor
    function votingDelay() public view override(Governor, GovernorSettings) returns (uint256) {
        return super.votingDelay();
    }

    /// @inheritdoc Governor
    function votingPeriod() public view override(Governor, GovernorSettings) returns (uint256) {
        return super.votingPeriod();
    }

    /// @inheritdoc Governor
    function proposalThreshold() public view override(Governor, GovernorSettings) returns (uint256) {
        return super.proposalThreshold();
    }

    /// @inheritdoc Governor
    function state(uint256 proposalId) public view override(Governor, GovernorTimelockControl) returns (ProposalState) {
        return super.state(proposalId);
    }

    /// @inheritdoc Governor
    function proposalNeedsQueuing(
        uint256 proposalId
    ) public view override(Governor, GovernorTimelockControl) returns (bool) {
        return super.proposalNeedsQueuing(proposalId);
    }

    function _queueOperations(
        uint256 proposalId,
        address[] memory targets,
        uint256[] memory values,
        bytes[] memory calldatas,
        bytes32 descriptionHash
    ) internal override(Governor, GovernorTimelockControl) returns (uint48) {
        return super._queueOperations(proposalId, targets, values, calldatas, descriptionHash);
    }

    function _executeOperations(
        uint256 proposalId,
        address[] memory targets,
        uint256[] memory values,
        bytes[] memory calldatas,
        bytes32 descriptionHash
    ) internal override(Governor, GovernorTimelockControl) {
        super._executeOperations(proposalId, targets, values, calldatas, descriptionHash);
    }

    function _cancel(
        address[] memory targets,
        uint256[] memory values,
        bytes[] memory calldatas,
        bytes32 descriptionHash
    ) internal override(Governor, GovernorTimelockControl) returns (uint256) {
        return super._cancel(targets, values, calldatas, descriptionHash);
    }

    function _executor() internal view override(Governor, GovernorTimelockControl) returns (address) {
        return super._executor();
    }
}
