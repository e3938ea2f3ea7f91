/** Drop a file (or pick one with the keyboard) to hash it locally with SHA-256. */
import { useId, useRef, useState, type DragEvent } from "react";
import type { Hex } from "viem";
import { Trans, useTranslation } from "react-i18next";
import { sha256File } from "@pilot/sdk/hashing";
import { HashDisplay } from "./HashDisplay";
import { HashInput } from "./HashInput";

export interface HashedDocument {
  readonly hash: Hex;
  readonly fileName?: string;
  readonly size?: number;
}

/** `onCleared`: the shown document was dropped (a pasted hash was not a hash), so what was read for it no longer applies. */
export function FileHashDropZone({ onHashed, onCleared }: { readonly onHashed: (doc: HashedDocument) => void; readonly onCleared?: () => void }) {
  const { t } = useTranslation();
  const inputId = useId();
  const fileInput = useRef<HTMLInputElement>(null);
  const [dragging, setDragging] = useState(false);
  const [busy, setBusy] = useState(false);
  const [result, setResult] = useState<HashedDocument | undefined>();
  const [error, setError] = useState<string | undefined>();
  // Remounts the paste box when a file is picked: its text and error belonged to the previous document.
  const [pasteKey, setPasteKey] = useState(0);

  const hashFile = async (file: File) => {
    setBusy(true);
    setError(undefined);
    try {
      const doc = { hash: await sha256File(file), fileName: file.name, size: file.size };
      setResult(doc);
      setPasteKey((k) => k + 1);
      onHashed(doc);
    } catch (e) {
      setError(e instanceof Error ? e.message : t("hash.readError"));
    } finally {
      setBusy(false);
    }
  };

  const onDrop = (e: DragEvent<HTMLDivElement>) => {
    e.preventDefault();
    setDragging(false);
    const file = e.dataTransfer.files[0];
    if (file) void hashFile(file);
  };

  return (
    <div className="dropzone-wrap">
      <div
        className={`dropzone${dragging ? " dropzone--active" : ""}`}
        onDragOver={(e) => {
          e.preventDefault();
          setDragging(true);
        }}
        onDragLeave={() => setDragging(false)}
        onDrop={onDrop}
        data-testid="dropzone"
      >
        <svg className="dropzone__icon" viewBox="0 0 48 48" aria-hidden="true">
          <path d="M14 6h14l10 10v26H14z" fill="none" stroke="currentColor" strokeWidth="2.5" strokeLinejoin="round" />
          <path d="M28 6v10h10M26 24v12M20 30l6-6 6 6" fill="none" stroke="currentColor" strokeWidth="2.5" strokeLinecap="round" strokeLinejoin="round" />
        </svg>
        <p>
          <Trans i18nKey="hash.drop" components={{ b: <strong />, label: <label htmlFor={inputId} className="link-button" /> }} />
        </p>
        <p className="muted small">{t("hash.local")}</p>
        <input
          id={inputId}
          ref={fileInput}
          type="file"
          className="visually-hidden-focusable"
          onChange={(e) => {
            const file = e.target.files?.[0];
            if (file) void hashFile(file);
          }}
        />
      </div>
      <div aria-live="polite" className="dropzone__result">
        {busy ? <p className="muted">{t("hash.hashing")}</p> : null}
        {error ? <p className="error-text">{error}</p> : null}
        {result && !busy ? (
          <div className="hash-result" data-testid="hash-result">
            <span className="field__label">{result.fileName ? t("hash.shaOf", { name: result.fileName }) : t("hash.hash")}</span>
            <HashDisplay value={result.hash} full />
          </div>
        ) : null}
      </div>
      <HashInput
        key={pasteKey}
        onInvalid={() => {
          // The error is about the pasted text: the previous document's result must not stand beside it.
          setResult(undefined);
          setError(undefined);
          onCleared?.();
        }}
        onHash={(hash) => {
          setError(undefined);
          const doc = { hash };
          setResult(doc);
          onHashed(doc);
        }}
      />
    </div>
  );
}
