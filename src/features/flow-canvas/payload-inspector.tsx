import { useId, type ReactNode } from 'react';
import { HexView } from '../../components/hex-view';
import { KeyGlyph } from '../../components/flow-diagram/key-glyph';
import { crossingWords, type Crossing, type FlowStep } from '../../flows/index';
import type { FlowRun } from './run-flow';

// The bytes behind a step, where this page has them: the learner's own request and response members
// (from its own call, never from events), the package it stored, and the data key, shown as it
// arrived and then, at the wipe, read again from the very buffer KMS returned.

const textOf = (bytes: Uint8Array): string | null => {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return null;
  }
};

const isAllZero = (bytes: Uint8Array) => bytes.every((byte) => byte === 0);

interface InspectorProps {
  step: FlowStep | undefined;
  run: FlowRun | null;
  /** The display copy of the data key is gone once playback has passed the wipe. */
  shownKeyGone: boolean;
  wipeStep: number | undefined;
}

function MemberBytes({ item, step, run, shownKeyGone, wipeStep }: InspectorProps & { item: Crossing; run: FlowRun; step: FlowStep }) {
  const record = step.requestId ? run.requests.get(step.requestId) : undefined;
  const value = item.member && record ? (item.member.side === 'input' ? record.input : record.output)?.[item.member.name] : undefined;
  // Only where the key reaches the app (the response), not inside KMS on the way there.
  if (item.sensitive && item.member && run.dataKey) {
    if (shownKeyGone) {
      return <p className="inspector__note inspector__note--wiped">The plaintext data key was wiped at step {(wipeStep ?? 0) + 1}; this page dropped its display copy too. Its bytes exist nowhere any more.</p>;
    }
    return (
      <>
        <HexView bytes={run.dataKey.shown} label="Plaintext data key, as it arrived" tone="sensitive" />
        <p className="inspector__note inspector__note--sensitive">
          <KeyGlyph /> Secret: anyone holding these 32 bytes can read the data. The app will wipe them before it encrypts anything.
        </p>
      </>
    );
  }
  if (!(value instanceof Uint8Array)) return null;
  const text = item.kind === 'plaintext' ? textOf(value) : null;
  return (
    <>
      <HexView bytes={value} label={item.label} />
      {text !== null && <p className="inspector__text">“{text.length > 200 ? `${text.slice(0, 200)}…` : text}”</p>}
    </>
  );
}

function WipeProof({ run }: { run: FlowRun }) {
  const key = run.dataKey;
  if (!key) return null;
  // Read again now, at render time, from the buffer GenerateDataKey (or Decrypt) returned.
  const zero = isAllZero(key.buffer);
  return (
    <>
      <HexView bytes={key.buffer} label="The data key buffer KMS returned, read again now" tone="wiped" />
      <ul className="inspector__proof">
        <li>{zero ? `✓ All ${key.buffer.length} bytes are zero.` : '✕ Some bytes are not zero.'}</li>
        <li>{key.sameBuffer ? '✓ It is the same Uint8Array the envelope layer wiped, not a copy.' : '✕ The wiped buffer was not the one KMS returned.'}</li>
        <li>The key lives on only inside WebCrypto, as a non-extractable key no code can read back.</li>
      </ul>
    </>
  );
}

export function PayloadInspector(props: InspectorProps) {
  const { step, run } = props;
  const titleId = useId();
  let body: ReactNode;
  if (!step) body = <p className="inspector__note">Nothing yet: run a flow and step through it.</p>;
  else if (step.kind === 'wipe' && run) body = <WipeProof run={run} />;
  else if ((step.kind === 'seal' || step.kind === 'store' || step.kind === 'fetch') && run?.packageBytes) {
    body = <HexView bytes={run.packageBytes} label="The package: header with the encrypted data key, then the sealed frames" />;
  } else if (step.kind === 'open' && run?.opened) {
    body = (
      <>
        <HexView bytes={run.opened} label="The original data, verified" />
        <p className="inspector__text">“{textOf(run.opened) ?? '(not UTF-8 text)'}”</p>
      </>
    );
  } else {
    const shown = run ? step.crossed.map((item, i) => <MemberBytes key={i} {...props} item={item} run={run} step={step} />) : [];
    const withBytes = step.crossed.some((item) => item.member);
    body =
      withBytes && run ? (
        shown
      ) : (
        <p className="inspector__note">Sizes only: this step happens inside KMS, where your app cannot see the bytes. The events that drew it carry kinds and sizes, never contents.</p>
      );
  }
  return (
    <section className="inspector" aria-labelledby={titleId}>
      <h2 id={titleId} className="inspector__title">
        Payload inspector
      </h2>
      {step && step.crossed.length > 0 && (
        <p className="inspector__sizes">
          {step.crossed.map(crossingWords).join(' · ')}
        </p>
      )}
      {body}
    </section>
  );
}
