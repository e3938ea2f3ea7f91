// SPDX-License-Identifier: MIT
pragma solidity ^0.8.24;

import {IAccessControlDefaultAdminRules} from "@openzeppelin/contracts/access/extensions/IAccessControlDefaultAdminRules.sol";
import {IERC5267} from "@openzeppelin/contracts/interfaces/IERC5267.sol";
import {IERC5313} from "@openzeppelin/contracts/interfaces/IERC5313.sol";
import {IERC165} from "@openzeppelin/contracts/utils/introspection/IERC165.sol";
import {IProgrammeAdministration} from "./IProgrammeAdministration.sol";
import {IProgrammeErrors} from "./IProgrammeErrors.sol";
import {IProgrammeEvents} from "./IProgrammeEvents.sol";
import {Account, Attestation, AttestationRequest, Entity, Project, Zone} from "../types/ProgrammeTypes.sol";

/// @title The pilot programme at its one deployed address: registry, offices, attestation log.
/// @notice Everything a client may call on `PilotProgramme`, each member documented once:
/// - here: the pause switch, the registry's reads and the attestation log (direct and delegated);
/// - `IProgrammeAdministration`: zones, offices, entities, signers, projects (run by the
///   administration module through `delegatecall`, but called on this address like the rest);
/// - `IProgrammeErrors` and `IProgrammeEvents`: every refusal and every event of the programme;
/// - OpenZeppelin's `IAccessControlDefaultAdminRules` (the programme office holds
///   `DEFAULT_ADMIN_ROLE`, transferred in two steps after a delay), `IERC5313` (`owner`, the
///   programme admin), `IERC5267` (`eip712Domain`) and `IERC165`.
///
/// Four members of the deployed ABI cannot be declared in an interface the contract implements, and
/// are listed here instead (test/log/interface.ts checks that nothing else differs):
/// - `DEFAULT_ADMIN_ROLE()`, a public constant of OpenZeppelin's `AccessControl` (always `0x00`);
/// - `SafeCastOverflowedUintDowncast(uint8 bits, uint256 value)` (OpenZeppelin's `SafeCast`, from
///   `changeDefaultAdminDelay` with an absurd delay);
/// - `StringTooLong(string str)` and `InvalidShortString()` (OpenZeppelin's `ShortStrings`, used by
///   `EIP712` for the domain's name and version; unreachable with this contract's fixed domain).
interface IPilotProgramme is
    IAccessControlDefaultAdminRules,
    IERC5313,
    IERC165,
    IERC5267,
    IProgrammeErrors,
    IProgrammeEvents,
    IProgrammeAdministration
{
    // ------------------------------------------------------------------ pause

    /// @notice Stops every new write until `unpause`: attestations, revocations, proposals and every
    /// zone administrator's and regulator's action. The programme admin keeps acting (to dismiss a
    /// compromised office, suspend an entity, remove a stolen key, revoke with a reason) so that the
    /// system can be repaired while stopped. Reads keep working.
    /// @dev The programme admin, or the guardian (`guardian()`), whose only power this is: it pauses at
    /// once, for an incident, and cannot unpause. Reverts with {EnforcedPause} when already paused.
    /// Emits {Paused}.
    function pause() external;

    /// @notice Lets writes through again.
    /// @dev Only the programme admin. Reverts with {ExpectedPause} when not paused. Emits {Unpaused}.
    function unpause() external;

    /// @notice The account that may pause, and nothing else (zero: none); set by `setGuardian`.
    /// @return the guardian, or the zero address
    function guardian() external view returns (address);

    /// @notice Whether writes are stopped.
    /// @return true while paused
    function paused() external view returns (bool);

    // ------------------------------------------------------------------ registry reads

    /// @notice How many zones, entities, projects and attestations exist.
    /// @return zones zones created (ids `1 .. zones`)
    /// @return entities entities registered (ids `1 .. entities`)
    /// @return projects projects proposed (ids `1 .. projects`)
    /// @return attestations attestations recorded, revoked ones included
    function totals() external view returns (uint32 zones, uint32 entities, uint32 projects, uint64 attestations);

    /// @notice The administration module this programme runs by delegatecall (read it for its code
    /// size; never call it).
    /// @return the module's address, fixed at deployment
    function administration() external view returns (address);

    /// @notice Everything `account` is entitled to: entity (and since when), administered zone,
    /// regulated and expert fields, nonce, office term.
    /// @param account any address
    /// @return the account's packed slot, unpacked (all zero for an account never seen)
    function getAccount(address account) external view returns (Account memory);

    /// @notice The next EIP-712 nonce `signer` must use (attestations and signer consents alike).
    /// @param signer any address
    /// @return the nonce
    function nonces(address signer) external view returns (uint64);

    /// @notice One zone by id; reverts with {UnknownZone} for an id never created.
    /// @param zoneId the zone
    /// @return the zone
    function getZone(uint32 zoneId) external view returns (Zone memory);

    /// @notice One entity by id; reverts with {UnknownEntity} for an id never registered.
    /// @param entityId the entity
    /// @return the entity (its signers: `signersOf`)
    function getEntity(uint32 entityId) external view returns (Entity memory);

    /// @notice The accounts currently signing for an entity (at most 16); reverts with
    /// {UnknownEntity} for an id never registered.
    /// @param entityId the entity
    /// @return the signer keys, in no promised order
    function signersOf(uint32 entityId) external view returns (address[] memory);

    /// @notice One project by id; reverts with {UnknownProject} for an id never proposed.
    /// @param projectId the project
    /// @return the project
    function getProject(uint32 projectId) external view returns (Project memory);

    // ------------------------------------------------------------------ attestation log

    /// @notice Records an attestation about a project, as the caller.
    /// @dev Who may issue which kind: progress report and milestone, a signer of the project's
    /// entity; review, an administrator of the project's zone; expert opinion, an expert of the
    /// project's field; evaluation and acceptance, a regulator of the project's field. The project
    /// must be active (reviews and expert opinions are also taken while it is proposed), its zone
    /// and entity active, the system not paused. An acceptance ends the project as accepted.
    /// Emits {Attested} (and {ProjectStatusChanged} for an acceptance).
    /// @param request the project, kind, document digest, reference and URI
    /// @return uid the attestation's id
    function attest(AttestationRequest calldata request) external returns (bytes32 uid);

    /// @notice Records several attestations as the caller, all or nothing.
    /// @dev Each item is checked as in {attest}; one refusal reverts the whole batch. Reverts with
    /// {EmptyBatch} for an empty list.
    /// @param requests the attestations, each as for {attest}
    /// @return uids the attestations' ids, in request order
    function attestBatch(AttestationRequest[] calldata requests) external returns (bytes32[] memory uids);

    /// @notice Marks an attestation revoked, with a reason. Final: it cannot be undone.
    /// @dev Needs authority held NOW: the attester while it still holds the role that let it issue
    /// that kind for that project (a signer of the project's active entity, within its current
    /// tenure as a key; an expert of the field; a regulator of the field; the zone's administrator
    /// while the zone is not closed), an administrator of the project's zone (zone not closed), a
    /// regulator of the project's field, or the programme admin. While paused only the programme
    /// admin revokes. Revoking an acceptance reopens the project (Active), unless its zone is
    /// closed or its entity revoked: then no one could ever accept it again, and it ends Terminated.
    /// Emits {Revoked} (and {ProjectStatusChanged} for an acceptance).
    /// @param uid the attestation to revoke
    /// @param reason why; 1..512 bytes, logged in {Revoked} only
    function revoke(bytes32 uid, string calldata reason) external;

    /// @notice One attestation by uid; reverts with {UnknownAttestation} if there is none.
    /// @param uid the attestation
    /// @return the attestation (its URI and reference: the {Attested} event)
    function getAttestation(bytes32 uid) external view returns (Attestation memory);

    /// @notice How many attestations carry `contentHash` (revoked ones included).
    /// @param contentHash the document's digest
    /// @return the count; the uids are `uidOf(contentHash, 0 .. count - 1)`
    function attestationCount(bytes32 contentHash) external view returns (uint256);

    /// @notice The attestations carrying `contentHash`, oldest first, from `offset`, at most `limit`.
    /// @dev Answers "is this document attested, by whom, when, about what, revoked?". Read
    /// `attestationCount` first, then every page up to it: a verdict from one page may be wrong.
    /// Reverts with {PageTooLarge}(limit, 1000) when `limit` is above 1,000.
    /// @param contentHash the document's digest
    /// @param offset index (0-based) of the first attestation returned; past the end gives an empty page
    /// @param limit most attestations returned (at most 1,000)
    /// @return page the attestations, oldest first
    function attestationsOf(
        bytes32 contentHash,
        uint256 offset,
        uint256 limit
    ) external view returns (Attestation[] memory page);

    /// @notice The uid of the `index`-th attestation (0-based) carrying `contentHash`.
    /// @param contentHash the document's digest
    /// @param index 0 for its first attestation, 1 for the next, ...
    /// @return uid `keccak256(abi.encode(contentHash, index))`
    function uidOf(bytes32 contentHash, uint256 index) external pure returns (bytes32 uid);

    // ------------------------------------------------------------------ delegated attestation

    /// @notice EIP-712 type of a delegated attestation (the `uri` is hashed as EIP-712 requires).
    /// @return `keccak256("Attest(address attester,uint32 projectId,uint8 kind,bytes32 contentHash,bytes32 refUID,string uri,uint64 nonce,uint64 deadline)")`
    // solhint-disable-next-line func-name-mixedcase
    function ATTEST_TYPEHASH() external view returns (bytes32);

    /// @notice Records an attestation signed off-chain by `attester`; the caller only relays it.
    /// @dev Checks, in order: not paused, deadline not passed ({ExpiredSignature}), `nonce` is the
    /// signer's next ({InvalidNonce}), the signature is `attester`'s ({InvalidSignature}), then every
    /// check of {attest} for `attester`. Emits {Attested} and {SignatureUsed}.
    /// @param request the attestation, as for {attest}
    /// @param attester the account that signed, recorded as the attester
    /// @param nonce must equal `nonces(attester)`; consumed on success
    /// @param deadline last timestamp (inclusive) at which the signature is accepted
    /// @param signature 65-byte ECDSA signature, or whatever the attester's ERC-1271 wallet accepts
    /// @return uid the attestation's id
    function attestBySig(
        AttestationRequest calldata request,
        address attester,
        uint64 nonce,
        uint64 deadline,
        bytes calldata signature
    ) external returns (bytes32 uid);

    /// @notice Voids every signature the caller made with a nonce below `newNonce` that nobody has
    /// submitted yet (a signed attestation sent to the wrong person, a change of mind).
    /// @dev Works while paused (it only takes power away). Reverts with {InvalidNonce} unless
    /// `newNonce` is above the current nonce, and with {NonceJumpTooLarge} when it is more than
    /// 2^32-1 above it: exhausting the nonce space would then take 2^32 calls, so no sequence of
    /// calls leaves the delegated path dead. Emits {NonceIncreased}.
    /// @param newNonce the caller's next nonce
    function increaseNonce(uint64 newNonce) external;

    /// @notice The EIP-712 digest `attester` signs for `request` with `nonce` and `deadline`.
    /// @dev Lets clients check their own encoding against the contract's.
    /// @param request the attestation, as for {attest}
    /// @param attester the account that signs
    /// @param nonce the signer's nonce to use
    /// @param deadline last timestamp (inclusive) at which the signature is to be accepted
    /// @return the digest (domain "PilotProgramme", version "1", this chain, this address)
    function attestDigest(
        AttestationRequest calldata request,
        address attester,
        uint64 nonce,
        uint64 deadline
    ) external view returns (bytes32);
}
