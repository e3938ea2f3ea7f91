// SPDX-License-Identifier: MIT
pragma solidity ^0.8.24;

import {ZoneStatus, EntityStatus, EntityType, ProjectStatus, Kind} from "../types/ProgrammeTypes.sol";

/// @title Events of the pilot programme contracts.
/// @notice Together with the block timestamps they are enough to rebuild every zone,
/// entity, signer, office, project, attestation, revocation and nonce from logs alone.
interface IProgrammeEvents {
    /// @notice Writes stopped (`pause`).
    /// @param account who paused: the programme admin or the guardian
    event Paused(address account);

    /// @notice Writes let through again (`unpause`).
    /// @param account who unpaused: the programme admin
    event Unpaused(address account);

    /// @notice The account that may pause (and do nothing else) changed.
    /// @param previous the guardian before (zero: none)
    /// @param guardian the guardian now (zero: none)
    event GuardianSet(address indexed previous, address indexed guardian);

    /// @notice A zone was created, active.
    /// @param zoneId its id
    /// @param name its display name
    /// @param region the province or municipality it belongs to
    /// @param metadataURI where its description is published (may be empty)
    /// @param metadataHash digest of that description (may be zero)
    event ZoneCreated(uint32 indexed zoneId, string name, string region, string metadataURI, bytes32 metadataHash);

    /// @notice A zone was suspended, reinstated or closed.
    /// @param zoneId the zone
    /// @param status its new status
    /// @param by the programme admin's account
    event ZoneStatusChanged(uint32 indexed zoneId, ZoneStatus status, address indexed by);

    /// @notice `account` now administers `zoneId`.
    /// @param zoneId the zone
    /// @param account the administrator
    /// @param expiresAt when the account's offices expire from now on (one term for all of them)
    event ZoneAdminAppointed(uint32 indexed zoneId, address indexed account, uint40 expiresAt);

    /// @notice `account` no longer administers `zoneId`.
    /// @param zoneId the zone
    /// @param account the former administrator
    event ZoneAdminRemoved(uint32 indexed zoneId, address indexed account);

    /// @notice `account` now regulates exactly the fields in `fields` (0: dismissed).
    /// @param account the regulator
    /// @param fields bitmask of the fields it regulates
    /// @param expiresAt the account's term after the call (unchanged by a dismissal)
    event RegulatorFieldsSet(address indexed account, uint32 fields, uint40 expiresAt);

    /// @notice `account` is now an expert of exactly the fields in `fields` (0: dismissed).
    /// @param account the expert
    /// @param fields bitmask of its fields of expertise
    /// @param expiresAt the account's term after the call (unchanged by a dismissal)
    event ExpertFieldsSet(address indexed account, uint32 fields, uint40 expiresAt);

    /// @notice Every office `account` holds now expires at `expiresAt`.
    /// @param account the official
    /// @param expiresAt the new term's end (a UTC midnight)
    event OfficeRenewed(address indexed account, uint40 expiresAt);

    /// @notice An entity was registered, active (its first signers follow as {SignerAdded}).
    /// @param entityId its id
    /// @param zoneId the zone it belongs to
    /// @param entityType what kind of organisation it is
    /// @param fields bitmask of the fields it takes part in
    /// @param name its display name
    /// @param metadataURI where its description is published (may be empty)
    /// @param metadataHash digest of that description (may be zero)
    event EntityRegistered(
        uint32 indexed entityId,
        uint32 indexed zoneId,
        EntityType entityType,
        uint32 fields,
        string name,
        string metadataURI,
        bytes32 metadataHash
    );

    /// @notice An entity was suspended, reinstated or revoked.
    /// @param entityId the entity
    /// @param status its new status
    /// @param by who changed it: an administrator of its zone or the programme admin
    event EntityStatusChanged(uint32 indexed entityId, EntityStatus status, address indexed by);

    /// @notice A key now signs for an entity.
    /// @param entityId the entity
    /// @param account the key
    event SignerAdded(uint32 indexed entityId, address indexed account);

    /// @notice A key no longer signs for an entity (what it attested stays in the log).
    /// @param entityId the entity
    /// @param account the key
    event SignerRemoved(uint32 indexed entityId, address indexed account);

    /// @notice A project was proposed.
    /// @param projectId its id
    /// @param entityId the entity that runs it
    /// @param zoneId that entity's zone
    /// @param field the project's field
    /// @param proposer the signer that proposed it
    /// @param title its name
    /// @param metadataURI where its description is published (may be empty)
    /// @param metadataHash digest of that description (may be zero)
    event ProjectProposed(
        uint32 indexed projectId,
        uint32 indexed entityId,
        uint32 indexed zoneId,
        uint8 field,
        address proposer,
        string title,
        string metadataURI,
        bytes32 metadataHash
    );

    /// @notice A project moved along its lifecycle (by `setProjectStatus`, an acceptance, or the
    /// revocation of an acceptance).
    /// @param projectId the project
    /// @param status its new status
    /// @param by who moved it (for an acceptance: the attester)
    /// @param reason why (may be empty)
    event ProjectStatusChanged(uint32 indexed projectId, ProjectStatus status, address indexed by, string reason);

    /// @notice An attestation was recorded.
    /// @param uid its id: keccak256(abi.encode(contentHash, n)) where n counts earlier attestations of the same hash
    /// @param projectId the project it is about
    /// @param attester who attested (for a delegated attestation: the signer, not the relayer)
    /// @param kind what it says about the project
    /// @param contentHash the document's digest
    /// @param refUID the earlier attestation of the same project it amends or answers, or zero
    /// @param uri where the document may be found (may be empty; kept in this event only)
    event Attested(
        bytes32 indexed uid,
        uint32 indexed projectId,
        address indexed attester,
        Kind kind,
        bytes32 contentHash,
        bytes32 refUID,
        string uri
    );

    /// @notice Emitted with {Attested} when the attester signed off-chain and someone else submitted.
    /// @param signer the attester
    /// @param nonce the nonce the signature consumed
    /// @param uid the attestation
    event SignatureUsed(address indexed signer, uint64 nonce, bytes32 indexed uid);

    /// @notice A signer's nonce moved on, voiding every signature it made with a lower one: it
    /// skipped ahead (`increaseNonce`), or a role of its ended.
    /// @param signer the account
    /// @param oldNonce its nonce before
    /// @param newNonce its nonce now
    event NonceIncreased(address indexed signer, uint64 oldNonce, uint64 newNonce);

    /// @notice An attestation was revoked (final).
    /// @param uid the attestation
    /// @param revoker who revoked it
    /// @param reason why (kept in this event only)
    event Revoked(bytes32 indexed uid, address indexed revoker, string reason);
}
