// SPDX-License-Identifier: MIT
pragma solidity ^0.8.24;

import {AccessControlDefaultAdminRules} from "@openzeppelin/contracts/access/extensions/AccessControlDefaultAdminRules.sol";
import {Account} from "../types/ProgrammeTypes.sol";
import {IProgrammeErrors} from "../interfaces/IProgrammeErrors.sol";
import {IProgrammeEvents} from "../interfaces/IProgrammeEvents.sol";

/// @title Programme governance: the programme office, the offices it appoints, and the pause switch.
/// @notice The programme office holds OpenZeppelin's `DEFAULT_ADMIN_ROLE`, which moves only in two
/// steps (begin, then accept after a delay). Scoped offices (zone administrator, regulator, expert)
/// and entity membership are kept per account in one packed slot, so one storage read answers
/// "may this account do that here?".
abstract contract ProgrammeGovernance is AccessControlDefaultAdminRules, IProgrammeErrors, IProgrammeEvents {
    /// @dev Global counters and the pause flag share one slot: a write path reads it anyway
    /// for the pause check, so bumping a counter costs no extra cold access.
    struct Totals {
        bool paused;
        uint32 zones;
        uint32 entities;
        uint32 projects;
        uint64 attestations;
    }

    /// @notice Number of pilot fields; valid field ids are `0 .. FIELD_COUNT - 1`.
    uint8 public immutable FIELD_COUNT;
    /// @dev Bitmask with one bit per valid field.
    uint32 internal immutable _VALID_FIELDS;

    Totals internal _totals;
    mapping(address account => Account) internal _accounts;

    /// @param fieldCount number of pilot fields (1..32)
    /// @param adminDelay seconds a programme-admin transfer must wait before it can be accepted
    /// @param programmeAdmin the programme office's account
    constructor(
        uint8 fieldCount,
        uint48 adminDelay,
        address programmeAdmin
    ) AccessControlDefaultAdminRules(adminDelay, programmeAdmin) {
        if (fieldCount == 0 || fieldCount > 32) revert InvalidField(fieldCount);
        FIELD_COUNT = fieldCount;
        _VALID_FIELDS = uint32((uint256(1) << fieldCount) - 1);
    }

    // ------------------------------------------------------------------ pause

    modifier whenNotPaused() {
        if (_totals.paused) revert EnforcedPause();
        _;
    }

    /// @notice Stops every new write until `unpause`: attestations, proposals and every zone
    /// administrator's and regulator's action. The programme admin keeps acting (to dismiss a
    /// compromised office, suspend an entity, remove a stolen key) so that the system can be
    /// repaired while stopped, and revocation stays open (withdrawing a claim is the clean-up
    /// tool during an incident; see `revoke`). Reads keep working.
    /// @dev Only the programme admin. Emits {Paused}.
    function pause() external onlyRole(DEFAULT_ADMIN_ROLE) whenNotPaused {
        _totals.paused = true;
        emit Paused(msg.sender);
    }

    /// @notice Lets writes through again.
    /// @dev Only the programme admin. Reverts with {ExpectedPause} when not paused. Emits {Unpaused}.
    function unpause() external onlyRole(DEFAULT_ADMIN_ROLE) {
        if (!_totals.paused) revert ExpectedPause();
        _totals.paused = false;
        emit Unpaused(msg.sender);
    }

    /// @notice Whether writes are stopped.
    function paused() external view returns (bool) {
        return _totals.paused;
    }

    /// @notice How many zones, entities, projects and attestations exist.
    function totals() external view returns (uint32 zones, uint32 entities, uint32 projects, uint64 attestations) {
        Totals memory t = _totals;
        return (t.zones, t.entities, t.projects, t.attestations);
    }

    // ------------------------------------------------------- field-scoped offices

    /// @notice Appoints `account` as regulator of exactly the fields in `fields` (0 dismisses it).
    /// @dev Only the programme admin. An entity signer cannot hold an office. Emits {RegulatorFieldsSet}.
    function setRegulatorFields(address account, uint32 fields) external onlyRole(DEFAULT_ADMIN_ROLE) {
        Account storage a = _officeAccount(account, fields);
        a.regulatorFields = fields;
        emit RegulatorFieldsSet(account, fields);
    }

    /// @notice Appoints `account` as expert for exactly the fields in `fields` (0 dismisses it).
    /// @dev Only the programme admin. An entity signer cannot hold an office. Emits {ExpertFieldsSet}.
    function setExpertFields(address account, uint32 fields) external onlyRole(DEFAULT_ADMIN_ROLE) {
        Account storage a = _officeAccount(account, fields);
        a.expertFields = fields;
        emit ExpertFieldsSet(account, fields);
    }

    /// @notice Everything `account` is entitled to: entity, administered zone, regulated and expert fields, nonce.
    function getAccount(address account) external view returns (Account memory) {
        return _accounts[account];
    }

    /// @notice The next EIP-712 nonce `signer` must use.
    function nonces(address signer) external view returns (uint64) {
        return _accounts[signer].nonce;
    }

    // ------------------------------------------------------ programme admin transfer

    /// @dev The programme admin never signs for an entity: refused when the transfer begins and
    /// again when it is accepted (the account may have become a signer in between).
    function _beginDefaultAdminTransfer(address newAdmin) internal override {
        _requireNotEntitySigner(newAdmin);
        super._beginDefaultAdminTransfer(newAdmin);
    }

    function _acceptDefaultAdminTransfer() internal override {
        (address newAdmin, ) = pendingDefaultAdmin();
        _requireNotEntitySigner(newAdmin);
        super._acceptDefaultAdminTransfer();
    }

    function _requireNotEntitySigner(address account) internal view {
        uint32 entityId = _accounts[account].entityId;
        if (entityId != 0) revert AccountIsEntitySigner(account, entityId);
    }

    // ---------------------------------------------------------------- helpers

    function _officeAccount(address account, uint32 fields) private view returns (Account storage a) {
        if (account == address(0)) revert ZeroAddress();
        if (fields & ~_VALID_FIELDS != 0) revert InvalidFields(fields);
        _requireNotEntitySigner(account);
        a = _accounts[account];
    }

    function _isProgrammeAdmin(address account) internal view returns (bool) {
        return hasRole(DEFAULT_ADMIN_ROLE, account);
    }

    /// @dev Reverts unless `account` is the programme admin, or administers `zoneId` while the
    /// system is not paused.
    function _requireZoneAuthority(uint32 zoneId, address account) internal view {
        if (_isProgrammeAdmin(account)) return;
        if (_accounts[account].zoneAdminOf != zoneId) revert NotZoneAdmin(zoneId, account);
        if (_totals.paused) revert EnforcedPause();
    }

    function _checkFields(uint32 fields) internal view {
        if (fields == 0 || fields & ~_VALID_FIELDS != 0) revert InvalidFields(fields);
    }

    function _hasField(uint32 fields, uint8 field) internal pure returns (bool) {
        return (fields >> field) & 1 == 1;
    }
}
