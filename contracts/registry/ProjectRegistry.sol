// SPDX-License-Identifier: MIT
pragma solidity ^0.8.24;

import {EntityRegistry} from "./EntityRegistry.sol";
import {IProgrammeAdministration} from "../interfaces/IProgrammeAdministration.sol";
import {Project, ProjectStatus, Entity, EntityStatus, Office} from "../types/ProgrammeTypes.sol";

/// @title Projects run by entities, and their lifecycle (administration module).
/// @notice Proposed -> Active (approved) or Rejected; Active <-> Suspended; Active|Suspended ->
/// Terminated; Active -> Accepted only through an `Acceptance` attestation by a regulator.
abstract contract ProjectRegistry is EntityRegistry {
    /// @inheritdoc IProgrammeAdministration
    function proposeProject(
        uint8 field,
        string calldata title,
        string calldata metadataURI,
        bytes32 metadataHash
    ) external returns (uint32 projectId) {
        if (_totals.paused) revert EnforcedPause();
        uint32 entityId = _accounts[msg.sender].entityId;
        if (entityId == 0) revert NotEntitySigner(0, msg.sender);
        Entity storage e = _entities[entityId];
        if (e.status != EntityStatus.Active) revert EntityNotActive(entityId, e.status);
        uint32 zoneId = e.zoneId;
        _requireZoneActive(zoneId);
        if (field >= FIELD_COUNT) revert InvalidField(field);
        if (!_hasField(e.fields, field)) revert FieldNotInEntity(entityId, field);
        _checkTitle(title);
        _checkURI(metadataURI);

        projectId = ++_totals.projects;
        ++e.projectCount;
        Project storage p = _projects[projectId];
        p.id = projectId;
        p.entityId = entityId;
        p.zoneId = zoneId;
        p.field = field;
        p.status = ProjectStatus.Proposed;
        p.proposedAt = uint40(block.timestamp);
        p.updatedAt = uint40(block.timestamp);
        p.proposer = msg.sender;
        p.title = title;
        p.metadataURI = metadataURI;
        p.metadataHash = metadataHash;
        emit ProjectProposed(projectId, entityId, zoneId, field, msg.sender, title, metadataURI, metadataHash);
    }

    /// @inheritdoc IProgrammeAdministration
    function setProjectStatus(uint32 projectId, uint8 status, string calldata reason) external {
        if (status > uint8(type(ProjectStatus).max)) revert InvalidStatus(status);
        Project storage p = _project(projectId);
        ProjectStatus from = p.status;
        ProjectStatus to = ProjectStatus(status);
        if (!_isLegalMove(from, to)) revert IllegalProjectTransition(projectId, from, to);

        bool asRegulator = from != ProjectStatus.Proposed && _hasField(_accounts[msg.sender].regulatorFields, p.field);
        if (asRegulator) {
            // the programme admin keeps acting while paused (and beyond a term of its own), even
            // when it also regulates the field
            if (!_isProgrammeAdmin(msg.sender)) {
                if (_totals.paused) revert EnforcedPause();
                _requireInOffice(msg.sender, _accounts[msg.sender], Office.Regulator);
            }
        } else {
            if (
                from != ProjectStatus.Proposed &&
                _accounts[msg.sender].zoneAdminOf != p.zoneId &&
                !_isProgrammeAdmin(msg.sender)
            ) revert NotProjectAuthority(projectId, msg.sender);
            _requireZoneAuthority(p.zoneId, msg.sender);
        }
        uint256 length = bytes(reason).length;
        if (to != ProjectStatus.Active && length == 0) revert EmptyReason();
        if (length > _MAX_REASON_BYTES) revert ReasonTooLong(length, _MAX_REASON_BYTES);
        if (to == ProjectStatus.Active) {
            // a project starts (or restarts) only in an active zone, for an active entity
            _requireZoneActive(p.zoneId);
            EntityStatus entityStatus = _entities[p.entityId].status;
            if (entityStatus != EntityStatus.Active) revert EntityNotActive(p.entityId, entityStatus);
        }

        p.status = to;
        p.updatedAt = uint40(block.timestamp);
        emit ProjectStatusChanged(projectId, to, msg.sender, reason);
    }

    function _checkTitle(string calldata title) private pure {
        uint256 length = bytes(title).length;
        if (length == 0) revert EmptyName();
        if (length > _MAX_TITLE_BYTES) revert TitleTooLong(length, _MAX_TITLE_BYTES);
    }

    /// @dev The lifecycle table of `setProjectStatus` (Accepted is reached only by attestation).
    function _isLegalMove(ProjectStatus from, ProjectStatus to) private pure returns (bool) {
        if (from == ProjectStatus.Proposed) return to == ProjectStatus.Active || to == ProjectStatus.Rejected;
        if (from == ProjectStatus.Active) return to == ProjectStatus.Suspended || to == ProjectStatus.Terminated;
        if (from == ProjectStatus.Suspended) return to == ProjectStatus.Active || to == ProjectStatus.Terminated;
        return false;
    }
}
