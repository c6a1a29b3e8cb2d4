// Collects what a flow needs, in the order it happens: every engine event while recording, plus the
// envelope layer's events and the app's own reports that the caller forwards. The timeline is
// built from these afterwards, keeping only the requests the caller made.

import type { EventStream } from '../engine/index';
import type { EnvelopeEvent } from '../envelope/index';
import type { AppEvent, FlowInput } from './types';

export interface FlowRecorder {
  readonly inputs: readonly FlowInput[];
  /** Pass as encryptFile's / decryptFile's onEvent (a plain function: it needs no `this`). */
  envelope: (event: EnvelopeEvent) => void;
  app: (event: AppEvent) => void;
  stop: () => void;
}

export function recordFlow(events: EventStream): FlowRecorder {
  const inputs: FlowInput[] = [];
  const unsubscribe = events.subscribe((event) => inputs.push({ source: 'engine', event }));
  return {
    inputs,
    envelope: (event) => {
      // The wipe event hands over the real (wiped) buffer; the timeline needs only its verdict.
      inputs.push({ source: 'envelope', event: event.type === 'data-key-wiped' ? { ...event, buffer: new Uint8Array(0) } : event });
    },
    app: (event) => inputs.push({ source: 'app', event }),
    stop: unsubscribe,
  };
}
