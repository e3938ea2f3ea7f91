// SPDX-License-Identifier: MIT
pragma solidity ^0.8.24;

import {EnumerableSet} from "@openzeppelin/contracts/utils/structs/EnumerableSet.sol";
import {SignatureChecker} from "@openzeppelin/contracts/utils/cryptography/SignatureChecker.sol";
import {ZoneRegistry} from "./ZoneRegistry.sol";
import {IProgrammeAdministration} from "../interfaces/IProgrammeAdministration.sol";
import {Entity, EntityStatus, EntityType, Account, SignerKey} from "../types/ProgrammeTypes.sol";

/// @title Pilot entities and the keys that sign for them (administration module).
/// @notice An entity acts through one or more signer keys (at most 16). A key becomes a signer only
/// with its own EIP-712 consent (proof of possession). Keys rotate by adding a new signer and
/// removing the old one; what the old key attested stays in the log under its address.
abstract contract EntityRegistry is ZoneRegistry {
    using EnumerableSet for EnumerableSet.AddressSet;

    /// @inheritdoc IProgrammeAdministration
    function registerEntity(
        uint32 zoneId,
        string calldata name,
        uint8 entityType,
        uint32 fields,
        string calldata metadataURI,
        bytes32 metadataHash,
        SignerKey[] calldata signers
    ) external returns (uint32 entityId) {
        _zone(zoneId);
        _requireZoneAuthority(zoneId, msg.sender);
        _requireZoneActive(zoneId);
        _checkName(name);
        if (entityType > uint8(type(EntityType).max)) revert InvalidEntityType(entityType);
        _checkFields(fields);
        _checkURI(metadataURI);

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
            _addSigner(entityId, signers[i], true);
        }
    }

    /// @inheritdoc IProgrammeAdministration
    function addSigner(uint32 entityId, SignerKey calldata key) external {
        Entity storage e = _entity(entityId);
        _requireZoneAuthority(e.zoneId, msg.sender);
        EntityStatus status = e.status;
        if (status == EntityStatus.Revoked) revert EntityNotActive(entityId, status);
        _addSigner(entityId, key, status == EntityStatus.Active);
    }

    /// @inheritdoc IProgrammeAdministration
    function removeSigner(uint32 entityId, address account) external {
        Entity storage e = _entity(entityId);
        _requireZoneAuthority(e.zoneId, msg.sender);
        if (!_signers[entityId].remove(account)) revert NotEntitySigner(entityId, account);
        Account storage a = _accounts[account];
        a.entityId = 0;
        a.signerSince = 0;
        a.entityActive = false;
        emit SignerRemoved(entityId, account);
        _bumpNonce(account, a);
    }

    /// @inheritdoc IProgrammeAdministration
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
        // mirror into the signers' slots (at most 16), which a signer's own revocation reads
        bool active = to == EntityStatus.Active;
        EnumerableSet.AddressSet storage keys = _signers[entityId];
        uint256 n = keys.length();
        for (uint256 i; i < n; ++i) {
            _accounts[keys.at(i)].entityActive = active;
        }
    }

    /// @dev `key.account` joins `entityId` if it consents, holds and awaits no office, and the entity has room.
    function _addSigner(uint32 entityId, SignerKey calldata key, bool entityActive) private {
        address account = key.account;
        if (account == address(0)) revert ZeroAddress();
        Account storage a = _accounts[account];
        if (a.entityId != 0) revert SignerAlreadyRegistered(account, a.entityId);
        (address pendingAdmin, ) = pendingDefaultAdmin();
        if (
            a.zoneAdminOf != 0 ||
            a.regulatorFields != 0 ||
            a.expertFields != 0 ||
            _isProgrammeAdmin(account) ||
            account == pendingAdmin
        ) revert AccountHoldsOffice(account);
        if (_signers[entityId].length() >= _MAX_SIGNERS) revert TooManySigners(entityId, _MAX_SIGNERS);
        if (block.timestamp > key.deadline) revert ExpiredSignature(key.deadline);
        bytes32 digest = _hashTypedDataV4(
            keccak256(abi.encode(SIGNER_CONSENT_TYPEHASH, account, entityId, a.nonce, key.deadline))
        );
        if (!SignatureChecker.isValidSignatureNow(account, digest, key.signature)) {
            revert InvalidConsent(account, entityId);
        }
        a.entityId = entityId;
        a.signerSince = uint40(block.timestamp);
        a.entityActive = entityActive;
        _signers[entityId].add(account);
        emit SignerAdded(entityId, account);
        // the consent needs no consuming: while the key is registered it cannot be registered again,
        // and removal moves the key's nonce on, which voids it
    }
}
