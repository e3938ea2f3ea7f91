// SPDX-License-Identifier: MIT
pragma solidity ^0.8.24;

import {ZoneStatus, EntityStatus, ProjectStatus, Office} from "../types/ProgrammeTypes.sol";

/// @title Every refusal of the pilot programme contracts, each with the values that explain it.
interface IProgrammeErrors {
    // --- system ---
    /// @dev The system is paused: no writes until the programme admin unpauses.
    error EnforcedPause();
    /// @dev `unpause` while not paused.
    error ExpectedPause();

    // --- unknown ids ---
    error UnknownZone(uint32 zoneId);
    error UnknownEntity(uint32 entityId);
    error UnknownProject(uint32 projectId);
    error UnknownAttestation(bytes32 uid);

    // --- bad input ---
    error EmptyName();
    error EmptyReason();
    error ZeroContentHash();
    error ZeroAddress();
    error EmptyBatch();
    error InvalidKind(uint8 kind);
    error InvalidEntityType(uint8 entityType);
    error InvalidStatus(uint8 status);
    error InvalidFields(uint32 fields);
    error InvalidField(uint8 field);
    error FieldNotInEntity(uint32 entityId, uint8 field);

    // --- bounds (each carries the limit; see `ProgrammeState` for the numbers) ---
    error NameTooLong(uint256 length, uint256 max);
    error TitleTooLong(uint256 length, uint256 max);
    error RegionTooLong(uint256 length, uint256 max);
    error URITooLong(uint256 length, uint256 max);
    error ReasonTooLong(uint256 length, uint256 max);
    error TooManySigners(uint32 entityId, uint256 max);

    // --- roles and scope ---
    error NotZoneAdmin(uint32 zoneId, address account);
    error NotRegulator(uint8 field, address account);
    error NotExpert(uint8 field, address account);
    error NotEntitySigner(uint32 entityId, address account);
    error NotProjectAuthority(uint32 projectId, address account);
    error NotAuthorizedToRevoke(bytes32 uid, address account);
    error AlreadyZoneAdmin(address account, uint32 zoneId);
    error SignerAlreadyRegistered(address account, uint32 entityId);
    error AccountIsEntitySigner(address account, uint32 entityId);
    error AccountHoldsOffice(address account);
    /// @dev `account` holds `office`, but its term ended at `expiredAt`: it acts as no office until renewed.
    error OfficeExpired(address account, Office office, uint40 expiredAt);
    /// @dev An office's expiry must lie in the future (after rounding up to a UTC midnight) and no
    /// later than 2149-06-06 (`type(uint16).max` days).
    error InvalidOfficeExpiry(uint256 expiresAt);
    /// @dev `renewOffice` for an account that holds no office.
    error HoldsNoOffice(address account);

    // --- lifecycle ---
    error IllegalZoneTransition(uint32 zoneId, ZoneStatus from, ZoneStatus to);
    error IllegalEntityTransition(uint32 entityId, EntityStatus from, EntityStatus to);
    error IllegalProjectTransition(uint32 projectId, ProjectStatus from, ProjectStatus to);
    error ZoneNotActive(uint32 zoneId, ZoneStatus status);
    error EntityNotActive(uint32 entityId, EntityStatus status);
    error ProjectNotOpen(uint32 projectId, ProjectStatus status);

    // --- attestation log ---
    error AlreadyRevoked(bytes32 uid);
    error ReferenceOutsideProject(bytes32 refUID, uint32 projectId);
    error TooManyAttestations(bytes32 contentHash);

    // --- reads ---
    /// @dev A paged read asked for `limit` rows (or passed a list of `limit` items) where one call
    /// returns at most `max`: page with at most `max` per call, and halve when a page still fails.
    error PageTooLarge(uint256 limit, uint256 max);

    // --- delegated (EIP-712) attestation ---
    error ExpiredSignature(uint64 deadline);
    error InvalidNonce(address signer, uint64 expected);
    error InvalidSignature(address signer);
    /// @dev `increaseNonce` may move a nonce forward by at most `maxJump` at a time, so that no
    /// sequence of calls can exhaust the nonce space and kill the delegated path.
    error NonceJumpTooLarge(uint64 current, uint64 requested, uint64 maxJump);
    /// @dev The key's consent to sign for `entityId` is not signed by `account` (or its wallet).
    error InvalidConsent(address account, uint32 entityId);
}
