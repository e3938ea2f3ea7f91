/** Human-readable messages for wallet / JSON-RPC errors. */

function codeOf(error: unknown): number | undefined {
  let current: unknown = error;
  for (let depth = 0; depth < 5 && typeof current === "object" && current !== null; depth++) {
    const code = (current as { code?: unknown }).code;
    if (typeof code === "number") return code;
    current = (current as { cause?: unknown }).cause;
  }
  return undefined;
}

export function isUserRejection(error: unknown): boolean {
  return codeOf(error) === 4001;
}

export function walletErrorMessage(error: unknown): string {
  const code = codeOf(error);
  if (code === 4001) return "You rejected the request in your wallet.";
  if (code === 4100) return "The wallet has not authorised this site or account.";
  if (code === 4902) return "The wallet does not know this network.";
  if (code === -32002) return "A request is already pending in your wallet.";
  if (error instanceof Error) {
    const short = (error as { shortMessage?: unknown }).shortMessage;
    return typeof short === "string" ? short : error.message;
  }
  return "Something went wrong.";
}
