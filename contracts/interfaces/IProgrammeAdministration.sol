// SPDX-License-Identifier: MIT
pragma solidity ^0.8.24;

import {SignerKey} from "../types/ProgrammeTypes.sol";

/// @title The programme's administration: zones, offices, entities, signers and projects.
/// @notice Called on the `PilotProgramme` address like every other function; the code runs in
/// `ProgrammeAdministration` by `delegatecall`, on the programme's storage, so events come from
/// the programme's address and `msg.sender` is the caller.
/// @dev Also declares the two constants the administration checks against, which the programme and
/// its module share through `ProgrammeState`.
interface IProgrammeAdministration {
    /// @notice Number of pilot fields; valid field ids are `0 .. FIELD_COUNT - 1`.
    /// @return the count, 1..32, fixed at deployment
    // solhint-disable-next-line func-name-mixedcase
    function FIELD_COUNT() external view returns (uint8);

    /// @notice EIP-712 type of a key's consent to sign for an entity (proof of possession; see {addSigner}).
    /// @return `keccak256("SignerConsent(address account,uint32 entityId,uint64 nonce,uint64 deadline)")`
    // solhint-disable-next-line func-name-mixedcase
    function SIGNER_CONSENT_TYPEHASH() external view returns (bytes32);

    /// @notice Creates an active pilot zone.
    /// @dev Only the programme admin. Emits {ZoneCreated}.
    /// @param name display name, e.g. "Chengdu"; 1..200 bytes
    /// @param region province or municipality the zone belongs to; at most 100 bytes
    /// @param metadataURI where a description of the zone is published (may be empty); at most 512 bytes
    /// @param metadataHash digest of that description (may be zero)
    /// @return zoneId the new zone's id (ids start at 1)
    function createZone(
        string calldata name,
        string calldata region,
        string calldata metadataURI,
        bytes32 metadataHash
    ) external returns (uint32 zoneId);

    /// @notice Suspends, reinstates or closes a zone. A suspended zone takes no new entities,
    /// projects or attestations; `Closed` is final and ends its administrators' powers.
    /// @dev Only the programme admin. Legal moves: Active <-> Suspended, Active|Suspended -> Closed.
    /// Emits {ZoneStatusChanged}.
    /// @param zoneId the zone
    /// @param status the new `ZoneStatus` as a number
    function setZoneStatus(uint32 zoneId, uint8 status) external;

    /// @notice Appoints `account` administrator of `zoneId` until `expiresAt`. An account administers
    /// one zone at most.
    /// @dev Only the programme admin. The zone must not be closed. An account holds all its offices
    /// for one term: `expiresAt`, rounded up to the next UTC midnight, becomes the term of every office
    /// it holds. Reverts with {InvalidOfficeExpiry} when that is not in the future or after 2149-06-06.
    /// Emits {ZoneAdminAppointed} with the term.
    /// @param zoneId the zone (not closed)
    /// @param account the new administrator (not zero, not an entity signer, administering no zone)
    /// @param expiresAt the end of the account's term (rounded up to a UTC midnight)
    function appointZoneAdmin(uint32 zoneId, address account, uint40 expiresAt) external;

    /// @notice Dismisses a zone administrator; every signature it made and never sent is void.
    /// @dev Only the programme admin. Reverts with {NotZoneAdmin}(0, account) if it administers no zone.
    /// Emits {ZoneAdminRemoved} and {NonceIncreased}.
    /// @param account the administrator to dismiss
    function removeZoneAdmin(address account) external;

    /// @notice Appoints `account` as regulator of exactly the fields in `fields` until `expiresAt`
    /// (`fields` 0 dismisses it, and `expiresAt` is then ignored).
    /// @dev Only the programme admin. An entity signer cannot hold an office. Taking a field away
    /// voids the account's unsent signatures. The term is the account's, for all its offices (see
    /// {appointZoneAdmin}). Emits {RegulatorFieldsSet} (and {NonceIncreased}).
    /// @param account the regulator (not zero, not an entity signer)
    /// @param fields bitmask of the fields it regulates from now on (valid fields only; 0 dismisses)
    /// @param expiresAt the end of the account's term (rounded up to a UTC midnight); ignored when `fields` is 0
    function setRegulatorFields(address account, uint32 fields, uint40 expiresAt) external;

    /// @notice Appoints `account` as expert for exactly the fields in `fields` until `expiresAt`
    /// (`fields` 0 dismisses it, and `expiresAt` is then ignored).
    /// @dev As {setRegulatorFields}. Emits {ExpertFieldsSet} (and {NonceIncreased}).
    /// @param account the expert (not zero, not an entity signer)
    /// @param fields bitmask of its fields of expertise from now on (valid fields only; 0 dismisses)
    /// @param expiresAt the end of the account's term (rounded up to a UTC midnight); ignored when `fields` is 0
    function setExpertFields(address account, uint32 fields, uint40 expiresAt) external;

