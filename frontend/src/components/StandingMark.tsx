/** "former signer" / "former office" next to an attester or revoker that no longer holds the role (data/standing.ts). */
import { STANDING_LABEL, type Standing } from "@sdk/standing";

const WHY: Readonly<Record<Exclude<Standing, "current">, string>> = {
  "former-signer": "This key is no longer a signer of the entity: it was removed (or moved) after it signed. The chain checked it when it signed.",
  "former-office": "This account no longer holds the office that let it act here (dismissed or moved since). The chain checked it at the time.",
};

export function StandingMark({ standing }: { readonly standing: Standing | undefined }) {
  if (standing === undefined || standing === "current") return null;
  return (
    <span className="tag tag--warn" title={WHY[standing]} data-testid="standing-mark" data-standing={standing}>
      {STANDING_LABEL[standing]}
    </span>
  );
}
