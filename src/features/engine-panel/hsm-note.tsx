import type { PayloadSummary } from '../../engine/index';
import { formatCount } from './bytes';
import { useEngine } from '../../stores/engine-context';

const NO_CROSSINGS: readonly never[] = [];

const list = (payload: readonly PayloadSummary[]) =>
  payload.length === 0 ? 'nothing' : payload.map((item) => `${item.name} (${formatCount(item.bytes)} B)`).join(', ');

/**
 * Which HSM served a request and what crossed the Worker boundary, read from the engine's
 * hsm.message events for that request id. Sizes and kinds only: the events never carry bytes.
 */
export function HsmNote({ requestId }: { requestId: string | undefined }) {
  const crossings = useEngine((state) => (requestId ? state.hsmCallsOf(requestId) : undefined) ?? NO_CROSSINGS);
  if (crossings.length === 0) return null;
  return (
    <div className="hsm-note">
      {crossings.map((crossing, i) => (
        <p key={i}>
          <span className="hsm-note__chip">{crossing.hsmId}</span> ran <code>{crossing.hsmOperation}</code> in the Web Worker. In:{' '}
          {list(crossing.sent)}. Out: {list(crossing.received)}.
          {[...crossing.sent, ...crossing.received].some((item) => item.kind === 'key-token') &&
            ' The key itself never crossed, only its wrapped token.'}
        </p>
      ))}
    </div>
  );
}
