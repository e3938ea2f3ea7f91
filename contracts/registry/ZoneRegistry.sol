// SPDX-License-Identifier: MIT
pragma solidity ^0.8.24;

import {ProgrammeState} from "../state/ProgrammeState.sol";
import {IProgrammeAdministration} from "../interfaces/IProgrammeAdministration.sol";
import {Zone, ZoneStatus, Account} from "../types/ProgrammeTypes.sol";

/// @title Pilot zones, their administrators, and the field-scoped offices (administration module).
/// @notice Runs inside `PilotProgramme` by delegatecall (see `ProgrammeAdministration`).
abstract contract ZoneRegistry is ProgrammeState {
    /// @inheritdoc IProgrammeAdministration
    function createZone(
        string calldata name,
        string calldata region,
        string calldata metadataURI,
        bytes32 metadataHash
    ) external onlyRole(DEFAULT_ADMIN_ROLE) returns (uint32 zoneId) {
        _checkName(name);
        if (bytes(region).length > _MAX_REGION_BYTES) revert RegionTooLong(bytes(region).length, _MAX_REGION_BYTES);
        _checkURI(metadataURI);
        zoneId = ++_totals.zones;
        Zone storage z = _zones[zoneId];
        z.id = zoneId;
        z.status = ZoneStatus.Active;
        z.createdAt = uint40(block.timestamp);
        z.name = name;
        z.region = region;
        z.metadataURI = metadataURI;
        z.metadataHash = metadataHash;
        emit ZoneCreated(zoneId, name, region, metadataURI, metadataHash);
    }

    /// @inheritdoc IProgrammeAdministration
    function setZoneStatus(uint32 zoneId, uint8 status) external onlyRole(DEFAULT_ADMIN_ROLE) {
        if (status > uint8(type(ZoneStatus).max)) revert InvalidStatus(status);
        Zone storage z = _zone(zoneId);
        ZoneStatus from = z.status;
        ZoneStatus to = ZoneStatus(status);
        if (from == ZoneStatus.Closed || to == ZoneStatus.None || to == from) {
            revert IllegalZoneTransition(zoneId, from, to);
        }
        z.status = to;
        emit ZoneStatusChanged(zoneId, to, msg.sender);
    }

    /// @inheritdoc IProgrammeAdministration
    function appointZoneAdmin(uint32 zoneId, address account, uint40 expiresAt) external onlyRole(DEFAULT_ADMIN_ROLE) {
        ZoneStatus status = _zone(zoneId).status;
        if (status == ZoneStatus.Closed) revert ZoneNotActive(zoneId, status);
        if (account == address(0)) revert ZeroAddress();
        _requireNotEntitySigner(account);
        Account storage a = _accounts[account];
        if (a.zoneAdminOf != 0) revert AlreadyZoneAdmin(account, a.zoneAdminOf);
        a.zoneAdminOf = zoneId;
        emit ZoneAdminAppointed(zoneId, account, _setTerm(a, expiresAt));
    }

    /// @inheritdoc IProgrammeAdministration
    function removeZoneAdmin(address account) external onlyRole(DEFAULT_ADMIN_ROLE) {
        Account storage a = _accounts[account];
        uint32 zoneId = a.zoneAdminOf;
        if (zoneId == 0) revert NotZoneAdmin(0, account);
        a.zoneAdminOf = 0;
        emit ZoneAdminRemoved(zoneId, account);
        _bumpNonce(account, a);
    }

    /// @inheritdoc IProgrammeAdministration
    function setRegulatorFields(
        address account,
        uint32 fields,
        uint40 expiresAt
    ) external onlyRole(DEFAULT_ADMIN_ROLE) {
        Account storage a = _officeAccount(account, fields);
        uint32 before = a.regulatorFields;
        a.regulatorFields = fields;
        emit RegulatorFieldsSet(account, fields, _termAfter(a, fields, expiresAt));
        if (before & ~fields != 0) _bumpNonce(account, a);
    }

    /// @inheritdoc IProgrammeAdministration
    function setExpertFields(address account, uint32 fields, uint40 expiresAt) external onlyRole(DEFAULT_ADMIN_ROLE) {
        Account storage a = _officeAccount(account, fields);
        uint32 before = a.expertFields;
        a.expertFields = fields;
        emit ExpertFieldsSet(account, fields, _termAfter(a, fields, expiresAt));
        if (before & ~fields != 0) _bumpNonce(account, a);
    }

    /// @inheritdoc IProgrammeAdministration
    function renewOffice(address account, uint40 expiresAt) external onlyRole(DEFAULT_ADMIN_ROLE) {
        Account storage a = _accounts[account];
        if (a.zoneAdminOf == 0 && a.regulatorFields == 0 && a.expertFields == 0) revert HoldsNoOffice(account);
        emit OfficeRenewed(account, _setTerm(a, expiresAt));
    }

    /// @inheritdoc IProgrammeAdministration
    function setGuardian(address guardian) external onlyRole(DEFAULT_ADMIN_ROLE) {
        emit GuardianSet(_guardian, guardian);
        _guardian = guardian;
    }

    function _officeAccount(address account, uint32 fields) private view returns (Account storage a) {
        if (account == address(0)) revert ZeroAddress();
        if (fields & ~_VALID_FIELDS != 0) revert InvalidFields(fields);
        _requireNotEntitySigner(account);
        a = _accounts[account];
    }

    /// @dev A regulator's or expert's appointment sets the account's term; a dismissal (`fields` 0)
    /// leaves it. Returns the term after the call.
    function _termAfter(Account storage a, uint32 fields, uint40 expiresAt) private returns (uint40) {
        if (fields != 0) return _setTerm(a, expiresAt);
        return uint40(uint256(a.officeExpiryDay) * 1 days);
    }

    /// @dev Sets the account's term to `expiresAt` rounded up to a UTC midnight; returns that instant.
    function _setTerm(Account storage a, uint40 expiresAt) private returns (uint40) {
        uint256 day = (uint256(expiresAt) + 1 days - 1) / 1 days;
        if (day * 1 days <= block.timestamp || day > type(uint16).max) revert InvalidOfficeExpiry(expiresAt);
        a.officeExpiryDay = uint16(day);
        return uint40(day * 1 days);
    }

    function _checkName(string calldata name) internal pure {
        uint256 length = bytes(name).length;
        if (length == 0) revert EmptyName();
        if (length > _MAX_NAME_BYTES) revert NameTooLong(length, _MAX_NAME_BYTES);
    }

    function _checkURI(string calldata uri) internal pure {
        if (bytes(uri).length > _MAX_URI_BYTES) revert URITooLong(bytes(uri).length, _MAX_URI_BYTES);
    }
}
