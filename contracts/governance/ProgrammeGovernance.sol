// SPDX-License-Identifier: MIT
pragma solidity ^0.8.24;

import {EnumerableSet} from "@openzeppelin/contracts/utils/structs/EnumerableSet.sol";
import {ProgrammeState} from "../state/ProgrammeState.sol";
import {ProgrammeAdministration} from "../administration/ProgrammeAdministration.sol";
import {IProgrammeAdministration} from "../interfaces/IProgrammeAdministration.sol";
import {IPilotProgramme} from "../interfaces/IPilotProgramme.sol";
import {Account, Entity, Project, SignerKey, Zone} from "../types/ProgrammeTypes.sol";

/// @title Programme governance: the programme office, the pause switch, the registry's reads, and
/// the door to the administration module.
/// @notice The programme office holds OpenZeppelin's `DEFAULT_ADMIN_ROLE`, which moves only in two
/// steps (begin, then accept after a delay); any account can hold it, a Governor's timelock
/// included. Scoped offices and entity membership are kept per account in one packed slot, so one
/// storage read answers "may this account do that here?".
///
/// The programme's ABI is `IPilotProgramme`, documented there. The administration functions
/// (`IProgrammeAdministration`: zones, offices, entities, signers, projects) are declared here, so
/// the programme's ABI is whole, but their code lives in
/// `ProgrammeAdministration`, which this contract deploys in its constructor and runs by
/// `delegatecall` on this contract's storage (one layout: `ProgrammeState`). Attestations,
/// revocations and every read stay here and read the registry locally.
abstract contract ProgrammeGovernance is ProgrammeState, IPilotProgramme {
    using EnumerableSet for EnumerableSet.AddressSet;

    /// @dev The administration module, deployed by the constructor (its code is immutable too).
    address private immutable _ADMINISTRATION;

    /// @param fieldCount number of pilot fields, passed on to the administration module
    constructor(uint8 fieldCount) {
        _ADMINISTRATION = address(new ProgrammeAdministration(fieldCount));
    }

    // ------------------------------------------------------------------ pause

    modifier whenNotPaused() {
        if (_totals.paused) revert EnforcedPause();
        _;
    }

    /// @inheritdoc IPilotProgramme
    function pause() external {
        if (msg.sender != _guardian) _checkRole(DEFAULT_ADMIN_ROLE);
        if (_totals.paused) revert EnforcedPause();
        _totals.paused = true;
        emit Paused(msg.sender);
    }

    /// @inheritdoc IPilotProgramme
    function unpause() external onlyRole(DEFAULT_ADMIN_ROLE) {
        if (!_totals.paused) revert ExpectedPause();
        _totals.paused = false;
        emit Unpaused(msg.sender);
    }

    /// @inheritdoc IPilotProgramme
    function guardian() external view returns (address) {
        return _guardian;
    }

    /// @inheritdoc IPilotProgramme
    function paused() external view returns (bool) {
        return _totals.paused;
    }

    /// @inheritdoc IPilotProgramme
    function totals() external view returns (uint32 zones, uint32 entities, uint32 projects, uint64 attestations) {
        Totals memory t = _totals;
        return (t.zones, t.entities, t.projects, t.attestations);
    }

    /// @inheritdoc IPilotProgramme
    function administration() external view returns (address) {
        return _ADMINISTRATION;
    }

    // ------------------------------------------------------------------ reads

    /// @inheritdoc IPilotProgramme
    function getAccount(address account) external view returns (Account memory) {
        return _accounts[account];
    }

    /// @inheritdoc IPilotProgramme
    function nonces(address signer) external view returns (uint64) {
        return _accounts[signer].nonce;
    }

    /// @inheritdoc IPilotProgramme
    function getZone(uint32 zoneId) external view returns (Zone memory) {
        return _zone(zoneId);
    }

    /// @inheritdoc IPilotProgramme
    function getEntity(uint32 entityId) external view returns (Entity memory) {
        return _entity(entityId);
    }

    /// @inheritdoc IPilotProgramme
    function signersOf(uint32 entityId) external view returns (address[] memory) {
        _entity(entityId);
        return _signers[entityId].values();
    }

    /// @inheritdoc IPilotProgramme
    function getProject(uint32 projectId) external view returns (Project memory) {
        return _project(projectId);
    }

    // ------------------------------------------- administration (runs in the module)

    /// @inheritdoc IProgrammeAdministration
    function createZone(string calldata, string calldata, string calldata, bytes32) external returns (uint32) {
        _administer();
    }

    /// @inheritdoc IProgrammeAdministration
    function setZoneStatus(uint32, uint8) external {
        _administer();
    }

    /// @inheritdoc IProgrammeAdministration
    function appointZoneAdmin(uint32, address, uint40) external {
        _administer();
    }

    /// @inheritdoc IProgrammeAdministration
    function removeZoneAdmin(address) external {
        _administer();
    }

    /// @inheritdoc IProgrammeAdministration
    function setRegulatorFields(address, uint32, uint40) external {
        _administer();
    }

    /// @inheritdoc IProgrammeAdministration
    function setExpertFields(address, uint32, uint40) external {
        _administer();
    }

    /// @inheritdoc IProgrammeAdministration
    function renewOffice(address, uint40) external {
        _administer();
    }

    /// @inheritdoc IProgrammeAdministration
    function setGuardian(address) external {
        _administer();
    }

    /// @inheritdoc IProgrammeAdministration
    function registerEntity(
        uint32,
        string calldata,
        uint8,
        uint32,
        string calldata,
        bytes32,
        SignerKey[] calldata
    ) external returns (uint32) {
        _administer();
    }

    /// @inheritdoc IProgrammeAdministration
    function addSigner(uint32, SignerKey calldata) external {
        _administer();
    }

    /// @inheritdoc IProgrammeAdministration
    function removeSigner(uint32, address) external {
        _administer();
    }

    /// @inheritdoc IProgrammeAdministration
    function setEntityStatus(uint32, uint8) external {
        _administer();
    }

    /// @inheritdoc IProgrammeAdministration
    function proposeProject(uint8, string calldata, string calldata, bytes32) external returns (uint32) {
        _administer();
    }

    /// @inheritdoc IProgrammeAdministration
    function setProjectStatus(uint32, uint8, string calldata) external {
        _administer();
    }

    /// @dev Runs the call's own calldata in the administration module on this contract's storage
    /// and returns (or reverts) with exactly what it returned. Never returns to Solidity.
    function _administer() private {
        address module = _ADMINISTRATION;
        assembly {
            calldatacopy(0, 0, calldatasize())
            let ok := delegatecall(gas(), module, 0, calldatasize(), 0, 0)
            returndatacopy(0, 0, returndatasize())
            if iszero(ok) {
                revert(0, returndatasize())
            }
            return(0, returndatasize())
        }
    }
}
