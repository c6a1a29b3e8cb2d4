import { useState } from 'react';
import '../styles/hex-view.css';

// Bytes as hex (offset, eight a row) or base64, with their size. Long buffers show their first part
// and say so. Presentational: the caller decides which bytes may be shown at all.

const toHex = (bytes: Uint8Array) => Array.from(bytes, (b) => b.toString(16).padStart(2, '0'));

function toBase64(bytes: Uint8Array): string {
  let binary = '';
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return btoa(binary);
}

export function HexView({ bytes, label, limit = 256, tone }: { bytes: Uint8Array; label: string; limit?: number; tone?: 'sensitive' | 'wiped' }) {
  const [mode, setMode] = useState<'hex' | 'base64'>('hex');
  const shown = bytes.subarray(0, limit);
  const hex = toHex(shown);
  const rows: string[] = [];
  // Eight bytes a row: it fits a narrow panel without wrapping mid-row.
  for (let i = 0; i < hex.length; i += 8) rows.push(`${i.toString(16).padStart(4, '0')}  ${hex.slice(i, i + 8).join(' ')}`);
  return (
    <div className={`hex-view${tone ? ` hex-view--${tone}` : ''}`}>
      <div className="hex-view__head">
        <p className="hex-view__label">
          {label} <span className="hex-view__size">· {bytes.length.toLocaleString('en-US')} bytes</span>
        </p>
        <div className="hex-view__modes" role="group" aria-label={`Show ${label} as`}>
          {(['hex', 'base64'] as const).map((m) => (
            <button key={m} type="button" className="hex-view__mode" aria-pressed={mode === m} onClick={() => setMode(m)}>
              {m === 'hex' ? 'Hex' : 'Base64'}
            </button>
          ))}
        </div>
      </div>
      {/* Wraps instead of scrolling, so it needs no focus stop of its own. */}
      <pre className="hex-view__bytes">
        {mode === 'hex' ? rows.join('\n') : toBase64(shown)}
      </pre>
      {bytes.length > limit && <p className="hex-view__note">Showing the first {limit} of {bytes.length.toLocaleString('en-US')} bytes.</p>}
    </div>
  );
}
