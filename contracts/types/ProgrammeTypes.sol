// SPDX-License-Identifier: MIT
pragma solidity ^0.8.24;

/// @dev Lifecycle of a pilot zone. `None` marks an id that was never created.
enum ZoneStatus {
    None,
    Active,
    Suspended,
    Closed
}

/// @dev Lifecycle of a pilot entity. `Revoked` is final.
enum EntityStatus {
    None,
    Active,
    Suspended,
    Revoked
}

/// @dev What kind of organisation an entity is.
enum EntityType {
    Hospital,
    University,
    Enterprise,
    Bank,
    Utility,
    GovernmentBody,
    Court,
    ResearchInstitute,
    Other
}

/// @dev Lifecycle of a project. `Rejected`, `Accepted` and `Terminated` end it.
enum ProjectStatus {
    None,
    Proposed,
    Active,
    Suspended,
    Rejected,
    Accepted,
    Terminated
}

/// @dev What an attestation says about a project; each kind has one issuing role.
enum Kind {
    ProgressReport, // a signer of the project's entity
    Milestone, // a signer of the project's entity
    Review, // an administrator of the project's zone
    ExpertOpinion, // an expert of the project's field
    Evaluation, // a regulator of the project's field
    Acceptance // a regulator of the project's field; ends the project as accepted
}

/// @notice A pilot zone as stored and returned.
struct Zone {
    uint32 id;
    ZoneStatus status;
    uint40 createdAt;
    uint32 entityCount;
    string name;
    string region;
    string metadataURI;
    bytes32 metadataHash;
}

/// @notice A pilot entity as stored and returned (its signers: `signersOf`).
struct Entity {
    uint32 id;
    uint32 zoneId;
    EntityStatus status;
    EntityType entityType;
    uint32 fields; // bitmask of field ids
    uint40 registeredAt;
    uint32 projectCount;
    string name;
    string metadataURI;
    bytes32 metadataHash;
}

/// @notice A project as stored and returned.
struct Project {
    uint32 id;
    uint32 entityId;
    uint32 zoneId;
    uint8 field;
    ProjectStatus status;
    uint40 proposedAt;
    uint40 updatedAt;
    address proposer;
    string title;
    string metadataURI;
    bytes32 metadataHash;
}

/// @dev An office an account can hold, as named by {OfficeExpired}.
enum Office {
    ZoneAdmin,
    Regulator,
    Expert
}

/// @notice Everything one account is entitled to, packed in a single storage slot (256 of 256 bits).
/// @dev An account is either an entity signer (`entityId != 0`) or an official (zone administrator,
/// regulator, expert), never both. One cold read of this slot answers "may this account do that?",
/// an office's expiry included, so no attestation path reads a second slot for it.
///
/// Layout (Solidity packs from the low-order end):
///
/// | bits     | field             | meaning                                                             |
/// |----------|-------------------|---------------------------------------------------------------------|
/// | 0..31    | `entityId`        | entity this account signs for, 0 if none                            |
/// | 32..63   | `zoneAdminOf`     | zone this account administers, 0 if none                            |
/// | 64..95   | `regulatorFields` | bitmask of fields regulated                                         |
/// | 96..127  | `expertFields`    | bitmask of fields of expertise                                      |
/// | 128..191 | `nonce`           | next EIP-712 nonce (moves on when a role ends)                      |
/// | 192..231 | `signerSince`     | when the current tenure as a signer began (0 if not a signer)       |
/// | 232..239 | `entityActive`    | a signer's entity is Active (mirrored by `setEntityStatus`)         |
/// | 240..255 | `officeExpiryDay` | an official's offices expire at `officeExpiryDay * 1 days` (UTC day |
/// |          |                   | number; up to 2149-06-06); one term for all the account's offices   |
///
/// `signerSince` and `entityActive` let a signer's revocation of its own report be checked from
/// this slot alone (README, "Gas"). The expiry is day-granular (16 bits) so that it fits beside
/// the 64-bit nonce: appointments and renewals round an expiry up to the next UTC midnight.
struct Account {
    uint32 entityId;
    uint32 zoneAdminOf;
    uint32 regulatorFields;
    uint32 expertFields;
    uint64 nonce;
    uint40 signerSince;
    bool entityActive;
    uint16 officeExpiryDay;
}

/// @notice A key's consent to sign for an entity: an EIP-712 `SignerConsent` signed by the key itself
/// (or accepted by its ERC-1271 wallet), over the entity id and the key's current nonce.
struct SignerKey {
    address account; // the key to register
    uint64 deadline; // last timestamp (inclusive) at which the consent is accepted
    bytes signature; // the key's signature of SignerConsent(account, entityId, nonce, deadline)
}

/// @notice What an attester asks to record.
struct AttestationRequest {
    uint32 projectId;
    uint8 kind; // a `Kind`, validated (a bad value gets `InvalidKind`)
    bytes32 contentHash; // SHA-256 (or any 32-byte digest) of the document; never zero
    bytes32 refUID; // earlier attestation of the same project this amends or answers, or zero
    string uri; // where the document may be found; optional, logged only
}

/// @notice An attestation as returned by the read functions.
/// @dev The URI and the reference live in the `Attested` event only.
struct Attestation {
    bytes32 uid;
    bytes32 contentHash;
    address attester;
    uint32 projectId;
    Kind kind;
    uint40 time;
    bool revoked;
}
