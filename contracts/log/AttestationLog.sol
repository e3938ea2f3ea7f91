// SPDX-License-Identifier: MIT
pragma solidity ^0.8.24;

import {ProgrammeGovernance} from "../governance/ProgrammeGovernance.sol";
import {IPilotProgramme} from "../interfaces/IPilotProgramme.sol";
import {AttestationRecord, AttestationRecordLibrary} from "../types/AttestationRecord.sol";
import {
    Account,
    Attestation,
    AttestationRequest,
    EntityStatus,
    Kind,
    Office,
    Project,
    ProjectStatus,
    ZoneStatus
} from "../types/ProgrammeTypes.sol";

/// @title The append-only attestation log about projects.
/// @notice Nothing is ever deleted or overwritten: an attestation can only be marked revoked,
/// once, with a reason.
///
/// Storage layout, chosen for gas (see README, "Gas"): an attestation writes exactly two new
/// slots, `_records[uid]` (an `AttestationRecord`: attester, time, project, kind, revoked flag,
/// packed; layout in types/AttestationRecord.sol) and `_contentHashes[uid]`. Its uid is `keccak256(abi.encode(contentHash, n))` where `n` counts
/// the earlier attestations of the same hash; that count lives in the spare bits of the hash's
/// first record. So "every attestation of this document" is found on chain by walking
/// `n = 0, 1, ...` with no index slot of its own. URI and reference live in the event only.
abstract contract AttestationLog is ProgrammeGovernance {
    /// @dev Most attestations one `attestationsOf` call returns, refused above with {PageTooLarge}
    /// (internal: a getter would cost bytecode; the error carries it). About 6,100 gas each,
    /// measured (test/lens/gas-per-row.ts): a full page stays under half of the 16,777,216-gas
    /// eth_call cap of Hardhat's node (EIP-7825). The sdk mirrors it (sdk/readPaging.ts).
    uint256 internal constant _MAX_ATTESTATIONS_PAGE = 1000;

    /// @inheritdoc IPilotProgramme
    function attest(AttestationRequest calldata request) external whenNotPaused returns (bytes32 uid) {
        uid = _attest(msg.sender, request);
        ++_totals.attestations;
    }

    /// @inheritdoc IPilotProgramme
    function attestBatch(
        AttestationRequest[] calldata requests
    ) external whenNotPaused returns (bytes32[] memory uids) {
        uint256 n = requests.length;
        if (n == 0) revert EmptyBatch();
        uids = new bytes32[](n);
        for (uint256 i; i < n; ++i) {
            uids[i] = _attest(msg.sender, requests[i]);
        }
        _totals.attestations += uint64(n);
    }

    /// @inheritdoc IPilotProgramme
    function revoke(bytes32 uid, string calldata reason) external {
        uint256 length = bytes(reason).length;
        if (length == 0) revert EmptyReason();
        if (length > _MAX_REASON_BYTES) revert ReasonTooLong(length, _MAX_REASON_BYTES);
        // One slot computation, one SLOAD and one SSTORE of the record (the hot path of a revocation).
        bytes32 slot = _recordSlot(uid);
        AttestationRecord r;
        assembly ("memory-safe") {
            r := sload(slot)
        }
        address attester = r.attester();
        if (attester == address(0)) revert UnknownAttestation(uid);
        if (r.revoked()) revert AlreadyRevoked(uid);
        if (!_ownReportInTenure(r)) _revokeSlowPath(uid, r.projectId(), attester, r.kind());
        r = r.setRevoked();
        assembly ("memory-safe") {
            sstore(slot, r)
        }
        emit Revoked(uid, msg.sender, reason);
    }

    /// @inheritdoc IPilotProgramme
    function getAttestation(bytes32 uid) external view returns (Attestation memory) {
        AttestationRecord r = _records[uid];
        if (r.attester() == address(0)) revert UnknownAttestation(uid);
        return _view(uid, r);
    }

    /// @inheritdoc IPilotProgramme
    function attestationCount(bytes32 contentHash) public view returns (uint256) {
        return _records[uidOf(contentHash, 0)].hashCount();
    }

    /// @inheritdoc IPilotProgramme
    function attestationsOf(
        bytes32 contentHash,
        uint256 offset,
        uint256 limit
    ) external view returns (Attestation[] memory page) {
        if (limit > _MAX_ATTESTATIONS_PAGE) revert PageTooLarge(limit, _MAX_ATTESTATIONS_PAGE);
        uint256 count = attestationCount(contentHash);
        if (offset > count) offset = count;
        uint256 end = count;
        if (end - offset > limit) end = offset + limit;
        page = new Attestation[](end - offset);
        for (uint256 i = offset; i < end; ++i) {
            bytes32 uid = uidOf(contentHash, i);
            page[i - offset] = _view(uid, _records[uid]);
        }
    }

    /// @inheritdoc IPilotProgramme
    function uidOf(bytes32 contentHash, uint256 index) public pure returns (bytes32 uid) {
        assembly ("memory-safe") {
            mstore(0x00, contentHash)
            mstore(0x20, index)
            uid := keccak256(0x00, 0x40)
        }
    }

    /// @dev Checks `request` for `attester`, then writes it. The caller bumps the global counter.
    function _attest(address attester, AttestationRequest calldata request) internal returns (bytes32 uid) {
        uint8 kind = request.kind;
        uint32 projectId = request.projectId;
        bytes32 contentHash = request.contentHash;
        Project storage p = _checkAttestation(attester, request, kind, projectId, contentHash);
        if (bytes(request.uri).length > _MAX_URI_BYTES) revert URITooLong(bytes(request.uri).length, _MAX_URI_BYTES);
        uid = _store(attester, contentHash, projectId, kind);
        if (kind == uint8(Kind.Acceptance)) {
            p.status = ProjectStatus.Accepted;
            p.updatedAt = uint40(block.timestamp);
            emit ProjectStatusChanged(projectId, ProjectStatus.Accepted, attester, "");
        }
        emit Attested(uid, projectId, attester, Kind(kind), contentHash, request.refUID, request.uri);
    }

    /// @dev Every check of an attestation, in the order a user would want to hear about them.
    function _checkAttestation(
        address attester,
        AttestationRequest calldata request,
        uint8 kind,
        uint32 projectId,
        bytes32 contentHash
    ) private view returns (Project storage p) {
        if (kind > uint8(type(Kind).max)) revert InvalidKind(kind);
        if (contentHash == 0) revert ZeroContentHash();
        p = _projects[projectId];
        ProjectStatus status = p.status;
        if (status == ProjectStatus.None) revert UnknownProject(projectId);
        uint32 entityId = p.entityId;
        uint32 zoneId = p.zoneId;

        _requireIssuer(attester, kind, entityId, zoneId, p.field);
        if (
            status != ProjectStatus.Active &&
            !(status == ProjectStatus.Proposed && (kind == uint8(Kind.Review) || kind == uint8(Kind.ExpertOpinion)))
        ) revert ProjectNotOpen(projectId, status);
        _requireZoneActive(zoneId);
        EntityStatus entityStatus = _entities[entityId].status;
        if (entityStatus != EntityStatus.Active) revert EntityNotActive(entityId, entityStatus);

        bytes32 refUID = request.refUID;
        if (refUID != 0) {
            AttestationRecord ref = _records[refUID];
            if (ref.attester() == address(0)) revert UnknownAttestation(refUID);
            if (ref.projectId() != projectId) revert ReferenceOutsideProject(refUID, projectId);
        }
    }

    /// @dev Two new slots, plus the first record's counter when the hash was attested before.
    function _store(address attester, bytes32 contentHash, uint32 projectId, uint8 kind) private returns (bytes32 uid) {
        bytes32 firstUid = uidOf(contentHash, 0);
        AttestationRecord first = _records[firstUid];
        uint16 seen = first.hashCount();
        if (seen == 0) {
            uid = firstUid;
            _records[uid] = AttestationRecordLibrary.create(attester, uint40(block.timestamp), projectId, kind, 1);
        } else {
            if (seen == type(uint16).max) revert TooManyAttestations(contentHash);
            uid = uidOf(contentHash, seen);
            _records[firstUid] = first.setHashCount(seen + 1);
            _records[uid] = AttestationRecordLibrary.create(attester, uint40(block.timestamp), projectId, kind, 0);
        }
        _contentHashes[uid] = contentHash;
    }

    /// @dev Reverts unless `account` may issue `kind` about a project of `entityId` in `zoneId` and `field`.
    function _requireIssuer(address account, uint8 kind, uint32 entityId, uint32 zoneId, uint8 field) private view {
        Account storage a = _accounts[account];
        if (kind <= uint8(Kind.Milestone)) {
            if (a.entityId != entityId) revert NotEntitySigner(entityId, account);
        } else if (kind == uint8(Kind.Review)) {
            if (a.zoneAdminOf != zoneId) revert NotZoneAdmin(zoneId, account);
            _requireInOffice(account, a, Office.ZoneAdmin);
        } else if (kind == uint8(Kind.ExpertOpinion)) {
            if (!_hasField(a.expertFields, field)) revert NotExpert(field, account);
            _requireInOffice(account, a, Office.Expert);
        } else {
            if (!_hasField(a.regulatorFields, field)) revert NotRegulator(field, account);
            _requireInOffice(account, a, Office.Regulator);
        }
    }

    /// @dev The hot path, from the record `r` and the caller's own slot: a signer withdrawing its own
    /// progress report or milestone, issued after its current tenure as a key began (so then, as now, it signed for
    /// the project's entity), the entity active, the system not paused.
    function _ownReportInTenure(AttestationRecord r) private view returns (bool) {
        if (r.attester() != msg.sender || r.kind() > uint8(Kind.Milestone)) return false;
        Account storage a = _accounts[msg.sender];
        return a.entityId != 0 && a.entityActive && r.time() > a.signerSince && !_totals.paused;
    }

    /// @dev Every other revocation: checks the revoker's current authority, then reopens (or ends)
    /// the project of a revoked acceptance.
    function _revokeSlowPath(bytes32 uid, uint32 projectId, address attester, uint8 kind) private {
        Project storage p = _projects[projectId];
        if (!_isProgrammeAdmin(msg.sender)) {
            if (_totals.paused) revert EnforcedPause();
            if (!_mayRevoke(p, attester == msg.sender ? kind : type(uint8).max)) {
                revert NotAuthorizedToRevoke(uid, msg.sender);
            }
        }
        if (kind == uint8(Kind.Acceptance)) {
            // an unrevoked acceptance means the project is Accepted: only this revocation leaves that state
            bool dead =
                _zones[p.zoneId].status == ZoneStatus.Closed || _entities[p.entityId].status == EntityStatus.Revoked;
            ProjectStatus to = dead ? ProjectStatus.Terminated : ProjectStatus.Active;
            p.status = to;
            p.updatedAt = uint40(block.timestamp);
            emit ProjectStatusChanged(
                projectId,
                to,
                msg.sender,
                dead ? "acceptance revoked; zone closed or entity revoked" : "acceptance revoked"
            );
        }
    }

    /// @dev Whether the caller holds, now, an office over `p` that revokes anything about it, or
    /// (for `ownKind`, the kind of its own attestation; 255 when not its own) the issuing role.
    /// An office that would give that authority but whose term has ended refuses with {OfficeExpired}
    /// (an account's offices share one term, and an official never signs for an entity).
    function _mayRevoke(Project storage p, uint8 ownKind) private view returns (bool) {
        Account storage a = _accounts[msg.sender];
        uint32 zoneId = p.zoneId;
        uint8 field = p.field;
        if (_hasField(a.regulatorFields, field)) {
            _requireInOffice(msg.sender, a, Office.Regulator);
            return true;
        }
        if (a.zoneAdminOf == zoneId && _zones[zoneId].status != ZoneStatus.Closed) {
            _requireInOffice(msg.sender, a, Office.ZoneAdmin);
            return true;
        }
        if (ownKind <= uint8(Kind.Milestone)) {
            uint32 entityId = p.entityId;
            return a.entityId == entityId && _entities[entityId].status == EntityStatus.Active;
        }
        if (ownKind == uint8(Kind.ExpertOpinion) && _hasField(a.expertFields, field)) {
            _requireInOffice(msg.sender, a, Office.Expert);
            return true;
        }
        return false;
    }

    /// @dev The storage slot of `_records[uid]` (Solidity's rule for a mapping: the keccak256 of the
    /// key and the mapping's own slot), so that `revoke` computes it once for its read and its write.
    function _recordSlot(bytes32 uid) private pure returns (bytes32 slot) {
        assembly ("memory-safe") {
            mstore(0x00, uid)
            mstore(0x20, _records.slot)
            slot := keccak256(0x00, 0x40)
        }
    }

    /// @dev The record `r` of `uid` as the read functions return it.
    function _view(bytes32 uid, AttestationRecord r) private view returns (Attestation memory) {
        return
            Attestation({
                uid: uid,
                contentHash: _contentHashes[uid],
                attester: r.attester(),
                projectId: r.projectId(),
                kind: Kind(r.kind()),
                time: r.time(),
                revoked: r.revoked()
            });
    }
}
