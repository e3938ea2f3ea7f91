// SPDX-License-Identifier: MIT
pragma solidity ^0.8.24;

import {SignatureChecker} from "@openzeppelin/contracts/utils/cryptography/SignatureChecker.sol";
import {AttestationLog} from "./AttestationLog.sol";
import {IPilotProgramme} from "../interfaces/IPilotProgramme.sol";
import {Account, AttestationRequest} from "../types/ProgrammeTypes.sol";

/// @title Delegated attestation: the attester signs EIP-712 typed data, anyone submits it.
/// @notice The EIP-712 domain binds a signature to this chain id and this contract; a per-signer
/// nonce makes it single-use; a deadline bounds its life. Signers may be externally owned accounts
/// or ERC-1271 contract wallets (a bank's multisig), checked by OpenZeppelin's SignatureChecker.
abstract contract DelegatedAttestations is AttestationLog {
    /// @inheritdoc IPilotProgramme
    bytes32 public constant ATTEST_TYPEHASH = keccak256(
        "Attest(address attester,uint32 projectId,uint8 kind,bytes32 contentHash,bytes32 refUID,string uri,uint64 nonce,uint64 deadline)"
    );

    /// @inheritdoc IPilotProgramme
    function attestBySig(
        AttestationRequest calldata request,
        address attester,
        uint64 nonce,
        uint64 deadline,
        bytes calldata signature
    ) external whenNotPaused returns (bytes32 uid) {
        if (block.timestamp > deadline) revert ExpiredSignature(deadline);
        Account storage a = _accounts[attester];
        uint64 expected = a.nonce;
        // the last nonce is never usable, so `expected + 1` below cannot overflow
        if (nonce != expected || expected == type(uint64).max) revert InvalidNonce(attester, expected);
        bytes32 digest = attestDigest(request, attester, nonce, deadline);
        if (!SignatureChecker.isValidSignatureNow(attester, digest, signature)) revert InvalidSignature(attester);
        a.nonce = expected + 1;
        uid = _attest(attester, request);
        ++_totals.attestations;
        emit SignatureUsed(attester, nonce, uid);
    }

    /// @inheritdoc IPilotProgramme
    function increaseNonce(uint64 newNonce) external {
        Account storage a = _accounts[msg.sender];
        uint64 current = a.nonce;
        if (newNonce <= current) revert InvalidNonce(msg.sender, current);
        if (newNonce - current > _MAX_NONCE_JUMP) revert NonceJumpTooLarge(current, newNonce, _MAX_NONCE_JUMP);
        a.nonce = newNonce;
        emit NonceIncreased(msg.sender, current, newNonce);
    }

    /// @inheritdoc IPilotProgramme
    function attestDigest(
        AttestationRequest calldata request,
        address attester,
        uint64 nonce,
        uint64 deadline
    ) public view returns (bytes32) {
        return
            _hashTypedDataV4(
                keccak256(
                    abi.encode(
                        ATTEST_TYPEHASH,
                        attester,
                        request.projectId,
                        request.kind,
                        request.contentHash,
                        request.refUID,
                        keccak256(bytes(request.uri)),
                        nonce,
                        deadline
                    )
                )
            );
    }
}
