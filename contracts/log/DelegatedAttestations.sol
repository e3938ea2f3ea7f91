// SPDX-License-Identifier: MIT
pragma solidity ^0.8.24;

import {SignatureChecker} from "@openzeppelin/contracts/utils/cryptography/SignatureChecker.sol";
import {AttestationLog} from "./AttestationLog.sol";
import {Account, AttestationRequest} from "../types/ProgrammeTypes.sol";

/// @title Delegated attestation: the attester signs EIP-712 typed data, anyone submits it.
/// @notice The EIP-712 domain binds a signature to this chain id and this contract; a per-signer
/// nonce makes it single-use; a deadline bounds its life. Signers may be externally owned accounts
/// or ERC-1271 contract wallets (a bank's multisig), checked by OpenZeppelin's SignatureChecker.
abstract contract DelegatedAttestations is AttestationLog {
    /// @notice EIP-712 type of a delegated attestation (the `uri` is hashed as EIP-712 requires).
    bytes32 public constant ATTEST_TYPEHASH = keccak256(
        "Attest(address attester,uint32 projectId,uint8 kind,bytes32 contentHash,bytes32 refUID,string uri,uint64 nonce,uint64 deadline)"
    );

    /// @notice Records an attestation signed off-chain by `attester`; the caller only relays it.
    /// @dev Checks, in order: not paused, deadline not passed ({ExpiredSignature}), `nonce` is the
    /// signer's next ({InvalidNonce}), the signature is `attester`'s ({InvalidSignature}), then every
    /// check of {attest} for `attester`. Emits {Attested} and {SignatureUsed}.
    /// @param nonce must equal `nonces(attester)`; consumed on success
    /// @param deadline last timestamp (inclusive) at which the signature is accepted
    /// @param signature 65-byte ECDSA signature, or whatever the attester's ERC-1271 wallet accepts
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

    /// @notice Voids every signature the caller made with a nonce below `newNonce` that nobody has
    /// submitted yet (a signed attestation sent to the wrong person, a change of mind).
    /// @dev Works while paused (it only takes power away). Reverts with {InvalidNonce} unless
    /// `newNonce` is above the current nonce, and with {NonceJumpTooLarge} when it is more than
    /// 2^32-1 above it: exhausting the nonce space would then take 2^32 calls, so no sequence of
    /// calls leaves the delegated path dead. Emits {NonceIncreased}.
    function increaseNonce(uint64 newNonce) external {
        Account storage a = _accounts[msg.sender];
        uint64 current = a.nonce;
        if (newNonce <= current) revert InvalidNonce(msg.sender, current);
        if (newNonce - current > _MAX_NONCE_JUMP) revert NonceJumpTooLarge(current, newNonce, _MAX_NONCE_JUMP);
        a.nonce = newNonce;
        emit NonceIncreased(msg.sender, current, newNonce);
    }

    /// @notice The EIP-712 digest `attester` signs for `request` with `nonce` and `deadline`.
    /// @dev Lets clients check their own encoding against the contract's.
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
