/** Paste-a-hash input with validation (0x + 64 hex characters). */
import { useId, useState } from "react";
import type { Hex } from "viem";
import { parseBytes32Hex } from "../lib/hash";

export function HashInput({ onHash, label = "Or paste a SHA-256 hash" }: { readonly onHash: (hash: Hex) => void; readonly label?: string }) {
  const id = useId();
  const [value, setValue] = useState("");
  const [error, setError] = useState<string | undefined>();

  const submit = () => {
    const check = parseBytes32Hex(value);
    if (check.ok) {
      setError(undefined);
      onHash(check.value);
    } else setError(check.reason);
  };

  return (
    <form
      className="hash-input"
      onSubmit={(e) => {
        e.preventDefault();
        submit();
      }}
      noValidate
    >
      <label htmlFor={id} className="field__label">
        {label}
      </label>
      <div className="hash-input__row">
        <input
          id={id}
          className="input mono"
          value={value}
          onChange={(e) => setValue(e.target.value)}
          placeholder="0x…"
          spellCheck={false}
          autoComplete="off"
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? `${id}-error` : undefined}
        />
        <button type="submit" className="btn btn--secondary">
          Use hash
        </button>
      </div>
      {error ? (
        <p id={`${id}-error`} className="error-text" role="alert">
          {error}
        </p>
      ) : null}
    </form>
  );
}
