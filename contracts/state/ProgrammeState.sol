// SPDX-License-Identifier: MIT
pragma solidity ^0.8.24;

import {AccessControlDefaultAdminRules} from "@openzeppelin/contracts/access/extensions/AccessControlDefaultAdminRules.sol";
import {EIP712} from "@openzeppelin/contracts/utils/cryptography/EIP712.sol";
import {EnumerableSet} from "@openzeppelin/contracts/utils/structs/EnumerableSet.sol";
import {
    Account,
    Entity,
    EntityStatus,
    Office,
    Project,
    ProjectStatus,
    Zone,
    ZoneStatus
} from "../types/ProgrammeTypes.sol";
import {AttestationRecord} from "../types/AttestationRecord.sol";
import {IProgrammeErrors} from "../interfaces/IProgrammeErrors.sol";
import {IProgrammeEvents} from "../interfaces/IProgrammeEvents.sol";
import {IProgrammeAdministration} from "../interfaces/IProgrammeAdministration.sol";

/// @title The programme's storage, one layout for the deployed contract and its administration module.
/// @notice `PilotProgramme` (attestations, revocations, reads) and `ProgrammeAdministration` (zones,
/// offices, entities, signers, projects), which `PilotProgramme` runs by `delegatecall`, both
/// inherit this contract and declare no state of their own, so both read and write the same
/// slots. Every state variable of the programme lives here, and only here. Both implement
/// `IProgrammeAdministration` (the module runs it; the programme forwards it), declared here with the
/// two public constants it checks against.
/// @dev The limits below are refused with a custom error that carries them; the sdk mirrors them
/// (sdk/domain.ts, `LIMITS`).
abstract contract ProgrammeState is
    AccessControlDefaultAdminRules,
    EIP712,
    IProgrammeErrors,
    IProgrammeEvents,
    IProgrammeAdministration
{
    using EnumerableSet for EnumerableSet.AddressSet;

    /// @dev Global counters and the pause flag share one slot: a write path reads it anyway
    /// for the pause check, so bumping a counter costs no extra cold access.
    struct Totals {
        bool paused;
        uint32 zones;
        uint32 entities;
        uint32 projects;
        uint64 attestations;
    }

    /// @dev Byte caps on strings (UTF-8 bytes, not characters). Sized so that a full page of the
    /// lens at the caps stays under half of a node's eth_call gas cap (README, "Reads").
    uint256 internal constant _MAX_NAME_BYTES = 200; // zone and entity names
    uint256 internal constant _MAX_TITLE_BYTES = 200; // project titles
    uint256 internal constant _MAX_REGION_BYTES = 100; // zone regions
    uint256 internal constant _MAX_URI_BYTES = 512; // metadata URIs and attestation URIs
    uint256 internal constant _MAX_REASON_BYTES = 512; // revocation and project-status reasons
    /// @dev Most signer keys one entity may hold at once (keeps an entity's row and the status
    /// mirror in `setEntityStatus` bounded).
    uint256 internal constant _MAX_SIGNERS = 16;
    /// @dev Largest step `increaseNonce` takes: exhausting a 64-bit nonce would take 2^32 calls.
    uint64 internal constant _MAX_NONCE_JUMP = type(uint32).max;

    /// @inheritdoc IProgrammeAdministration
    bytes32 public constant SIGNER_CONSENT_TYPEHASH = keccak256(
        "SignerConsent(address account,uint32 entityId,uint64 nonce,uint64 deadline)"
    );

    /// @inheritdoc IProgrammeAdministration
    uint8 public immutable FIELD_COUNT;
    /// @dev Bitmask with one bit per valid field.
    uint32 internal immutable _VALID_FIELDS;

    Totals internal _totals;
    mapping(address account => Account) internal _accounts;
    mapping(uint32 zoneId => Zone) internal _zones;
    mapping(uint32 entityId => Entity) internal _entities;
    mapping(uint32 entityId => EnumerableSet.AddressSet) internal _signers;
    mapping(uint32 projectId => Project) internal _projects;
    /// @dev One slot per attestation; layout: types/AttestationRecord.sol.
    mapping(bytes32 uid => AttestationRecord) internal _records;
    mapping(bytes32 uid => bytes32 contentHash) internal _contentHashes;
    /// @dev The account that may pause, and nothing else (zero: none); set by the programme admin.
    address internal _guardian;

    /// @param fieldCount number of pilot fields (1..32)
    /// @param adminDelay seconds a programme-admin transfer must wait before it can be accepted
    /// @param programmeAdmin the programme office's account
    constructor(
        uint8 fieldCount,
        uint48 adminDelay,
        address programmeAdmin
    ) AccessControlDefaultAdminRules(adminDelay, programmeAdmin) EIP712("PilotProgramme", "1") {
        if (fieldCount == 0 || fieldCount > 32) revert InvalidField(fieldCount);
        FIELD_COUNT = fieldCount;
        _VALID_FIELDS = uint32((uint256(1) << fieldCount) - 1);
    }

    // ------------------------------------------------------ programme admin transfer

    /// @dev The programme admin never signs for an entity: refused when the transfer begins and
    /// again when it is accepted (a pending admin cannot become a signer in between either).
    function _beginDefaultAdminTransfer(address newAdmin) internal override {
        _requireNotEntitySigner(newAdmin);
        super._beginDefaultAdminTransfer(newAdmin);
    }

    function _acceptDefaultAdminTransfer() internal override {
        (address newAdmin, ) = pendingDefaultAdmin();
        _requireNotEntitySigner(newAdmin);
        super._acceptDefaultAdminTransfer();
    }

    // ---------------------------------------------------------------- helpers

    function _requireNotEntitySigner(address account) internal view {
        uint32 entityId = _accounts[account].entityId;
        if (entityId != 0) revert AccountIsEntitySigner(account, entityId);
    }

    function _isProgrammeAdmin(address account) internal view returns (bool) {
        return hasRole(DEFAULT_ADMIN_ROLE, account);
    }

    /// @dev Reverts unless `account` is the programme admin, or administers `zoneId` within its term
    /// while the zone is not closed (closing a zone ends its administrators' powers) and the system
    /// is not paused.
    function _requireZoneAuthority(uint32 zoneId, address account) internal view {
        if (_isProgrammeAdmin(account)) return;
        Account storage a = _accounts[account];
        if (a.zoneAdminOf != zoneId) revert NotZoneAdmin(zoneId, account);
        _requireInOffice(account, a, Office.ZoneAdmin);
        if (_zones[zoneId].status == ZoneStatus.Closed) revert ZoneNotActive(zoneId, ZoneStatus.Closed);
        if (_totals.paused) revert EnforcedPause();
    }

    /// @dev Reverts with {OfficeExpired} when `account`'s term (read from its slot `a`, already warm)
    /// has ended; the caller has checked that it holds `office`.
    function _requireInOffice(address account, Account storage a, Office office) internal view {
        uint256 expiry = uint256(a.officeExpiryDay) * 1 days;
        if (block.timestamp >= expiry) revert OfficeExpired(account, office, uint40(expiry));
    }

    function _zone(uint32 zoneId) internal view returns (Zone storage z) {
        z = _zones[zoneId];
        if (z.status == ZoneStatus.None) revert UnknownZone(zoneId);
    }

    function _requireZoneActive(uint32 zoneId) internal view {
        ZoneStatus status = _zones[zoneId].status;
        if (status != ZoneStatus.Active) revert ZoneNotActive(zoneId, status);
    }

    function _entity(uint32 entityId) internal view returns (Entity storage e) {
        e = _entities[entityId];
        if (e.status == EntityStatus.None) revert UnknownEntity(entityId);
    }

    function _project(uint32 projectId) internal view returns (Project storage p) {
        p = _projects[projectId];
        if (p.status == ProjectStatus.None) revert UnknownProject(projectId);
    }

    function _checkFields(uint32 fields) internal view {
        if (fields == 0 || fields & ~_VALID_FIELDS != 0) revert InvalidFields(fields);
    }

    function _hasField(uint32 fields, uint8 field) internal pure returns (bool) {
        return (fields >> field) & 1 == 1;
    }

    /// @dev Moves `account`'s nonce one step, voiding every signature it made and never sent: a
    /// role ended. Emits {NonceIncreased}.
    function _bumpNonce(address account, Account storage a) internal {
        uint64 current = a.nonce;
        a.nonce = current + 1;
        emit NonceIncreased(account, current, current + 1);
    }
}
