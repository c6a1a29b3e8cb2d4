import { useCallback, useEffect, useRef, useState } from 'react';
import { contextFromRows, contextRow, type ContextRow } from '../../components/context-rows';
import type { Timeline } from '../../flows/index';
import type { KeySummary } from '../../stores/key-list';
import { flowInfo, type FlowKind } from './flow-kinds';
import { runBurst, type BurstProgress } from './run-burst';
import { runFlow, type FlowRun, type Sealed } from './run-flow';
import { useEngine } from '../../stores/engine-context';
import { useRegionKeys } from '../../stores/use-region-keys';

// The flow lab's state: which key and flow, the learner's text and context, the last run and what it
// left behind (a ciphertext for Decrypt and ReEncrypt, a package in the demo bucket).

export const DEFAULT_TEXT = 'Meet me at the HSM at noon.';
// 'a' is one byte of UTF-8, so this is exactly one byte over what Encrypt accepts (S9).
export const OVER_THE_LIMIT = 'a'.repeat(4097);

export type Busy = false | 'flow' | 'burst' | 'reset';

export function useFlowLab(region: string) {
  const call = useEngine((state) => state.call);
  const kms = useEngine((state) => state.kms);
  const ready = useEngine((state) => state.status === 'ready');
  const keyList = useRegionKeys({ ready, call, region, demoKeyDescription: 'Flows demo key' });
  const { createDemoKey } = keyList;
  const [chosenKey, setChosenKey] = useState<string | null>(null);
  const [kind, setKind] = useState<FlowKind>('envelope-encrypt');
  const [text, setText] = useState(DEFAULT_TEXT);
  const [rows, setRows] = useState<ContextRow[]>(() => [contextRow('purpose', 'demo')]);
  const [destination, setDestination] = useState<string | null>(null);
  const [run, setRun] = useState<FlowRun | null>(null);
  const [burst, setBurst] = useState<Timeline | null>(null);
  const [runCount, setRunCount] = useState(0);
  const [busy, setBusy] = useState<Busy>(false);
  const [progress, setProgress] = useState<BurstProgress | null>(null);
  const [sealed, setSealed] = useState<Sealed | null>(null);
  const [envelope, setEnvelope] = useState<Blob | null>(null);
  const frame = useRef(0);
  const shownRun = useRef<FlowRun | null>(null);

  // The display copy of a data key lives no longer than the run that showed it.
  const replaceRun = useCallback((next: FlowRun | null) => {
    shownRun.current?.dataKey?.shown.fill(0);
    shownRun.current = next;
    setRun(next);
  }, []);
  useEffect(
    () => () => {
      shownRun.current?.dataKey?.shown.fill(0);
    },
    [],
  );

  const key: KeySummary | null = keyList.keys.find((k) => k.KeyId === chosenKey) ?? keyList.keys.at(-1) ?? null;
  const destinationKey = keyList.keys.find((k) => k.KeyId === destination) ?? key;
  const context = contextFromRows(rows);
  const info = flowInfo(kind);
  const missing = info.needs === 'ciphertext' && !sealed ? 'Run “Encrypt a short text” first.' : info.needs === 'envelope' && !envelope ? 'Run “Envelope encryption” first.' : null;

  const start = useCallback(async () => {
    if (!kms || !key || !context.ok || missing) return;
    setBusy('flow');
    const result = await runFlow(call, kms.events, region, {
      kind,
      keyId: key.KeyId,
      text,
      context: context.context,
      sealed: sealed ?? undefined,
      envelope: envelope ?? undefined,
      ...(destinationKey && { destinationKeyId: destinationKey.KeyId }),
    });
    replaceRun(result);
    setBurst(null);
    if (result.sealed) setSealed(result.sealed);
    if (result.envelope) setEnvelope(result.envelope);
    setRunCount((n) => n + 1);
    setBusy(false);
  }, [kms, key, context, missing, call, region, kind, text, sealed, envelope, destinationKey, replaceRun]);

  const startBurst = useCallback(async () => {
    if (!kms || !key) return;
    setBusy('burst');
    setProgress({ done: 0, total: 0 });
    // Progress is drawn at most once a frame, however fast the responses arrive.
    const timeline = await runBurst(call, kms.events, region, key.KeyId, (next) => {
      cancelAnimationFrame(frame.current);
      frame.current = requestAnimationFrame(() => setProgress(next));
    });
    cancelAnimationFrame(frame.current);
    setProgress(null);
    replaceRun(null);
    setBurst(timeline);
    setRunCount((n) => n + 1);
    setBusy(false);
  }, [kms, key, call, region, replaceRun]);

  /** A clean scenario: no timeline, a fresh demo key selected. The learner's other keys stay. */
  const reset = useCallback(async () => {
    setBusy('reset');
    replaceRun(null);
    setBurst(null);
    setSealed(null);
    setEnvelope(null);
    setRunCount((n) => n + 1);
    const fresh = await createDemoKey();
    if (fresh) {
      setChosenKey(fresh.KeyId);
      setDestination(null);
    }
    setBusy(false);
  }, [createDemoKey, replaceRun]);

  return {
    keyList,
    key,
    chooseKey: setChosenKey,
    destinationKey,
    chooseDestination: setDestination,
    kind,
    setKind,
    text,
    setText,
    rows,
    setRows,
    context,
    missing,
    hasCiphertext: sealed !== null,
    hasEnvelope: envelope !== null,
    run,
    timeline: burst ?? run?.timeline ?? null,
    runCount,
    busy,
    progress,
    start,
    startBurst,
    reset,
  };
}

export type FlowLabState = ReturnType<typeof useFlowLab>;