    /// @notice Renews (or shortens) the term of every office `account` holds: they expire at
    /// `expiresAt`, rounded up to the next UTC midnight. An expired office acts again once renewed.
    /// @dev Only the programme admin. Reverts with {HoldsNoOffice} when the account holds none and
    /// with {InvalidOfficeExpiry} as {appointZoneAdmin}. Emits {OfficeRenewed}.
    /// @param account an official
    /// @param expiresAt the new end of its term (rounded up to a UTC midnight)
    function renewOffice(address account, uint40 expiresAt) external;

    /// @notice Makes `guardian` the account that may pause the programme at once, and do nothing
    /// else (zero: no guardian). Unpausing stays with the programme admin.
    /// @dev Only the programme admin. Emits {GuardianSet}.
    /// @param guardian the new guardian (zero: none)
    function setGuardian(address guardian) external;

    /// @notice Registers an active entity in `zoneId`, with its first signers.
    /// @dev Only an administrator of that zone or the programme admin; the zone must be active.
    /// Each signer comes with its own consent for the id this entity gets (`totals().entities + 1`),
    /// see {addSigner}. Emits {EntityRegistered} and one {SignerAdded} per signer.
    /// @param zoneId the zone the entity belongs to (active)
    /// @param name 1..200 bytes
    /// @param entityType an `EntityType` as a number
    /// @param fields bitmask of the fields the entity takes part in (non-empty, valid fields only)
    /// @param metadataURI at most 512 bytes
    /// @param metadataHash digest of the entity's description (may be zero)
    /// @param signers keys that sign for the entity, each with its consent (may be empty; at most 16)
    /// @return entityId the new entity's id (ids start at 1)
    function registerEntity(
        uint32 zoneId,
        string calldata name,
        uint8 entityType,
        uint32 fields,
        string calldata metadataURI,
        bytes32 metadataHash,
        SignerKey[] calldata signers
    ) external returns (uint32 entityId);

    /// @notice Adds a signer key to an entity (a new key, or a bank's multisig wallet), with the
    /// key's own consent: an EIP-712 `SignerConsent(account, entityId, nonce, deadline)` signed by
    /// the key (or accepted by its ERC-1271 wallet) at its current nonce. The consent dies with the
    /// key's tenure (removal moves the nonce on) or when the key moves its own nonce (`increaseNonce`).
    /// @dev Only an administrator of the entity's zone or the programme admin. The key must not sign
    /// for any entity, hold an office or be the pending programme admin; an entity has at most 16
    /// keys. Not for revoked entities. Emits {SignerAdded}.
    /// @param entityId the entity (not revoked)
    /// @param key the key, with its consent and the consent's deadline
    function addSigner(uint32 entityId, SignerKey calldata key) external;

    /// @notice Removes a signer key from an entity (key rotation or a lost key). What it attested
    /// stays in the log; it can no longer act for the entity nor revoke, and every signature it
    /// made and never sent is void (its nonce moves on).
    /// @dev Only an administrator of the entity's zone or the programme admin.
    /// Emits {SignerRemoved} and {NonceIncreased}.
    /// @param entityId the entity
    /// @param account the key to remove
    function removeSigner(uint32 entityId, address account) external;

    /// @notice Suspends, reinstates or revokes an entity. A suspended or revoked entity proposes
    /// nothing, no attestation about its projects is accepted and its keys revoke nothing;
    /// `Revoked` is final.
    /// @dev Only an administrator of the entity's zone or the programme admin.
    /// Legal moves: Active <-> Suspended, Active|Suspended -> Revoked. Emits {EntityStatusChanged}.
    /// @param entityId the entity
    /// @param status the new `EntityStatus` as a number
    function setEntityStatus(uint32 entityId, uint8 status) external;

    /// @notice Proposes a project of the caller's entity in one of that entity's fields.
    /// @dev Only a signer of an active entity in an active zone; not while paused.
    /// Emits {ProjectProposed}.
    /// @param field the project's field id; must be one of the entity's fields
    /// @param title the project's name; 1..200 bytes
    /// @param metadataURI at most 512 bytes
    /// @param metadataHash digest of the project's description (may be zero)
    /// @return projectId the new project's id (ids start at 1)
    function proposeProject(
        uint8 field,
        string calldata title,
        string calldata metadataURI,
        bytes32 metadataHash
    ) external returns (uint32 projectId);

    /// @notice Moves a project along its lifecycle: approve (Proposed -> Active), reject
    /// (Proposed -> Rejected), suspend (Active -> Suspended), resume (Suspended -> Active),
    /// terminate (Active|Suspended -> Terminated).
    /// @dev Approve and reject: an administrator of the project's zone or the programme admin.
    /// Suspend, resume and terminate: those, or a regulator of the project's field.
    /// Approving or resuming needs the project's zone and entity to be active. Acceptance is not
    /// set here but by an `Acceptance` attestation. Not while paused (except the programme admin).
    /// Emits {ProjectStatusChanged}.
    /// @param projectId the project
    /// @param status the new `ProjectStatus` as a number
    /// @param reason why (required for reject, suspend and terminate; may be empty otherwise); at most 512 bytes
    function setProjectStatus(uint32 projectId, uint8 status, string calldata reason) external;
}
