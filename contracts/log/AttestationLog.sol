// SPDX-License-Identifier: MIT
pragma solidity ^0.8.24;

import {ProgrammeGovernance} from "../governance/ProgrammeGovernance.sol";
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
/// slots, `_records[uid]` (attester, time, project, kind, revoked flag, packed) and
/// `_contentHashes[uid]`. Its uid is `keccak256(abi.encode(contentHash, n))` where `n` counts
/// the earlier attestations of the same hash; that count lives in the spare bits of the hash's
/// first record. So "every attestation of this document" is found on chain by walking
/// `n = 0, 1, ...` with no index slot of its own. URI and reference live in the event only.
abstract contract AttestationLog is ProgrammeGovernance {
    /// @dev Most attestations one `attestationsOf` call returns, refused above with {PageTooLarge}
    /// (internal: a getter would cost bytecode; the error carries it). About 6,100 gas each,
    /// measured (test/lens/gas-per-row.ts): a full page stays under half of the 16,777,216-gas
    /// eth_call cap of Hardhat's node (EIP-7825). The sdk mirrors it (sdk/readPaging.ts).
    uint256 internal constant _MAX_ATTESTATIONS_PAGE = 1000;

    uint8 private constant _REVOKED = 0x80;
    uint8 private constant _KIND_MASK = 0x7f;
    /// @dev Bit offsets of `Record` members in its slot (Solidity packs from the low-order end).
    uint256 private constant _TIME_OFFSET = 160;
    uint256 private constant _PROJECT_ID_OFFSET = 200;
    uint256 private constant _KIND_BITS_OFFSET = 232;

    /// @notice Records an attestation about a project, as the caller.
    /// @dev Who may issue which kind: progress report and milestone, a signer of the project's
    /// entity; review, an administrator of the project's zone; expert opinion, an expert of the
    /// project's field; evaluation and acceptance, a regulator of the project's field. The project
    /// must be active (reviews and expert opinions are also taken while it is proposed), its zone
    /// and entity active, the system not paused. An acceptance ends the project as accepted.
    /// Emits {Attested} (and {ProjectStatusChanged} for an acceptance).
    /// @return uid the attestation's id
    function attest(AttestationRequest calldata request) external whenNotPaused returns (bytes32 uid) {
        uid = _attest(msg.sender, request);
        ++_totals.attestations;
    }

    /// @notice Records several attestations as the caller, all or nothing.
    /// @dev Each item is checked as in {attest}; one refusal reverts the whole batch.
    /// @return uids the attestations' ids, in request order
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

    /// @notice Marks an attestation revoked, with a reason. Final: it cannot be undone.
    /// @dev Needs authority held NOW: the attester while it still holds the role that let it issue
    /// that kind for that project (a signer of the project's active entity, within its current
    /// tenure as a key; an expert of the field; a regulator of the field; the zone's administrator
    /// while the zone is not closed), an administrator of the project's zone (zone not closed), a
    /// regulator of the project's field, or the programme admin. While paused only the programme
    /// admin revokes. Revoking an acceptance reopens the project (Active), unless its zone is
    /// closed or its entity revoked: then no one could ever accept it again, and it ends Terminated.
    /// Reason: 1..512 bytes. Emits {Revoked} (and {ProjectStatusChanged} for an acceptance).
    function revoke(bytes32 uid, string calldata reason) external {
        uint256 length = bytes(reason).length;
        if (length == 0) revert EmptyReason();
        if (length > _MAX_REASON_BYTES) revert ReasonTooLong(length, _MAX_REASON_BYTES);
        Record storage r = _records[uid];
        // One SLOAD and one SSTORE of the packed record (the hot path of a revocation).
        uint256 word;
        assembly ("memory-safe") {
            word := sload(r.slot)
        }
        address attester = address(uint160(word));
        uint8 bits = uint8(word >> _KIND_BITS_OFFSET);
        if (attester == address(0)) revert UnknownAttestation(uid);
        if (bits & _REVOKED != 0) revert AlreadyRevoked(uid);
        if (!_ownReportInTenure(attester, bits, uint40(word >> _TIME_OFFSET))) {
            _revokeSlowPath(uid, uint32(word >> _PROJECT_ID_OFFSET), attester, bits);
        }
        word |= uint256(_REVOKED) << _KIND_BITS_OFFSET;
        assembly ("memory-safe") {
            sstore(r.slot, word)
        }
        emit Revoked(uid, msg.sender, reason);
    }

    /// @notice One attestation by uid; reverts with {UnknownAttestation} if there is none.
    function getAttestation(bytes32 uid) external view returns (Attestation memory) {
        Record memory r = _records[uid];
        if (r.attester == address(0)) revert UnknownAttestation(uid);
        return _view(uid, r);
    }

    /// @notice How many attestations carry `contentHash` (revoked ones included).
    function attestationCount(bytes32 contentHash) public view returns (uint256) {
        return _records[uidOf(contentHash, 0)].hashCount;
    }

    /// @notice The attestations carrying `contentHash`, oldest first, from `offset`, at most `limit`.
    /// @dev Answers "is this document attested, by whom, when, about what, revoked?". Read
    /// `attestationCount` first, then every page up to it: a verdict from one page may be wrong.
    /// Reverts with {PageTooLarge}(limit, 1000) when `limit` is above 1,000.
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

    /// @notice The uid of the `index`-th attestation (0-based) carrying `contentHash`.
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
            Record storage ref = _records[refUID];
            if (ref.attester == address(0)) revert UnknownAttestation(refUID);
            if (ref.projectId != projectId) revert ReferenceOutsideProject(refUID, projectId);
        }
    }

    /// @dev Two new slots, plus the first record's counter when the hash was attested before.
    function _store(address attester, bytes32 contentHash, uint32 projectId, uint8 kind) private returns (bytes32 uid) {
        bytes32 firstUid = uidOf(contentHash, 0);
        Record storage first = _records[firstUid];
        uint16 seen = first.hashCount;
        if (seen == 0) {
            uid = firstUid;
            _records[uid] = Record(attester, uint40(block.timestamp), projectId, kind, 1);
        } else {
            if (seen == type(uint16).max) revert TooManyAttestations(contentHash);
            uid = uidOf(contentHash, seen);
            first.hashCount = seen + 1;
            _records[uid] = Record(attester, uint40(block.timestamp), projectId, kind, 0);
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

    /// @dev The hot path, from the caller's own slot: a signer withdrawing its own progress report
    /// or milestone, issued after its current tenure as a key began (so then, as now, it signed for
    /// the project's entity), the entity active, the system not paused.
    function _ownReportInTenure(address attester, uint8 bits, uint40 time) private view returns (bool) {
        if (attester != msg.sender || bits > uint8(Kind.Milestone)) return false;
        Account storage a = _accounts[msg.sender];
        return a.entityId != 0 && a.entityActive && time > a.signerSince && !_totals.paused;
    }

    /// @dev Every other revocation: checks the revoker's current authority, then reopens (or ends)
    /// the project of a revoked acceptance.
    function _revokeSlowPath(bytes32 uid, uint32 projectId, address attester, uint8 bits) private {
        Project storage p = _projects[projectId];
        if (!_isProgrammeAdmin(msg.sender)) {
            if (_totals.paused) revert EnforcedPause();
            if (!_mayRevoke(p, attester == msg.sender ? bits : type(uint8).max)) {
                revert NotAuthorizedToRevoke(uid, msg.sender);
            }
        }
        if (bits == uint8(Kind.Acceptance)) {
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

    function _view(bytes32 uid, Record memory r) private view returns (Attestation memory) {
        return
            Attestation({
                uid: uid,
                contentHash: _contentHashes[uid],
                attester: r.attester,
                projectId: r.projectId,
                kind: Kind(r.kindBits & _KIND_MASK),
                time: r.time,
                revoked: r.kindBits & _REVOKED != 0
            });
    }
}
