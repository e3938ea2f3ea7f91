// SPDX-License-Identifier: MIT
pragma solidity ^0.8.24;

import {ProgrammeGovernance} from "../governance/ProgrammeGovernance.sol";
import {Zone, ZoneStatus, Account} from "../types/ProgrammeTypes.sol";

/// @title Pilot zones and their administrators.
abstract contract ZoneRegistry is ProgrammeGovernance {
    mapping(uint32 zoneId => Zone) internal _zones;

    /// @notice Creates an active pilot zone.
    /// @dev Only the programme admin. Emits {ZoneCreated}.
    /// @param name display name, e.g. "Chengdu"; must not be empty
    /// @param region province or municipality the zone belongs to
    /// @param metadataURI where a description of the zone is published (may be empty)
    /// @param metadataHash digest of that description (may be zero)
    /// @return zoneId the new zone's id (ids start at 1)
    function createZone(
        string calldata name,
        string calldata region,
        string calldata metadataURI,
        bytes32 metadataHash
    ) external onlyRole(DEFAULT_ADMIN_ROLE) returns (uint32 zoneId) {
        if (bytes(name).length == 0) revert EmptyName();
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

    /// @notice Suspends, reinstates or closes a zone. A suspended zone takes no new entities,
    /// projects or attestations; `Closed` is final.
    /// @dev Only the programme admin. Legal moves: Active <-> Suspended, Active|Suspended -> Closed.
    /// Emits {ZoneStatusChanged}.
    /// @param status the new `ZoneStatus` as a number
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

    /// @notice Appoints `account` administrator of `zoneId`. An account administers one zone at most.
    /// @dev Only the programme admin. The zone must not be closed. Emits {ZoneAdminAppointed}.
    function appointZoneAdmin(uint32 zoneId, address account) external onlyRole(DEFAULT_ADMIN_ROLE) {
        ZoneStatus status = _zone(zoneId).status;
        if (status == ZoneStatus.Closed) revert ZoneNotActive(zoneId, status);
        if (account == address(0)) revert ZeroAddress();
        _requireNotEntitySigner(account);
        Account storage a = _accounts[account];
        if (a.zoneAdminOf != 0) revert AlreadyZoneAdmin(account, a.zoneAdminOf);
        a.zoneAdminOf = zoneId;
        emit ZoneAdminAppointed(zoneId, account);
    }

    /// @notice Dismisses a zone administrator.
    /// @dev Only the programme admin. Reverts with {NotZoneAdmin}(0, account) if it administers no zone.
    /// Emits {ZoneAdminRemoved}.
    function removeZoneAdmin(address account) external onlyRole(DEFAULT_ADMIN_ROLE) {
        Account storage a = _accounts[account];
        uint32 zoneId = a.zoneAdminOf;
        if (zoneId == 0) revert NotZoneAdmin(0, account);
        a.zoneAdminOf = 0;
        emit ZoneAdminRemoved(zoneId, account);
    }

    /// @notice One zone by id; reverts with {UnknownZone} for an id never created.
    function getZone(uint32 zoneId) external view returns (Zone memory) {
        return _zone(zoneId);
    }

    function _zone(uint32 zoneId) internal view returns (Zone storage z) {
        z = _zones[zoneId];
        if (z.status == ZoneStatus.None) revert UnknownZone(zoneId);
    }

    function _requireZoneActive(uint32 zoneId) internal view {
        ZoneStatus status = _zones[zoneId].status;
        if (status != ZoneStatus.Active) revert ZoneNotActive(zoneId, status);
    }
}
