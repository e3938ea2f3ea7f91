// SPDX-License-Identifier: MIT
pragma solidity ^0.8.24;

import {IERC1271} from "@openzeppelin/contracts/interfaces/IERC1271.sol";
import {ECDSA} from "@openzeppelin/contracts/utils/cryptography/ECDSA.sol";

/// @dev Test helper: a contract wallet (think: a bank's multisig) that approves digests signed by
/// its owner, and can be switched to refuse everything (a wallet that changed its mind).
contract ERC1271WalletMock is IERC1271 {
    address public immutable owner;
    bool public refuseAll;

    constructor(address owner_) {
        owner = owner_;
    }

    function setRefuseAll(bool refuse) external {
        refuseAll = refuse;
    }

    function isValidSignature(bytes32 hash, bytes calldata signature) external view returns (bytes4) {
        if (refuseAll) return 0xffffffff;
        (address signer, , ) = ECDSA.tryRecover(hash, signature);
        return signer == owner ? IERC1271.isValidSignature.selector : bytes4(0xffffffff);
    }
}
