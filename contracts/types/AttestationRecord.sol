// SPDX-License-Identifier: MIT
pragma solidity ^0.8.24;

/// @notice One attestation as stored: a single slot, read and written whole.
/// @dev Layout (bit 0 is the low-order end):
///
/// | bits     | field       | meaning                                                              |
/// |----------|-------------|----------------------------------------------------------------------|
/// | 0..159   | `attester`  | who attested; zero only for a uid that was never attested            |
/// | 160..199 | `time`      | block timestamp of the attestation                                   |
/// | 200..231 | `projectId` | the project it is about                                              |
/// | 232..238 | `kind`      | a `Kind`, checked before it is stored                                |
/// | 239      | `revoked`   | set once by `revoke`, never cleared                                  |
/// | 240..255 | `hashCount` | in a digest's first record (n = 0) only: how many attestations carry |
/// |          |             | that digest (the digest needs no index slot of its own); 0 elsewhere |
///
/// The same bits as the packed struct it replaced (`address`, `uint40`, `uint32`, `uint8`,
/// `uint16`): the storage layout did not change. The document's digest has a slot of its own
/// (`_contentHashes`); URI and reference live in the `Attested` event only.
type AttestationRecord is uint256;

using AttestationRecordLibrary for AttestationRecord global;

/// @notice Builds, reads and updates an `AttestationRecord`; every bit offset of the layout lives here.
library AttestationRecordLibrary {
    uint256 private constant _MASK_16_BITS = 0xFFFF;
    uint256 private constant _KIND_MASK = 0x7F;

    uint256 private constant _TIME_OFFSET = 160;
    uint256 private constant _PROJECT_ID_OFFSET = 200;
    uint256 private constant _KIND_OFFSET = 232;
    uint256 private constant _REVOKED_OFFSET = 239;
    uint256 private constant _HASH_COUNT_OFFSET = 240;

    // ---------------------------------------------------------------- build

    /// @notice A new, unrevoked record.
    /// @param attester_ who attests (not zero)
    /// @param time_ when (the block timestamp)
    /// @param projectId_ the project it is about
    /// @param kind_ a `Kind` as a number (below 128; the caller has checked it)
    /// @param hashCount_ the digest's attestation count for its first record, 0 for any later one
    /// @return the packed record
    function create(
        address attester_,
        uint40 time_,
        uint32 projectId_,
        uint8 kind_,
        uint16 hashCount_
    ) internal pure returns (AttestationRecord) {
        return
            AttestationRecord.wrap(
                uint256(uint160(attester_)) |
                    (uint256(time_) << _TIME_OFFSET) |
                    (uint256(projectId_) << _PROJECT_ID_OFFSET) |
                    ((uint256(kind_) & _KIND_MASK) << _KIND_OFFSET) |
                    (uint256(hashCount_) << _HASH_COUNT_OFFSET)
            );
    }

    // ---------------------------------------------------------------- getters

    /// @return who attested; zero when no attestation has this uid
    function attester(AttestationRecord record) internal pure returns (address) {
        return address(uint160(AttestationRecord.unwrap(record)));
    }

    /// @return block timestamp of the attestation
    function time(AttestationRecord record) internal pure returns (uint40) {
        return uint40(AttestationRecord.unwrap(record) >> _TIME_OFFSET);
    }

    /// @return the project the attestation is about
    function projectId(AttestationRecord record) internal pure returns (uint32) {
        return uint32(AttestationRecord.unwrap(record) >> _PROJECT_ID_OFFSET);
    }

    /// @return the attestation's `Kind` as a number
    function kind(AttestationRecord record) internal pure returns (uint8) {
        return uint8(AttestationRecord.unwrap(record) >> _KIND_OFFSET) & uint8(_KIND_MASK);
    }

    /// @return whether the attestation has been revoked
    function revoked(AttestationRecord record) internal pure returns (bool) {
        return (AttestationRecord.unwrap(record) >> _REVOKED_OFFSET) & 1 == 1;
    }

    /// @return in a digest's first record, how many attestations carry the digest
    function hashCount(AttestationRecord record) internal pure returns (uint16) {
        return uint16(AttestationRecord.unwrap(record) >> _HASH_COUNT_OFFSET);
    }

    // ---------------------------------------------------------------- setters

    /// @return `record`, marked revoked
    function setRevoked(AttestationRecord record) internal pure returns (AttestationRecord) {
        return AttestationRecord.wrap(AttestationRecord.unwrap(record) | (1 << _REVOKED_OFFSET));
    }

    /// @return `record` with its digest count set to `count`
    function setHashCount(AttestationRecord record, uint16 count) internal pure returns (AttestationRecord) {
        uint256 cleared = AttestationRecord.unwrap(record) & ~(_MASK_16_BITS << _HASH_COUNT_OFFSET);
        return AttestationRecord.wrap(cleared | (uint256(count) << _HASH_COUNT_OFFSET));
    }
}
