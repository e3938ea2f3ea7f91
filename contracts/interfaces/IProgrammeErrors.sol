// SPDX-License-Identifier: MIT
pragma solidity ^0.8.24;

import {ZoneStatus, EntityStatus, ProjectStatus, Office} from "../types/ProgrammeTypes.sol";

/// @title Every refusal of the pilot programme contracts, each with the values that explain it.
/// @notice The byte caps, the signer cap and the page sizes a refusal names are carried in the
/// error itself (`max`); `ProgrammeState` holds their values.
interface IProgrammeErrors {
    // --- system ---

    /// @notice The system is paused: no writes until the programme admin unpauses (also: `pause`
    /// while already paused).
    error EnforcedPause();

    /// @notice `unpause` while not paused.
    error ExpectedPause();

    // --- unknown ids ---

    /// @notice No zone has this id (ids start at 1).
    /// @param zoneId the id asked for
    error UnknownZone(uint32 zoneId);

    /// @notice No entity has this id (ids start at 1).
    /// @param entityId the id asked for
    error UnknownEntity(uint32 entityId);

    /// @notice No project has this id (ids start at 1).
    /// @param projectId the id asked for
    error UnknownProject(uint32 projectId);

    /// @notice No attestation has this uid (asked for, revoked, or named as a reference).
    /// @param uid the uid asked for
    error UnknownAttestation(bytes32 uid);

    // --- bad input ---

    /// @notice A zone's or entity's name, or a project's title, is empty.
    error EmptyName();

    /// @notice A revocation, or a project status change that needs one, came without a reason.
    error EmptyReason();

    /// @notice An attestation's document digest is zero.
    error ZeroContentHash();

    /// @notice The zero address where an account is needed (an office holder, a signer key).
    error ZeroAddress();

    /// @notice `attestBatch` with no request.
    error EmptyBatch();

    /// @notice Not a `Kind`.
    /// @param kind the number given
    error InvalidKind(uint8 kind);

    /// @notice Not an `EntityType`.
    /// @param entityType the number given
    error InvalidEntityType(uint8 entityType);

    /// @notice Not a status of the kind the call sets (`ZoneStatus`, `EntityStatus`, `ProjectStatus`).
    /// @param status the number given
    error InvalidStatus(uint8 status);

    /// @notice A field bitmask that is empty where fields are needed, or names a field that does not exist.
    /// @param fields the bitmask given
    error InvalidFields(uint32 fields);

    /// @notice A field id at or above the number of fields (also: a field count of 0 or above 32
    /// at deployment).
    /// @param field the id (or count) given
    error InvalidField(uint8 field);

    /// @notice A project proposed in a field its entity does not take part in.
    /// @param entityId the proposer's entity
    /// @param field the field asked for
    error FieldNotInEntity(uint32 entityId, uint8 field);

    // --- bounds (each carries the limit; see `ProgrammeState` for the numbers) ---

    /// @notice A zone's or entity's name is longer than the cap (UTF-8 bytes).
    /// @param length the name's length in bytes
    /// @param max the cap (200)
    error NameTooLong(uint256 length, uint256 max);

    /// @notice A project's title is longer than the cap (UTF-8 bytes).
    /// @param length the title's length in bytes
    /// @param max the cap (200)
    error TitleTooLong(uint256 length, uint256 max);

    /// @notice A zone's region is longer than the cap (UTF-8 bytes).
    /// @param length the region's length in bytes
    /// @param max the cap (100)
    error RegionTooLong(uint256 length, uint256 max);

    /// @notice A metadata or attestation URI is longer than the cap (bytes).
    /// @param length the URI's length in bytes
    /// @param max the cap (512)
    error URITooLong(uint256 length, uint256 max);

    /// @notice A revocation's or status change's reason is longer than the cap (UTF-8 bytes).
    /// @param length the reason's length in bytes
    /// @param max the cap (512)
    error ReasonTooLong(uint256 length, uint256 max);

    /// @notice The entity already has as many signer keys as it may hold.
    /// @param entityId the entity
    /// @param max the cap (16)
    error TooManySigners(uint32 entityId, uint256 max);

    // --- roles and scope ---

    /// @notice `account` does not administer `zoneId` (0: administers no zone, from `removeZoneAdmin`).
    /// @param zoneId the zone the call needs authority over
    /// @param account the account refused
    error NotZoneAdmin(uint32 zoneId, address account);

    /// @notice `account` does not regulate `field`.
    /// @param field the project's field
    /// @param account the account refused
    error NotRegulator(uint8 field, address account);

    /// @notice `account` is not an expert of `field`.
    /// @param field the project's field
    /// @param account the account refused
    error NotExpert(uint8 field, address account);

    /// @notice `account` does not sign for `entityId` (0: for no entity, from `proposeProject`).
    /// @param entityId the entity the call needs a signer of
    /// @param account the account refused
    error NotEntitySigner(uint32 entityId, address account);

    /// @notice `account` may not move this project along its lifecycle.
    /// @param projectId the project
    /// @param account the account refused
    error NotProjectAuthority(uint32 projectId, address account);

