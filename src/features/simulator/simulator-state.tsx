import { useId, useState } from 'react';
import { SnapshotError, type SimulatorSnapshot } from '../../engine/index';
import { decodeSnapshotFile, encodeSnapshotFile, LIMITS, snapshotFileName } from '../../snapshot/index';
import type { EngineStore } from '../../stores/engine-store';
import { ConfirmDialog } from '../../components/confirm-dialog';
import { describeSnapshot } from './summary';

type Message = { kind: 'status' | 'error'; text: string } | null;
type Pending = { kind: 'import'; snapshot: SimulatorSnapshot; fileName: string } | { kind: 'reset' } | null;

function download(text: string, fileName: string) {
  const url = URL.createObjectURL(new Blob([text], { type: 'application/json' }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.click();
  // Give the browser the tick it needs to start the download before the URL goes.
  window.setTimeout(() => URL.revokeObjectURL(url), 0);
}

/**
 * Export the whole simulator to a file, import one back, or start again. Import and reset replace
 * everything in one storage write (the engine checks the file first and changes nothing if it does
 * not fit), then the engine is re-opened so every view shows the new state.
 */
export default function SimulatorState({ store }: { store: EngineStore }) {
  const [message, setMessage] = useState<Message>(null);
  const [pending, setPending] = useState<Pending>(null);
  const [busy, setBusy] = useState(false);
  // A new key for the file input after each choice, so choosing the same file again is a new choice.
  const [inputVersion, setInputVersion] = useState(0);
  const inputId = useId();
  const hintId = useId();

  const engine = () => {
    const kms = store.getState().kms;
    if (!kms) throw new Error('The engine has not started yet; try again in a moment.');
    return kms;
  };

  // The engine store re-opens from storage, so every view (keys, trail, clock) starts from the new state.
  const reopen = () => {
    store.getState().stop();
    store.getState().start();
  };

  async function exportFile() {
    try {
      const kms = engine();
      const snapshot = await kms.state.export();
      const fileName = snapshotFileName(snapshot.clock.now);
      download(encodeSnapshotFile(snapshot, new Date()), fileName);
      setMessage({ kind: 'status', text: `Exported ${describeSnapshot(snapshot)} as ${fileName}.` });
    } catch (error) {
      setMessage({ kind: 'error', text: `Not exported: ${error instanceof Error ? error.message : String(error)}` });
    }
  }

  async function chooseFile(file: File) {
    setInputVersion((version) => version + 1);
    if (file.size > LIMITS.fileChars * 4) {
      setMessage({ kind: 'error', text: `Not imported: ${file.name} is far larger than any simulator file. Nothing was changed.` });
      return;
    }
    const decoded = decodeSnapshotFile(await file.text());
    if (!decoded.ok) {
      setMessage({ kind: 'error', text: `Not imported: ${decoded.error} Nothing was changed.` });
      return;
    }
    setMessage(null);
    setPending({ kind: 'import', snapshot: decoded.snapshot, fileName: file.name });
  }

  async function confirm() {
    const task = pending;
    setPending(null);
    if (!task) return;
    setBusy(true);
    try {
      const kms = engine();
      if (task.kind === 'import') {
        await kms.state.import(task.snapshot);
        reopen();
        setMessage({ kind: 'status', text: `Imported ${describeSnapshot(task.snapshot)} from ${task.fileName}.` });
      } else {
        await kms.state.reset();
        reopen();
        setMessage({ kind: 'status', text: 'The simulator was reset: no keys, no aliases, no CloudTrail records, and the clock is back to today.' });
      }
    } catch (error) {
      const why = error instanceof SnapshotError ? error.message : error instanceof Error ? error.message : String(error);
      setMessage({ kind: 'error', text: `${task.kind === 'import' ? 'Not imported' : 'Not reset'}: ${why} Nothing was changed.` });
    } finally {
      setBusy(false);
    }
  }

  return (
    <div className="simulator-state">
      <section className="simulator-card" aria-labelledby={`${inputId}-export`}>
        <h2 id={`${inputId}-export`}>Export</h2>
        <p>
          Saves everything the simulator holds as one JSON file: your keys with their policies, tags, rotation state and exported key
          tokens, their aliases, the CloudTrail log with its hash chain, and the simulated clock. It never contains key material.
        </p>
        <p className="simulator-note">
          <strong>The file works fully only in this browser profile.</strong> Key tokens are wrapped under the HSM&rsquo;s domain
          keys, which stay in this browser profile and are never exported. Imported anywhere else, the keys, aliases and trail come
          back, but the keys cannot encrypt or decrypt (KMS answers <code>KMSInternalException</code>: the token does not unwrap).
        </p>
        <button type="button" className="button button--primary" onClick={() => void exportFile()}>
          Export simulator
        </button>
      </section>

      <section className="simulator-card" aria-labelledby={`${inputId}-import`}>
        <h2 id={`${inputId}-import`}>Import</h2>
        <p>
          Replaces everything with a file exported from KMS Lab. The file is checked first — its format, version, sizes, every
          field, and the trail&rsquo;s hash chain — and if anything does not fit, nothing changes.
        </p>
        <label htmlFor={inputId} className="simulator-file__label">
          Simulator file to import
        </label>
        <input
          key={inputVersion}
          id={inputId}
          type="file"
          accept="application/json,.json"
          className="simulator-file__input"
          aria-describedby={hintId}
          disabled={busy}
          onChange={(event) => {
            const chosen = event.target.files?.[0];
            if (chosen) void chooseFile(chosen);
          }}
        />
        <p id={hintId} className="simulator-file__hint">
          A <code>kms-lab-simulator</code> JSON file, version 1. You will be asked before anything is replaced.
        </p>
      </section>

      <section className="simulator-card simulator-card--danger" aria-labelledby={`${inputId}-reset`}>
        <h2 id={`${inputId}-reset`}>Reset</h2>
        <p>Deletes every key, alias and CloudTrail record and sets the clock back to today. Export first if you may want them back.</p>
        <button type="button" className="button button--danger" disabled={busy} onClick={() => setPending({ kind: 'reset' })}>
          Reset simulator
        </button>
      </section>

      <p className="simulator-message" role="status">
        {message?.kind === 'status' ? message.text : ''}
      </p>
      <p className="simulator-message simulator-message--error" role="alert">
        {message?.kind === 'error' ? message.text : ''}
      </p>

      {pending?.kind === 'import' && (
        <ConfirmDialog
          title="Replace the simulator with this file?"
          confirmLabel="Replace everything"
          tone="danger"
          onConfirm={() => void confirm()}
          onCancel={() => setPending(null)}
        >
          <p>
            {pending.fileName} holds {describeSnapshot(pending.snapshot)}. Everything the simulator holds now is replaced by it.
          </p>
        </ConfirmDialog>
      )}
      {pending?.kind === 'reset' && (
        <ConfirmDialog title="Reset the simulator?" confirmLabel="Reset simulator" tone="danger" onConfirm={() => void confirm()} onCancel={() => setPending(null)}>
          <p>Every key, alias and CloudTrail record is deleted and the clock goes back to today. This cannot be undone.</p>
        </ConfirmDialog>
      )}
    </div>
  );
}
