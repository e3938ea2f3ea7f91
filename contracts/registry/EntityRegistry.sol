// SPDX-License-Identifier: MIT
pragma solidity ^0.8.24;

import {EnumerableSet} from "@openzeppelin/contracts/utils/structs/EnumerableSet.sol";
import {ZoneRegistry} from "./ZoneRegistry.sol";
import {Entity, EntityStatus, EntityType, Account} from "../types/ProgrammeTypes.sol";

/// @title Pilot entities and the accounts that sign for them.
/// @notice An entity acts through one or more signer accounts. Keys rotate by adding a new signer
/// and removing the old one; what the old key attested stays in the log under its address.
abstract contract EntityRegistry is ZoneRegistry {
    using EnumerableSet for EnumerableSet.AddressSet;

    mapping(uint32 entityId => Entity) internal _entities;
    mapping(uint32 entityId => EnumerableSet.AddressSet) private _signers;

    /// @notice Registers an active entity in `zoneId`, with its first signers.
    /// @dev Only an administrator of that zone or the programme admin; the zone must be active.
    /// Emits {EntityRegistered} and one {SignerAdded} per signer.
    /// @param entityType an `EntityType` as a number
    /// @param fields bitmask of the fields the entity takes part in (non-empty, valid fields only)
    /// @param signers accounts that sign for the entity (may be empty; see `addSigner`)
    /// @return entityId the new entity's id (ids start at 1)
    function registerEntity(
        uint32 zoneId,
        string calldata name,
        uint8 entityType,
        uint32 fields,
        string calldata metadataURI,
        bytes32 metadataHash,
        address[] calldata signers
    ) external returns (uint32 entityId) {
        _zone(zoneId);
        _requireZoneAuthority(zoneId, msg.sender);
        _requireZoneActive(zoneId);
        if (bytes(name).length == 0) revert EmptyName();
        if (entityType > uint8(type(EntityType).max)) revert InvalidEntityType(entityType);
        _checkFields(fields);

        entityId = ++_totals.entities;
        ++_zones[zoneId].entityCount;
        Entity storage e = _entities[entityId];
        e.id = entityId;
        e.zoneId = zoneId;
        e.status = EntityStatus.Active;
        e.entityType = EntityType(entityType);
        e.fields = fields;
        e.registeredAt = uint40(block.timestamp);
        e.name = name;
        e.metadataURI = metadataURI;
        e.metadataHash = metadataHash;
        emit EntityRegistered(entityId, zoneId, EntityType(entityType), fields, name, metadataURI, metadataHash);
        for (uint256 i; i < signers.length; ++i) {
            _addSigner(entityId, signers[i]);
        }
    }

    /// @notice Adds a signer account to an entity (e.g. a new key, or a bank's multisig wallet).
    /// @dev Only an administrator of the entity's zone or the programme admin. The account must not
    /// sign for any entity nor hold an office. Not for revoked entities. Emits {SignerAdded}.
    function addSigner(uint32 entityId, address account) external {
        Entity storage e = _entity(entityId);
        _requireZoneAuthority(e.zoneId, msg.sender);
        if (e.status == EntityStatus.Revoked) revert EntityNotActive(entityId, EntityStatus.Revoked);
        _addSigner(entityId, account);
    }

    /// @notice Removes a signer account from an entity (key rotation or a lost key). The account's
    /// past attestations stay in the log; it can no longer act for the entity.
    /// @dev Only an administrator of the entity's zone or the programme admin. Emits {SignerRemoved}.
    function removeSigner(uint32 entityId, address account) external {
        Entity storage e = _entity(entityId);
        _requireZoneAuthority(e.zoneId, msg.sender);
        if (!_signers[entityId].remove(account)) revert NotEntitySigner(entityId, account);
        delete _accounts[account].entityId;
        emit SignerRemoved(entityId, account);
    }

    /// @notice Suspends, reinstates or revokes an entity. A suspended or revoked entity proposes
    /// nothing and no attestation about its projects is accepted; `Revoked` is final.
    /// @dev Only an administrator of the entity's zone or the programme admin.
    /// Legal moves: Active <-> Suspended, Active|Suspended -> Revoked. Emits {EntityStatusChanged}.
    /// @param status the new `EntityStatus` as a number
    function setEntityStatus(uint32 entityId, uint8 status) external {
        if (status > uint8(type(EntityStatus).max)) revert InvalidStatus(status);
        Entity storage e = _entity(entityId);
        _requireZoneAuthority(e.zoneId, msg.sender);
        EntityStatus from = e.status;
        EntityStatus to = EntityStatus(status);
        if (from == EntityStatus.Revoked || to == EntityStatus.None || to == from) {
            revert IllegalEntityTransition(entityId, from, to);
        }
        e.status = to;
        emit EntityStatusChanged(entityId, to, msg.sender);
    }

    /// @notice One entity by id; reverts with {UnknownEntity} for an id never registered.
    function getEntity(uint32 entityId) external view returns (Entity memory) {
        return _entity(entityId);
    }

    /// @notice The accounts currently signing for an entity.
    function signersOf(uint32 entityId) external view returns (address[] memory) {
        _entity(entityId);
        return _signers[entityId].values();
    }

    function _entity(uint32 entityId) internal view returns (Entity storage e) {
        e = _entities[entityId];
        if (e.status == EntityStatus.None) revert UnknownEntity(entityId);
    }

    function _addSigner(uint32 entityId, address account) private {
        if (account == address(0)) revert ZeroAddress();
        Account storage a = _accounts[account];
        if (a.entityId != 0) revert SignerAlreadyRegistered(account, a.entityId);
        if (a.zoneAdminOf != 0 || a.regulatorFields != 0 || a.expertFields != 0 || _isProgrammeAdmin(account)) {
            revert AccountHoldsOffice(account);
        }
        a.entityId = entityId;
        _signers[entityId].add(account);
        emit SignerAdded(entityId, account);
    }
}
