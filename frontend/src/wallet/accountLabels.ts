/** Role labels per address, from the deployment (filled by the seed script). */
import { deployment } from "../config/loadDeployment";

export function accountLabel(address: string | undefined, labels: Readonly<Record<string, string>> = deployment.accountLabels): string | undefined {
  return address ? labels[address.toLowerCase()] : undefined;
}
