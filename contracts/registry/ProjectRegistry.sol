// SPDX-License-Identifier: MIT
pragma solidity ^0.8.24;

import {EntityRegistry} from "./EntityRegistry.sol";
import {Project, ProjectStatus, Entity, EntityStatus} from "../types/ProgrammeTypes.sol";

/// @title Projects run by entities, and their lifecycle.
/// @notice Proposed -> Active (approved) or Rejected; Active <-> Suspended; Active|Suspended ->
/// Terminated; Active -> Accepted only through an `Acceptance` attestation by a regulator.
abstract contract ProjectRegistry is EntityRegistry {
    mapping(uint32 projectId => Project) internal _projects;

    /// @notice Proposes a project of the caller's entity in one of that entity's fields.
    /// @dev Only a signer of an active entity in an active zone; not while paused.
    /// Emits {ProjectProposed}.
    /// @param field the project's field id; must be one of the entity's fields
    /// @param title the project's name; must not be empty
    /// @return projectId the new project's id (ids start at 1)
    function proposeProject(
        uint8 field,
        string calldata title,
        string calldata metadataURI,
        bytes32 metadataHash
    ) external whenNotPaused returns (uint32 projectId) {
        uint32 entityId = _accounts[msg.sender].entityId;
        if (entityId == 0) revert NotEntitySigner(0, msg.sender);
        Entity storage e = _entities[entityId];
        if (e.status != EntityStatus.Active) revert EntityNotActive(entityId, e.status);
        uint32 zoneId = e.zoneId;
        _requireZoneActive(zoneId);
        if (field >= FIELD_COUNT) revert InvalidField(field);
        if (!_hasField(e.fields, field)) revert FieldNotInEntity(entityId, field);
        if (bytes(title).length == 0) revert EmptyName();

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

    /// @notice Moves a project along its lifecycle: approve (Proposed -> Active), reject
    /// (Proposed -> Rejected), suspend (Active -> Suspended), resume (Suspended -> Active),
    /// terminate (Active|Suspended -> Terminated).
    /// @dev Approve and reject: an administrator of the project's zone or the programme admin.
    /// Suspend, resume and terminate: those, or a regulator of the project's field.
    /// Approving or resuming needs the project's zone to be active (ZoneNotActive otherwise).
    /// Acceptance is not set here but by an `Acceptance` attestation. Not while paused (except
    /// the programme admin). Emits {ProjectStatusChanged}.
    /// @param status the new `ProjectStatus` as a number
    /// @param reason why (required for reject, suspend and terminate; may be empty otherwise)
    function setProjectStatus(uint32 projectId, uint8 status, string calldata reason) external {
        if (status > uint8(type(ProjectStatus).max)) revert InvalidStatus(status);
        Project storage p = _project(projectId);
        ProjectStatus from = p.status;
        ProjectStatus to = ProjectStatus(status);
        if (!_isLegalMove(from, to)) revert IllegalProjectTransition(projectId, from, to);

        bool asRegulator = from != ProjectStatus.Proposed && _hasField(_accounts[msg.sender].regulatorFields, p.field);
        if (asRegulator) {
            // the programme admin keeps acting while paused, even when it also regulates the field
            if (_totals.paused && !_isProgrammeAdmin(msg.sender)) revert EnforcedPause();
        } else {
            if (
                from != ProjectStatus.Proposed &&
                _accounts[msg.sender].zoneAdminOf != p.zoneId &&
                !_isProgrammeAdmin(msg.sender)
            ) revert NotProjectAuthority(projectId, msg.sender);
            _requireZoneAuthority(p.zoneId, msg.sender);
        }
        if (to != ProjectStatus.Active && bytes(reason).length == 0) revert EmptyReason();
        // a project starts (or restarts) only in an active zone; a closed zone is frozen
        if (to == ProjectStatus.Active) _requireZoneActive(p.zoneId);

        p.status = to;
        p.updatedAt = uint40(block.timestamp);
        emit ProjectStatusChanged(projectId, to, msg.sender, reason);
    }

    /// @notice One project by id; reverts with {UnknownProject} for an id never proposed.
    function getProject(uint32 projectId) external view returns (Project memory) {
        return _project(projectId);
    }

    /// @dev The lifecycle table of `setProjectStatus` (Accepted is reached only by attestation).
    function _isLegalMove(ProjectStatus from, ProjectStatus to) private pure returns (bool) {
        if (from == ProjectStatus.Proposed) return to == ProjectStatus.Active || to == ProjectStatus.Rejected;
        if (from == ProjectStatus.Active) return to == ProjectStatus.Suspended || to == ProjectStatus.Terminated;
        if (from == ProjectStatus.Suspended) return to == ProjectStatus.Active || to == ProjectStatus.Terminated;
        return false;
    }

    function _project(uint32 projectId) internal view returns (Project storage p) {
        p = _projects[projectId];
        if (p.status == ProjectStatus.None) revert UnknownProject(projectId);
    }
}
