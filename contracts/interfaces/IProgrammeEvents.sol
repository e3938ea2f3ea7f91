// SPDX-License-Identifier: MIT
pragma solidity ^0.8.24;

import {ZoneStatus, EntityStatus, EntityType, ProjectStatus, Kind} from "../types/ProgrammeTypes.sol";

/// @title Events of the pilot programme contracts.
/// @notice Together with the block timestamps they are enough to rebuild every zone,
/// entity, signer, office, project, attestation, revocation and nonce from logs alone.
interface IProgrammeEvents {
    event Paused(address account);
    event Unpaused(address account);
    /// @dev The account that may pause (and do nothing else) changed; zero: none.
    event GuardianSet(address indexed previous, address indexed guardian);

    event ZoneCreated(uint32 indexed zoneId, string name, string region, string metadataURI, bytes32 metadataHash);
    event ZoneStatusChanged(uint32 indexed zoneId, ZoneStatus status, address indexed by);
    /// @dev `expiresAt`: when the account's offices expire from now on (one term for all of them).
    event ZoneAdminAppointed(uint32 indexed zoneId, address indexed account, uint40 expiresAt);
    event ZoneAdminRemoved(uint32 indexed zoneId, address indexed account);
    /// @dev `fields == 0` dismisses; `expiresAt` is the account's term after the call (unchanged by a dismissal).
    event RegulatorFieldsSet(address indexed account, uint32 fields, uint40 expiresAt);
    /// @dev As {RegulatorFieldsSet}.
    event ExpertFieldsSet(address indexed account, uint32 fields, uint40 expiresAt);
    /// @dev Every office `account` holds now expires at `expiresAt`.
    event OfficeRenewed(address indexed account, uint40 expiresAt);

    event EntityRegistered(
        uint32 indexed entityId,
        uint32 indexed zoneId,
        EntityType entityType,
        uint32 fields,
        string name,
        string metadataURI,
        bytes32 metadataHash
    );
    event EntityStatusChanged(uint32 indexed entityId, EntityStatus status, address indexed by);
    event SignerAdded(uint32 indexed entityId, address indexed account);
    event SignerRemoved(uint32 indexed entityId, address indexed account);

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
    event ProjectStatusChanged(uint32 indexed projectId, ProjectStatus status, address indexed by, string reason);

    /// @dev `uid` = keccak256(abi.encode(contentHash, n)) where n counts earlier attestations of the same hash.
    event Attested(
        bytes32 indexed uid,
        uint32 indexed projectId,
        address indexed attester,
        Kind kind,
        bytes32 contentHash,
        bytes32 refUID,
        string uri
    );
    /// @dev Emitted with `Attested` when the attester signed off-chain and someone else submitted.
    event SignatureUsed(address indexed signer, uint64 nonce, bytes32 indexed uid);
    /// @dev A signer skipped its nonce ahead, voiding every signature it made with a lower one.
    event NonceIncreased(address indexed signer, uint64 oldNonce, uint64 newNonce);
    event Revoked(bytes32 indexed uid, address indexed revoker, string reason);
}
