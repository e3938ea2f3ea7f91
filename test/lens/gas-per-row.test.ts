/**
 * The measurement behind the page maxima and the sdk's page sizes: eth_estimateGas of each list
 * view at 1 and 16 rows (the slope is the gas per row; the intercept the gas per call), on rows
 * like a production programme's and on rows at the string and signer caps issue 9 plans. Fails
 * when sdk/readPaging.ts's figures drift more than 10 % from what is measured, or when a full
 * page of rows at the caps needs more than half of the node's eth_call gas cap.
 * On BSN Spartan-I's EVM (istanbul, npm test's "mocha:spartan") a storage read costs 800 gas
 * instead of EIP-2929's 2,100 cold, so rows cost less than the sdk's figures, which are measured
 * under current pricing and size the pages on every chain: there the figures must not be below
 * what is measured (pages stay within the cap), and the full-page check is the same.
 */
import { expect } from "chai";
import hre, { network } from "hardhat";
import { GAS_PER_CALL, GAS_PER_ROW, GAS_PER_ROW_TYPICAL, MAX_PAGE, RPC_GAS_CAP, type ListView } from "@pilot/sdk/readPaging";
import { onIstanbul } from "../helpers/evm.js";
import { AT_CAPS, fillProgramme, TYPICAL, type Filled } from "./helpers/measure-rows.js";

const connection = await network.create();
const N = 16;

type Estimate = (n: number) => Promise<bigint>;

function estimators(d: Filled): Record<ListView, Estimate> {
  const r = d.reader;
  return {
    zones: (n) => r.zones.estimateGas(0, n),
    entities: (n) => r.entities.estimateGas(0, n),
    entityRows: (n) => r.entityRows.estimateGas(0, n),
    projects: (n) => r.projects.estimateGas(0, n),
    accounts: (n) => r.accounts.estimateGas(Array.from({ length: n }, (_, i) => d.accountList[i % d.accountList.length])),
    attestations: (n) => r.attestations.estimateGas(Array.from({ length: n }, (_, i) => d.uids[i % d.uids.length])),
    attestationsOf: (n) => d.programme.attestationsOf.estimateGas(d.hash, 0, n),
  };
}

async function slopes(d: Filled): Promise<Record<ListView, { perRow: bigint; perCall: bigint }>> {
  const out = {} as Record<ListView, { perRow: bigint; perCall: bigint }>;
  for (const [view, estimate] of Object.entries(estimators(d)) as [ListView, Estimate][]) {
    const one = await estimate(1);
    const many = await estimate(N);
    const perRow = (many - one) / BigInt(N - 1);
    out[view] = { perRow, perCall: one - perRow };
  }
  return out;
}

const within10 = (measured: bigint, figure: bigint) => measured * 10n >= figure * 9n && measured * 10n <= figure * 11n;

describe("gas per row of the list views (measured)", function () {
  // Under --coverage the bytecode is instrumented: its gas is not the shipped code's.
  before(function () {
    if (hre.globalOptions.coverage) this.skip();
  });
  this.timeout(120_000);
  let typical: Filled;
  let atCaps: Filled;

  before(async () => {
    typical = await fillProgramme(connection, TYPICAL, N, N);
    atCaps = await fillProgramme(
      connection,
      AT_CAPS,
      Math.max(MAX_PAGE.zones, MAX_PAGE.entities, MAX_PAGE.entityRows, MAX_PAGE.projects),
      MAX_PAGE.attestationsOf,
    );
  });

  it("matches sdk/readPaging.ts within 10 %, at the planned caps and on typical rows", async () => {
    const caps = await slopes(atCaps);
    const usual = await slopes(typical);
    const table = (Object.keys(caps) as ListView[]).map((view) => ({
      view,
      "typical gas/row": Number(usual[view].perRow),
      "at caps gas/row": Number(caps[view].perRow),
      "gas/call": Number(caps[view].perCall),
      "max rows": MAX_PAGE[view],
    }));
    console.table(table);
    for (const view of Object.keys(caps) as ListView[]) {
      if (onIstanbul(connection)) {
        // the sdk's figures (current pricing) are upper bounds here: pages sized from them fit
        expect(caps[view].perRow, `${view} at caps on istanbul: measured ${caps[view].perRow}, sdk says ${GAS_PER_ROW[view]}`).to.be.at.most(GAS_PER_ROW[view]);
        expect(usual[view].perRow, `${view} typical on istanbul: measured ${usual[view].perRow}, sdk says ${GAS_PER_ROW_TYPICAL[view]}`).to.be.at.most(
          GAS_PER_ROW_TYPICAL[view],
        );
      } else {
        expect(within10(caps[view].perRow, GAS_PER_ROW[view]), `${view} at caps: measured ${caps[view].perRow}, sdk says ${GAS_PER_ROW[view]}`).to.equal(true);
        expect(
          within10(usual[view].perRow, GAS_PER_ROW_TYPICAL[view]),
          `${view} typical: measured ${usual[view].perRow}, sdk says ${GAS_PER_ROW_TYPICAL[view]}`,
        ).to.equal(true);
      }
      expect(caps[view].perCall, `${view}: gas per call`).to.be.at.most(GAS_PER_CALL);
    }
  });

  it("a full page of rows at the planned caps needs at most half the eth_call gas cap", async () => {
    const half = RPC_GAS_CAP / 2n;
    const full: { view: ListView; rows: number; gas: number; "share of cap": string }[] = [];
    for (const [view, estimate] of Object.entries(estimators(atCaps)) as [ListView, Estimate][]) {
      const gas = await estimate(MAX_PAGE[view]);
      full.push({ view, rows: MAX_PAGE[view], gas: Number(gas), "share of cap": `${((Number(gas) / Number(RPC_GAS_CAP)) * 100).toFixed(1)} %` });
      expect(gas, `${view}(${MAX_PAGE[view]} rows): ${gas} gas`).to.be.at.most(half);
    }
    console.table(full);
  });
});
