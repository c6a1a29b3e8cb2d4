import { useCallback, useEffect, useRef, useState } from 'react';
import { contextRow, type ContextRow } from '../../components/context-rows';
import { isEnvelopeError, readPackageHeader, type EnvelopeProgress, type PackageHeader } from '../../envelope/index';
import type { FlowInput } from '../../flows/index';
import { openPackage, originalName, PACKAGE_SUFFIX, sealFile, type Recorded } from './run-envelope';
import { useEngine } from '../../stores/engine-context';

// The file lab's state: the file and package chosen, each operation's progress and outcome, the
// downloads (object URLs, revoked when replaced or when the page goes), and the file's journey.

export interface Download {
  url: string;
  name: string;
  bytes: number;
  summary: string;
}

export type Outcome =
  | { kind: 'idle' }
  | { kind: 'working'; progress: EnvelopeProgress }
  | { kind: 'done'; download: Download }
  | { kind: 'failed'; code: string; message: string }
  | { kind: 'cancelled' };

export interface Journey {
  inputs: readonly FlowInput[];
  requestIds: readonly string[];
  version: number;
  /** What the last operation was: playback starts where it began. */
  latest: 'seal' | 'open' | null;
}

const describeError = (error: unknown): { code: string; message: string } =>
  isEnvelopeError(error) ? { code: error.code, message: error.message } : { code: error instanceof Error ? error.name : 'Error', message: error instanceof Error ? error.message : String(error) };

export function useFileLab(region: string) {
  const call = useEngine((state) => state.call);
  const kms = useEngine((state) => state.kms);
  const [file, setFile] = useState<File | null>(null);
  const [pkg, setPkg] = useState<File | null>(null);
  const [header, setHeader] = useState<PackageHeader | { problem: string } | null>(null);
  const [rows, setRows] = useState<ContextRow[]>(() => [contextRow('purpose', 'backup')]);
  const [expectedRows, setExpectedRows] = useState<ContextRow[]>([]);
  const [sealing, setSealing] = useState<Outcome>({ kind: 'idle' });
  const [opening, setOpening] = useState<Outcome>({ kind: 'idle' });
  const [journey, setJourney] = useState<Journey>({ inputs: [], requestIds: [], version: 0, latest: null });
  const controller = useRef<AbortController | null>(null);
  const slots = useRef<{ seal: string | null; open: string | null }>({ seal: null, open: null });
  const frame = useRef(0);

  // Leaving the page cancels any run and lets go of the downloads' bytes.
  useEffect(() => {
    const live = slots.current;
    return () => {
      controller.current?.abort();
      for (const url of [live.seal, live.open]) if (url) URL.revokeObjectURL(url);
    };
  }, []);

  /** Replaces the download of one slot (the package, or the opened original): the old URL is revoked. */
  const download = (slot: 'seal' | 'open', blob: Blob, name: string, summary: string): Download => {
    const previous = slots.current[slot];
    if (previous) URL.revokeObjectURL(previous);
    const url = URL.createObjectURL(blob);
    slots.current[slot] = url;
    return { url, name, bytes: blob.size, summary };
  };

  async function run<T>(
    setOutcome: (update: (previous: Outcome) => Outcome) => void,
    body: (signal: AbortSignal, onProgress: (progress: EnvelopeProgress) => void) => Promise<Recorded<T>>,
    finish: (result: T) => Download,
    kind: 'seal' | 'open',
  ) {
    // Opening after sealing in this visit continues the same journey; anything else starts a new one.
    const append = kind === 'open' && sealing.kind === 'done';
    controller.current?.abort();
    const mine = new AbortController();
    controller.current = mine;
    setOutcome(() => ({ kind: 'working', progress: { bytesDone: 0, bytesTotal: 0, elapsedMs: 0 } }));
    // Progress reaches the screen at most once a frame.
    const onProgress = (progress: EnvelopeProgress) => {
      cancelAnimationFrame(frame.current);
      frame.current = requestAnimationFrame(() => setOutcome((previous) => (previous.kind === 'working' ? { kind: 'working', progress } : previous)));
    };
    const recorded = await body(mine.signal, onProgress);
    cancelAnimationFrame(frame.current);
    if (controller.current === mine) controller.current = null;
    setJourney((previous) => ({
      inputs: append ? [...previous.inputs, ...recorded.inputs] : recorded.inputs,
      requestIds: append ? [...previous.requestIds, ...recorded.requestIds] : recorded.requestIds,
      version: previous.version + 1,
      latest: kind,
    }));
    if (recorded.result !== undefined) {
      const done: Outcome = { kind: 'done', download: finish(recorded.result) };
      setOutcome(() => done);
    } else if (mine.signal.aborted) setOutcome(() => ({ kind: 'cancelled' }));
    else {
      const failed: Outcome = { kind: 'failed', ...describeError(recorded.error) };
      setOutcome(() => failed);
    }
  }

  const seal = async (keyId: string, context: Record<string, string> | undefined) => {
    if (!kms || !file) return;
    await run(
      setSealing,
      (signal, onProgress) => sealFile(call, kms.events, region, file, keyId, context, { signal, onProgress }),
      (sealed) => download('seal', sealed.blob, `${file.name}${PACKAGE_SUFFIX}`, `${sealed.frameCount} ${sealed.frameCount === 1 ? 'frame' : 'frames'} of up to ${sealed.frameSize / 1024} KiB, after a ${sealed.headerBytes}-byte header`),
      'seal',
    );
  };

  const open = async (expected: Record<string, string> | undefined) => {
    if (!kms || !pkg) return;
    await run(
      setOpening,
      (signal, onProgress) => openPackage(call, kms.events, region, pkg, expected, { signal, onProgress }),
      (opened) => download('open', opened.blob, originalName(pkg.name), `all ${opened.frameCount} ${opened.frameCount === 1 ? 'frame' : 'frames'} verified`),
      'open',
    );
  };

  const choosePackage = useCallback((chosen: File) => {
    setPkg(chosen);
    setOpening({ kind: 'idle' });
    setHeader(null);
    // What the header claims, before anything is verified: the key, the context, the frames.
    readPackageHeader(chosen).then(setHeader, (error: unknown) => setHeader({ problem: describeError(error).message }));
  }, []);

  return {
    file,
    chooseFile: (chosen: File) => {
      setFile(chosen);
      setSealing({ kind: 'idle' });
    },
    pkg,
    choosePackage,
    header,
    rows,
    setRows,
    expectedRows,
    setExpectedRows,
    sealing,
    opening,
    journey,
    seal,
    open,
    cancel: () => controller.current?.abort(),
  };
}

export type FileLabState = ReturnType<typeof useFileLab>;
