// SPDX-License-Identifier: MIT
pragma solidity ^0.8.24;

import {Ownable} from "@openzeppelin/contracts/access/Ownable.sol";
import {Votes} from "@openzeppelin/contracts/governance/utils/Votes.sol";
import {EIP712} from "@openzeppelin/contracts/utils/cryptography/EIP712.sol";
import {Time} from "@openzeppelin/contracts/utils/types/Time.sol";

/// @title The programme's seats: one per central body, one vote each.
/// @notice The programme was announced jointly by the central bodies; each holds one seat in its
/// governor (`ProgrammeGovernor`). A seat carries the body's name and the account that votes for it.
/// Seats are not transferable and their votes cannot be delegated: an account votes with its own
/// seat, delegated to itself automatically. Only the owner, the programme's timelock (so: a passed
/// proposal), adds, removes and re-assigns seats.
/// @dev OpenZeppelin `Votes` (ERC-5805) keeps the checkpoints the governor reads at each proposal's
/// snapshot. The clock is the block timestamp (ERC-6372 `mode=timestamp`), as the governor's: voting
/// delay and period are then in seconds like the timelock's delay, whatever the chain's block time
/// (permissioned chains produce blocks every few seconds or only on demand), and a local chain that
/// mines on demand still reaches the end of a vote. A re-assignment moves the vote at once; proposals
/// whose snapshot is older still count the previous holder (OpenZeppelin's snapshot semantics).
contract ProgrammeSeats is Votes, Ownable {
    /// @notice A seat as returned by {seats} and {seat}.
    struct Seat {
        uint32 id;
        address holder;
        string name;
    }

    /// @notice Most seats at once (the programme has sixteen bodies).
    uint256 public constant MAX_SEATS = 32;
    /// @notice Longest body name, in UTF-8 bytes.
    uint256 public constant MAX_NAME_BYTES = 100;

    /// @dev The name is empty.
    error EmptySeatName();
    /// @dev The name is `length` bytes long; at most `max` are allowed.
    error SeatNameTooLong(uint256 length, uint256 max);
    /// @dev There are already `max` seats.
    error TooManySeats(uint256 max);
    /// @dev No seat `seatId` exists (never added, or removed).
    error UnknownSeat(uint32 seatId);
    /// @dev A seat's holder cannot be the zero address.
    error ZeroSeatHolder();
    /// @dev `account` already holds seat `seatId`: one seat, one vote per account.
    error AlreadyHoldsSeat(address account, uint32 seatId);
    /// @dev Votes stay with the seat's own holder: `account` may not delegate to `delegatee`.
    error SeatVoteNotDelegable(address account, address delegatee);
    /// @dev Delegation by signature is disabled (votes are self-delegated); asked for `delegatee`.
    error DelegationBySigDisabled(address delegatee);
    /// @dev The constructor got `names` names for `holders` holders.
    error SeatListMismatch(uint256 names, uint256 holders);
    /// @dev The seats would have no owner left to change them.
    error SeatsOwnerRequired();

    /// @notice Seat `seatId` was created for the body `name`, held by `holder`.
    event SeatAdded(uint32 indexed seatId, address indexed holder, string name);
    /// @notice Seat `seatId`, held by `holder`, was removed.
    event SeatRemoved(uint32 indexed seatId, address indexed holder);
    /// @notice Seat `seatId` now votes through `to` instead of `from`.
    event SeatReassigned(uint32 indexed seatId, address indexed from, address indexed to);

    uint32 private _lastId;
    uint32[] private _ids; // live seat ids, in no particular order (at most MAX_SEATS)
    mapping(uint32 seatId => uint256 position) private _positionOf; // index in `_ids` + 1; 0: no such seat
    mapping(uint32 seatId => Seat) private _seats;
    mapping(address account => uint32 seatId) private _seatOf;

    /// @param owner_ who may change the seats: the programme's timelock (the deployer only when it
    /// hands over in the same deployment)
    /// @param names the bodies' names, one seat each
    /// @param holders the account that votes for each body, in the same order
    constructor(
        address owner_,
        string[] memory names,
        address[] memory holders
    ) EIP712("ProgrammeSeats", "1") Ownable(owner_) {
        if (names.length != holders.length) revert SeatListMismatch(names.length, holders.length);
        for (uint256 i; i < names.length; ++i) _addSeat(names[i], holders[i]);
    }

    // ------------------------------------------------------------------ clock

    /// @notice The clock of the votes: the block timestamp (ERC-6372).
    function clock() public view override returns (uint48) {
        return Time.timestamp();
    }

    /// @notice ERC-6372: the clock is the block timestamp.
    // solhint-disable-next-line func-name-mixedcase
    function CLOCK_MODE() public pure override returns (string memory) {
        return "mode=timestamp";
    }

    // ------------------------------------------------------------------ governance writes

    /// @notice Adds a seat for the body `name`, held by `holder`.
    /// @dev Only the owner (the timelock). Name 1..100 bytes; at most 32 seats; an account holds one
    /// seat at most. The holder's vote counts from the next second on. Emits {SeatAdded}.
    /// @return seatId the new seat's id (ids start at 1 and are never reused)
    function addSeat(string calldata name, address holder) external onlyOwner returns (uint32 seatId) {
        return _addSeat(name, holder);
    }

    /// @notice Removes seat `seatId`; its holder votes no more (on proposals made from now on).
    /// @dev Only the owner. Emits {SeatRemoved}.
    function removeSeat(uint32 seatId) external onlyOwner {
        address holder = _seat(seatId).holder;
        // swap-and-pop: the last id takes the removed one's place
        uint256 i = _positionOf[seatId] - 1;
        uint32 last = _ids[_ids.length - 1];
        _ids[i] = last;
        _positionOf[last] = i + 1;
        _ids.pop();
        delete _positionOf[seatId];
        delete _seats[seatId];
        delete _seatOf[holder];
        _transferVotingUnits(holder, address(0), 1);
        emit SeatRemoved(seatId, holder);
    }

    /// @notice Seat `seatId` votes through `newHolder` from now on (a body's new key, or a new official).
    /// @dev Only the owner. `newHolder` must hold no seat. Emits {SeatReassigned}.
    function reassignSeat(uint32 seatId, address newHolder) external onlyOwner {
        Seat storage s = _seat(seatId);
        address from = s.holder;
        _requireFree(newHolder);
        _selfDelegate(newHolder);
        s.holder = newHolder;
        delete _seatOf[from];
        _seatOf[newHolder] = seatId;
        _transferVotingUnits(from, newHolder, 1);
        emit SeatReassigned(seatId, from, newHolder);
    }

    /// @notice Refused: the seats must keep an owner (the timelock) to be changed.
    function renounceOwnership() public view override onlyOwner {
        revert SeatsOwnerRequired();
    }

    // ------------------------------------------------------------------ votes stay put

    /// @notice Refused unless `delegatee` is the caller itself: a seat's vote is its holder's.
    /// @dev Every holder is delegated to itself when it gets its seat, so delegating to oneself changes nothing.
    function delegate(address delegatee) public view override {
        if (delegatee != msg.sender) revert SeatVoteNotDelegable(msg.sender, delegatee);
    }

    /// @notice Refused: votes are self-delegated, never by signature.
    function delegateBySig(address delegatee, uint256, uint256, uint8, bytes32, bytes32) public pure override {
        revert DelegationBySigDisabled(delegatee);
    }

    // ------------------------------------------------------------------ reads

    /// @notice Every seat, in no particular order (at most 32).
    function seats() external view returns (Seat[] memory list) {
        uint256 n = _ids.length;
        list = new Seat[](n);
        for (uint256 i; i < n; ++i) list[i] = _seats[_ids[i]];
    }

    /// @notice One seat by id; reverts with {UnknownSeat} when there is none.
    function seat(uint32 seatId) external view returns (Seat memory) {
        return _seat(seatId);
    }

    /// @notice The seat `account` holds, 0 if none.
    function seatOf(address account) external view returns (uint32) {
        return _seatOf[account];
    }

    /// @notice How many seats there are now.
    function seatCount() external view returns (uint256) {
        return _ids.length;
    }

    // ------------------------------------------------------------------ internals

    /// @dev One vote for a seat holder, none for anyone else.
    function _getVotingUnits(address account) internal view override returns (uint256) {
        return _seatOf[account] == 0 ? 0 : 1;
    }

    function _addSeat(string memory name, address holder) private returns (uint32 seatId) {
        uint256 length = bytes(name).length;
        if (length == 0) revert EmptySeatName();
        if (length > MAX_NAME_BYTES) revert SeatNameTooLong(length, MAX_NAME_BYTES);
        if (_ids.length >= MAX_SEATS) revert TooManySeats(MAX_SEATS);
        _requireFree(holder);
        // delegate while the holder has no unit yet, so the transfer below counts the vote once
        _selfDelegate(holder);
        seatId = ++_lastId;
        _seats[seatId] = Seat(seatId, holder, name);
        _seatOf[holder] = seatId;
        _ids.push(seatId);
        _positionOf[seatId] = _ids.length;
        _transferVotingUnits(address(0), holder, 1);
        emit SeatAdded(seatId, holder, name);
    }

    function _requireFree(address holder) private view {
        if (holder == address(0)) revert ZeroSeatHolder();
        uint32 held = _seatOf[holder];
        if (held != 0) revert AlreadyHoldsSeat(holder, held);
    }

    function _selfDelegate(address holder) private {
        if (delegates(holder) != holder) _delegate(holder, holder);
    }

    function _seat(uint32 seatId) private view returns (Seat storage s) {
        s = _seats[seatId];
        if (s.holder == address(0)) revert UnknownSeat(seatId);
    }
}
