import { useId, useRef, useState } from 'react';
import type { TrailEntry } from '../../engine/index';
import { checkLogFileSize, logFileName, logFileText, parseLogFile, MAX_LOG_FILE_BYTES, type ImportedLog } from './log-file';
import { countText } from './format';

interface LogFileControlsProps {
  /** The events in view, newest first: what Download writes. */
  entries: readonly TrailEntry[];
  accountId: string;
  region: string;
  now: () => number;
  onImported: (log: ImportedLog) => void;
}

function randomSuffix(): string {
  const bytes = globalThis.crypto.getRandomValues(new Uint8Array(8));
  return Array.from(bytes, (byte) => byte.toString(16).padStart(2, '0')).join('');
}

/** Download the events in view as a CloudTrail log file, and read one back in to inspect it. */
export function LogFileControls({ entries, accountId, region, now, onImported }: LogFileControlsProps) {
  const titleId = useId();
  const input = useRef<HTMLInputElement>(null);
  const [message, setMessage] = useState<{ kind: 'ok' | 'error'; text: string } | null>(null);
  const [reading, setReading] = useState(false);

  const download = () => {
    const name = logFileName(accountId, region, now(), randomSuffix());
    const url = URL.createObjectURL(new Blob([logFileText(entries)], { type: 'application/json' }));
    const link = document.createElement('a');
    link.href = url;
    link.download = name;
    link.click();
    setTimeout(() => URL.revokeObjectURL(url), 10_000);
    setMessage({ kind: 'ok', text: `Downloaded ${name} with ${countText(entries.length, 'record', 'records')}.` });
  };

  const readFile = async (file: File) => {
    const tooBig = checkLogFileSize(file.size);
    if (tooBig) {
      setMessage({ kind: 'error', text: `${file.name}: ${tooBig} Nothing was imported.` });
      return;
    }
    setReading(true);
    setMessage(null);
    const outcome = parseLogFile(await file.text(), file.name);
    setReading(false);
    if (!outcome.ok) {
      setMessage({ kind: 'error', text: `${file.name}: ${outcome.error}` });
      return;
    }
    setMessage({ kind: 'ok', text: `Imported ${file.name}: ${countText(outcome.log.entries.length, 'record', 'records')}. You are now viewing the file, not the live trail.` });
    onImported(outcome.log);
  };

  return (
    <section className="panel-card trail-files" aria-labelledby={titleId}>
      <h2 id={titleId} className="panel-card__title">
        Log files
      </h2>
      <p className="panel-card__hint">
        CloudTrail delivers events to S3 as log files: JSON objects with a <code>Records</code> array. Download the events in view as
        one, or open a log file to inspect it here (up to {MAX_LOG_FILE_BYTES / (1024 * 1024)} MB; it is only read, never added to the
        live trail).
      </p>
      <div className="trail-files__actions">
        <button type="button" className="button button--secondary" onClick={download} disabled={entries.length === 0}>
          Download log file ({countText(entries.length, 'event', 'events')})
        </button>
        <button type="button" className="button button--secondary" onClick={() => input.current?.click()} disabled={reading}>
          {reading ? 'Reading the file…' : 'Import log file…'}
        </button>
        <input
          ref={input}
          hidden
          type="file"
          accept=".json,application/json"
          aria-label="CloudTrail log file to import"
          onChange={(event) => {
            const file = event.target.files?.[0];
            event.target.value = '';
            if (file) void readFile(file);
          }}
        />
      </div>
      <p className={`trail-files__message${message?.kind === 'error' ? ' trail-files__message--error' : ''}`} role="status">
        {message?.text}
      </p>
    </section>
  );
}
