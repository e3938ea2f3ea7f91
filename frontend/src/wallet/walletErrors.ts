/** Human-readable messages for wallet / JSON-RPC errors, in the active language (the standard EIP-1193 codes). */
import i18n from "../i18n";

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
  if (code === 4001) return i18n.t("walletErrors.rejected");
  if (code === 4100) return i18n.t("walletErrors.unauthorised");
  if (code === 4902) return i18n.t("walletErrors.unknownChain");
  if (code === -32002) return i18n.t("walletErrors.pending");
  if (error instanceof Error) {
    const short = (error as { shortMessage?: unknown }).shortMessage;
    return typeof short === "string" ? short : error.message;
  }
  return i18n.t("walletErrors.generic");
}