    /// @notice `account` holds, now, no authority to revoke this attestation.
    /// @param uid the attestation
    /// @param account the account refused
    error NotAuthorizedToRevoke(bytes32 uid, address account);

    /// @notice `account` already administers a zone (an account administers one zone at most).
    /// @param account the account
    /// @param zoneId the zone it administers
    error AlreadyZoneAdmin(address account, uint32 zoneId);

    /// @notice `account` already signs for an entity (a key signs for one entity at most).
    /// @param account the key
    /// @param entityId the entity it signs for
    error SignerAlreadyRegistered(address account, uint32 entityId);

    /// @notice `account` signs for an entity, so it cannot hold an office or become programme admin.
    /// @param account the account
    /// @param entityId the entity it signs for
    error AccountIsEntitySigner(address account, uint32 entityId);

    /// @notice `account` holds an office, is the programme admin or is about to become it, so it
    /// cannot sign for an entity.
    /// @param account the account
    error AccountHoldsOffice(address account);

    /// @notice `account` holds `office`, but its term ended at `expiredAt`: it acts as no office until renewed.
    /// @param account the official
    /// @param office the office the call needed
    /// @param expiredAt when the term ended (a UTC midnight)
    error OfficeExpired(address account, Office office, uint40 expiredAt);

    /// @notice An office's expiry must lie in the future (after rounding up to a UTC midnight) and no
    /// later than 2149-06-06 (`type(uint16).max` days).
    /// @param expiresAt the expiry given
    error InvalidOfficeExpiry(uint256 expiresAt);

    /// @notice `renewOffice` for an account that holds no office.
    /// @param account the account
    error HoldsNoOffice(address account);

    // --- lifecycle ---

    /// @notice Not a legal move of a zone's status (`Closed` is final; no move to `None` or to itself).
    /// @param zoneId the zone
    /// @param from its status
    /// @param to the status asked for
    error IllegalZoneTransition(uint32 zoneId, ZoneStatus from, ZoneStatus to);

    /// @notice Not a legal move of an entity's status (`Revoked` is final; no move to `None` or to itself).
    /// @param entityId the entity
    /// @param from its status
    /// @param to the status asked for
    error IllegalEntityTransition(uint32 entityId, EntityStatus from, EntityStatus to);

    /// @notice Not a legal move of a project's status (see `setProjectStatus`).
    /// @param projectId the project
    /// @param from its status
    /// @param to the status asked for
    error IllegalProjectTransition(uint32 projectId, ProjectStatus from, ProjectStatus to);

    /// @notice The zone is not active (or, where only that matters, is closed).
    /// @param zoneId the zone
    /// @param status its status
    error ZoneNotActive(uint32 zoneId, ZoneStatus status);

    /// @notice The entity is not active.
    /// @param entityId the entity
    /// @param status its status
    error EntityNotActive(uint32 entityId, EntityStatus status);

    /// @notice The project takes no attestation of this kind in its status.
    /// @param projectId the project
    /// @param status its status
    error ProjectNotOpen(uint32 projectId, ProjectStatus status);

    // --- attestation log ---

    /// @notice The attestation is already revoked (revocation is final).
    /// @param uid the attestation
    error AlreadyRevoked(bytes32 uid);

    /// @notice An attestation's reference names an attestation about another project.
    /// @param refUID the reference given
    /// @param projectId the project of the new attestation
    error ReferenceOutsideProject(bytes32 refUID, uint32 projectId);

    /// @notice The document digest already carries 65,535 attestations, the most one digest may carry.
    /// @param contentHash the digest
    error TooManyAttestations(bytes32 contentHash);

    // --- reads ---

    /// @notice A paged read asked for `limit` rows (or passed a list of `limit` items) where one call
    /// returns at most `max`: page with at most `max` per call, and halve when a page still fails.
    /// @param limit the rows (or items) asked for
    /// @param max the most one call takes
    error PageTooLarge(uint256 limit, uint256 max);

    // --- delegated (EIP-712) attestation ---

    /// @notice The signature's (or signer consent's) deadline has passed.
    /// @param deadline the deadline it carried
    error ExpiredSignature(uint64 deadline);

    /// @notice The nonce is not the signer's next (`attestBySig`), or is not above it (`increaseNonce`).
    /// @param signer the signer
    /// @param expected the signer's current nonce
    error InvalidNonce(address signer, uint64 expected);

    /// @notice The signature is not `signer`'s (nor accepted by its ERC-1271 wallet).
    /// @param signer the claimed attester
    error InvalidSignature(address signer);

    /// @notice `increaseNonce` may move a nonce forward by at most `maxJump` at a time, so that no
    /// sequence of calls can exhaust the nonce space and kill the delegated path.
    /// @param current the caller's nonce
    /// @param requested the nonce asked for
    /// @param maxJump the largest step (2^32 - 1)
    error NonceJumpTooLarge(uint64 current, uint64 requested, uint64 maxJump);

    /// @notice The key's consent to sign for `entityId` is not signed by `account` (or its wallet).
    /// @param account the key
    /// @param entityId the entity it was to sign for
    error InvalidConsent(address account, uint32 entityId);
}
