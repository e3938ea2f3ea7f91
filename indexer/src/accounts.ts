/** The `account` table: an account's current entitlements, as the events tell (mirrors `getAccount`). */
import type { Context } from "ponder:registry";
import { account } from "ponder:schema";

type Db = Context["db"];
type AccountRow = typeof account.$inferSelect;
type AccountChange = Partial<Omit<AccountRow, "address">>;

const EMPTY = { entityId: 0, zoneAdminOf: 0, regulatorFields: 0, expertFields: 0, nonce: 0n, officeExpiresAt: 0n } as const;

/** Applies `change` to the account's row, creating it (all zero) first when it has none. */
export async function updateAccount(db: Db, address: `0x${string}`, change: (row: AccountRow) => AccountChange): Promise<void> {
  const key = address.toLowerCase() as `0x${string}`;
  const fresh = { address: key, ...EMPTY };
  await db
    .insert(account)
    .values({ ...fresh, ...change(fresh) })
    .onConflictDoUpdate((row) => change(row));
}
