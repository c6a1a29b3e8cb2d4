import { useId } from 'react';
import { FaultControls } from './fault-controls';
import { FLOWS, flowInfo, type FlowKind } from './flow-kinds';
import type { Faults } from './use-faults';
import type { FlowLabState } from './use-flow-lab';

interface PresenterBarProps {
  lab: FlowLabState;
  faults: Faults;
  region: string;
  ready: boolean;
  onReset: () => void;
  onExit: () => void;
}

/** What an instructor needs on stage: run a flow, break the fleet, reset, leave. */
export function PresenterBar({ lab, faults, region, ready, onReset, onExit }: PresenterBarProps) {
  const flowId = useId();
  const resetHelp = useId();
  const canRun = ready && lab.busy === false && lab.key !== null && lab.context.ok && lab.missing === null;
  return (
    <div className="presenter-bar">
      <div className="presenter-bar__row">
        <h2 className="presenter-bar__title">Presenter mode</h2>
        <div className="presenter-bar__run">
          <label htmlFor={flowId}>Flow</label>
          <select id={flowId} value={lab.kind} onChange={(event) => lab.setKind(event.target.value as FlowKind)}>
            {FLOWS.map((flow) => (
              <option key={flow.kind} value={flow.kind}>
                {flow.label}
              </option>
            ))}
          </select>
          <button type="button" className="button button--primary button--small" disabled={!canRun} onClick={() => void lab.start()}>
            {lab.busy === 'flow' ? 'Running…' : `Run ${flowInfo(lab.kind).label}`}
          </button>
        </div>
        <button type="button" className="button button--secondary button--small" aria-describedby={resetHelp} aria-keyshortcuts="R" disabled={lab.busy !== false} onClick={onReset}>
          {lab.busy === 'reset' ? 'Resetting…' : 'Reset (R)'}
        </button>
        <button type="button" className="button button--secondary button--small" aria-keyshortcuts="P Escape" onClick={onExit}>
          Leave (Esc)
        </button>
      </div>
      <p id={resetHelp} className="presenter-bar__help">
        Reset clears the flow, brings every AZ of {region} back up, restores the quota and selects a fresh demo key
        {lab.key ? ` (now: ${lab.key.Description || lab.key.KeyId})` : ''}. Your other keys are left as they are.
        {lab.missing && ` ${lab.missing}`}
      </p>
      <FaultControls faults={faults} region={region} />
    </div>
  );
}
