// SPDX-License-Identifier: MIT
pragma solidity ^0.8.24;

import {IPilotProgramme} from "../interfaces/IPilotProgramme.sol";
import {IProgrammeErrors} from "../interfaces/IProgrammeErrors.sol";
import {Zone, Entity, EntityStatus, EntityType, Project, Account, Attestation} from "../types/ProgrammeTypes.sol";

/// @title Paged, batched reads of the pilot programme for clients.
/// @notice Holds no state: it saves a client one request per row. Separate from `PilotProgramme`
/// to keep that contract small.
///
/// Every list view returns at most a fixed number of rows per call (`MAX_*`) and refuses more
/// with {PageTooLarge}(limit, max), so that no page a client may ask for is too big for a node's
/// eth_call gas cap (16,777,216 on Hardhat's node, EIP-7825; 50M on geth by default). The maxima
/// come from the gas per row measured in test/lens/gas-per-row.ts with every string at the caps
/// issue 9 plans (names and titles 200 bytes, regions 100, URIs 512, 16 signers per entity): a
/// full page of such rows stays under half the cap. Strings are not capped yet, so a page of
/// longer rows can still run out of gas: clients halve the page on a gas error, down to one row
/// (sdk/readPaging.ts does).
contract ProgrammeReader is IProgrammeErrors {
    /// @notice The columns of an entity a list shows: no metadata, no signers.
    /// @dev About half the size of an `Entity` plus its signers, and no `signersOf` call per row.
    struct EntityRow {
        uint32 id;
        uint32 zoneId;
        EntityStatus status;
        EntityType entityType;
        uint32 fields; // bitmask of field ids
        uint32 projectCount;
        string name;
    }

    /// @notice Most zones per `zones` call (about 83,000 gas each at the planned caps, measured).
    uint256 public constant MAX_ZONES = 80;
    /// @notice Most entities per `entities` call (about 116,000 gas each with 16 signers at the planned caps).
    uint256 public constant MAX_ENTITIES = 60;
    /// @notice Most rows per `entityRows` call (about 70,000 gas each at the planned caps).
    uint256 public constant MAX_ENTITY_ROWS = 100;
    /// @notice Most projects per `projects` call (about 73,000 gas each at the planned caps).
    uint256 public constant MAX_PROJECTS = 100;
    /// @notice Most addresses per `accounts` call (about 5,300 gas each).
    uint256 public constant MAX_ACCOUNTS = 1000;
    /// @notice Most uids per `attestations` call (about 8,300 gas each).
    uint256 public constant MAX_ATTESTATIONS = 800;

    /// @notice The programme this reader reads.
    IPilotProgramme public immutable programme;

    /// @param programme_ the deployed `PilotProgramme`
    constructor(IPilotProgramme programme_) {
        programme = programme_;
    }

    /// @notice Zones with ids `offset + 1 ..`, at most `limit`, and how many exist.
    /// @dev Reverts with {PageTooLarge} when `limit` is above `MAX_ZONES`.
    function zones(uint256 offset, uint256 limit) external view returns (Zone[] memory page, uint256 total) {
        (uint32 count, , , ) = programme.totals();
        (uint256 start, uint256 n) = _window(count, offset, limit, MAX_ZONES);
        page = new Zone[](n);
        for (uint256 i; i < n; ++i) page[i] = programme.getZone(uint32(start + i));
        total = count;
    }

    /// @notice Entities with ids `offset + 1 ..`, at most `limit`, their signers, and how many exist.
    /// @dev Reverts with {PageTooLarge} when `limit` is above `MAX_ENTITIES`.
    function entities(
        uint256 offset,
        uint256 limit
    ) external view returns (Entity[] memory page, address[][] memory signers, uint256 total) {
        (, uint32 count, , ) = programme.totals();
        (uint256 start, uint256 n) = _window(count, offset, limit, MAX_ENTITIES);
        page = new Entity[](n);
        signers = new address[][](n);
        for (uint256 i; i < n; ++i) {
            page[i] = programme.getEntity(uint32(start + i));
            signers[i] = programme.signersOf(uint32(start + i));
        }
        total = count;
    }

    /// @notice Entities with ids `offset + 1 ..`, at most `limit`, as list rows (`EntityRow`), and how many exist.
    /// @dev The slim form of `entities` for a first paint of a list: skips signers and metadata.
    /// Reverts with {PageTooLarge} when `limit` is above `MAX_ENTITY_ROWS`.
    function entityRows(uint256 offset, uint256 limit) external view returns (EntityRow[] memory page, uint256 total) {
        (, uint32 count, , ) = programme.totals();
        (uint256 start, uint256 n) = _window(count, offset, limit, MAX_ENTITY_ROWS);
        page = new EntityRow[](n);
        for (uint256 i; i < n; ++i) {
            Entity memory e = programme.getEntity(uint32(start + i));
            page[i] = EntityRow(e.id, e.zoneId, e.status, e.entityType, e.fields, e.projectCount, e.name);
        }
        total = count;
    }

    /// @notice Projects with ids `offset + 1 ..`, at most `limit`, and how many exist.
    /// @dev Reverts with {PageTooLarge} when `limit` is above `MAX_PROJECTS`.
    function projects(uint256 offset, uint256 limit) external view returns (Project[] memory page, uint256 total) {
        (, , uint32 count, ) = programme.totals();
        (uint256 start, uint256 n) = _window(count, offset, limit, MAX_PROJECTS);
        page = new Project[](n);
        for (uint256 i; i < n; ++i) page[i] = programme.getProject(uint32(start + i));
        total = count;
    }

    /// @notice The entitlements of several accounts at once.
    /// @dev Reverts with {PageTooLarge} when `list` holds more than `MAX_ACCOUNTS` addresses.
    function accounts(address[] calldata list) external view returns (Account[] memory result) {
        if (list.length > MAX_ACCOUNTS) revert PageTooLarge(list.length, MAX_ACCOUNTS);
        result = new Account[](list.length);
        for (uint256 i; i < list.length; ++i) result[i] = programme.getAccount(list[i]);
    }

    /// @notice Several attestations by uid; reverts with {UnknownAttestation} if one does not exist.
    /// @dev Reverts with {PageTooLarge} when `uids` holds more than `MAX_ATTESTATIONS` uids.
    function attestations(bytes32[] calldata uids) external view returns (Attestation[] memory result) {
        if (uids.length > MAX_ATTESTATIONS) revert PageTooLarge(uids.length, MAX_ATTESTATIONS);
        result = new Attestation[](uids.length);
        for (uint256 i; i < uids.length; ++i) result[i] = programme.getAttestation(uids[i]);
    }

    /// @notice Whether one of the first `maxScan` attestations of `contentHash` is unrevoked, and
    /// how many attestations carry it (revoked ones included).
    /// @dev Reads the attestations one at a time, oldest first, and stops at the first unrevoked
    /// one: about 35,000 gas when the first is valid, whatever the count. Each revoked record read
    /// before a valid one adds about 9,000 gas (measured), so bound `maxScan` to what the node's
    /// gas cap allows (about 1,800 at 16,777,216 gas); `valid == false` with `count > maxScan`
    /// means "none valid among the first `maxScan`": a full answer needs `attestationsOf` in pages.
    function isAttested(bytes32 contentHash, uint256 maxScan) external view returns (bool valid, uint256 count) {
        count = programme.attestationCount(contentHash);
        uint256 n = count < maxScan ? count : maxScan;
        for (uint256 i; i < n; ++i) {
            if (!programme.attestationsOf(contentHash, i, 1)[0].revoked) return (true, count);
        }
    }

    /// @dev Refuses a `limit` above `max`; then `offset >= count` first: `offset + 1` would overflow
    /// for `offset == type(uint256).max`.
    function _window(
        uint256 count,
        uint256 offset,
        uint256 limit,
        uint256 max
    ) private pure returns (uint256 start, uint256 n) {
        if (limit > max) revert PageTooLarge(limit, max);
        if (offset >= count) return (0, 0);
        start = offset + 1;
        n = count - offset;
        if (n > limit) n = limit;
    }
}
