// "Run 1,000 GenerateDataKey": a real burst through the app's engine, many requests in flight. The
// events are only collected while it runs (no per-event rendering); the timeline, collapsed into
// counts, is built once at the end. Each plaintext data key is wiped as soon as it arrives: the
// burst has no use for them, and that is the habit to show (S13).

import type { EventStream } from '../../engine/index';
import { buildTimeline, recordFlow, type Timeline } from '../../flows/index';
import type { Call } from '../../stores/key-list';

export const BURST_SIZE = 1000;
const IN_FLIGHT = 64;

export interface BurstProgress {
  done: number;
  total: number;
}

export async function runBurst(
  call: Call,
  events: EventStream,
  region: string,
  keyId: string,
  onProgress: (progress: BurstProgress) => void,
  total = BURST_SIZE,
): Promise<Timeline> {
  const recorder = recordFlow(events);
  const requestIds = new Set<string>();
  let started = 0;
  let done = 0;
  const lane = async () => {
    while (started < total) {
      started++;
      const outcome = await call('GenerateDataKey', { KeyId: keyId, KeySpec: 'AES_256' }, { region });
      if (outcome.requestId) requestIds.add(outcome.requestId);
      if (outcome.ok && outcome.output.Plaintext instanceof Uint8Array) outcome.output.Plaintext.fill(0);
      done++;
      onProgress({ done, total });
    }
  };
  try {
    await Promise.all(Array.from({ length: IN_FLIGHT }, lane));
  } finally {
    recorder.stop();
  }
  return buildTimeline(recorder.inputs, { requestIds });
}
