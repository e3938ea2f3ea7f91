/**
 * Rows per call for the terminal tool: the sdk's gas-based page size, but at
 * most 200 rows. ethers 6 decodes an answer in O(n²) (its ABI Reader copies the
 * whole answer on every word it reads, to build an assertion's details before
 * checking it), so 1,000 attestations in one answer take about a second to
 * decode, 200 about a twenty-fifth of that each. More calls, far less time.
 */
import { pageSize, type ListView } from "@pilot/sdk/readPaging";

const ETHERS_DECODE_ROWS = 200;

export const cliPageSize = (view: ListView): number => Math.min(pageSize(view), ETHERS_DECODE_ROWS);
