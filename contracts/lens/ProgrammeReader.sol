// SPDX-License-Identifier: MIT
pragma solidity ^0.8.24;

import {PilotProgramme} from "../PilotProgramme.sol";
import {Zone, Entity, EntityStatus, EntityType, Project, Account, Attestation} from "../types/ProgrammeTypes.sol";

/// @title Paged, batched reads of the pilot programme for clients.
/// @notice Holds no state: it saves a client one request per row (the dApp loads every entity
/// of the sample in one call). Separate from `PilotProgramme` to keep that contract small.
contract ProgrammeReader {
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

    /// @notice The programme this reader reads.
    PilotProgramme public immutable programme;

    constructor(PilotProgramme programme_) {
        programme = programme_;
    }

    /// @notice Zones with ids `offset + 1 ..`, at most `limit`, and how many exist.
    function zones(uint256 offset, uint256 limit) external view returns (Zone[] memory page, uint256 total) {
        (uint32 count, , , ) = programme.totals();
        (uint256 start, uint256 n) = _window(count, offset, limit);
        page = new Zone[](n);
        for (uint256 i; i < n; ++i) page[i] = programme.getZone(uint32(start + i));
        total = count;
    }

    /// @notice Entities with ids `offset + 1 ..`, at most `limit`, their signers, and how many exist.
    function entities(
        uint256 offset,
        uint256 limit
    ) external view returns (Entity[] memory page, address[][] memory signers, uint256 total) {
        (, uint32 count, , ) = programme.totals();
        (uint256 start, uint256 n) = _window(count, offset, limit);
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
    function entityRows(uint256 offset, uint256 limit) external view returns (EntityRow[] memory page, uint256 total) {
        (, uint32 count, , ) = programme.totals();
        (uint256 start, uint256 n) = _window(count, offset, limit);
        page = new EntityRow[](n);
        for (uint256 i; i < n; ++i) {
            Entity memory e = programme.getEntity(uint32(start + i));
            page[i] = EntityRow(e.id, e.zoneId, e.status, e.entityType, e.fields, e.projectCount, e.name);
        }
        total = count;
    }

    /// @notice Projects with ids `offset + 1 ..`, at most `limit`, and how many exist.
    function projects(uint256 offset, uint256 limit) external view returns (Project[] memory page, uint256 total) {
        (, , uint32 count, ) = programme.totals();
        (uint256 start, uint256 n) = _window(count, offset, limit);
        page = new Project[](n);
        for (uint256 i; i < n; ++i) page[i] = programme.getProject(uint32(start + i));
        total = count;
    }

    /// @notice The entitlements of several accounts at once.
    function accounts(address[] calldata list) external view returns (Account[] memory result) {
        result = new Account[](list.length);
        for (uint256 i; i < list.length; ++i) result[i] = programme.getAccount(list[i]);
    }

    /// @notice Several attestations by uid; reverts with `UnknownAttestation` if one does not exist.
    function attestations(bytes32[] calldata uids) external view returns (Attestation[] memory result) {
        result = new Attestation[](uids.length);
        for (uint256 i; i < uids.length; ++i) result[i] = programme.getAttestation(uids[i]);
    }

    /// @notice Whether `contentHash` has at least one unrevoked attestation, and how many carry it.
    /// @dev Walks at most `maxScan` attestations of the hash (a view; bound it for huge histories).
    function isAttested(bytes32 contentHash, uint256 maxScan) external view returns (bool valid, uint256 count) {
        count = programme.attestationCount(contentHash);
        Attestation[] memory all = programme.attestationsOf(contentHash, 0, maxScan);
        for (uint256 i; i < all.length; ++i) {
            if (!all[i].revoked) return (true, count);
        }
    }

    /// @dev `offset >= count` first: `offset + 1` would overflow for `offset == type(uint256).max`.
    function _window(uint256 count, uint256 offset, uint256 limit) private pure returns (uint256 start, uint256 n) {
        if (offset >= count) return (0, 0);
        start = offset + 1;
        n = count - offset;
        if (n > limit) n = limit;
    }
}
