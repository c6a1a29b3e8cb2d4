import { useEffect, useId, useMemo, useState } from 'react';
import { StepTable } from '../../components/flow-diagram/step-table';
import { usePlayback } from '../../components/flow-diagram/use-playback';
import type { EngineStore } from '../../stores/engine-store';
import { BurstSummaryView } from './burst-summary';
import { PayloadInspector } from './payload-inspector';
import { PresenterBar } from './presenter-bar';
import { PresenterDialog } from './presenter-dialog';
import { SetupPanel } from './setup-panel';
import { Stage } from './stage';
import { EngineStoreContext, useEngine } from '../../stores/engine-context';
import { useFaults } from './use-faults';
import { useFlowLab } from './use-flow-lab';
import { useShortcuts } from './use-shortcuts';
import '../../styles/flow-canvas.css';
import '../../styles/presenter.css';

const NO_AZS: readonly string[] = [];

/**
 * Watch KMS work: run a flow for real against the app's engine, then play its steps back on the
 * canvas, one at a time, with captions, the bytes that crossed and a presenter mode for the classroom.
 */
export default function FlowLab({ store, region }: { store: EngineStore; region: string }) {
  return (
    <EngineStoreContext value={store}>
      <LabBody region={region} />
    </EngineStoreContext>
  );
}

function LabBody({ region }: { region: string }) {
  const ids = { stage: useId(), steps: useId() };
  const ready = useEngine((state) => state.status === 'ready');
  const azs = useEngine((state) => state.kms?.regions.find((r) => r.name === region)?.azs) ?? NO_AZS;
  const lab = useFlowLab(region);
  const faults = useFaults(region);
  const { timeline, run } = lab;
  const steps = timeline?.steps ?? [];
  const playback = usePlayback(steps.length, lab.runCount);
  const [presenting, setPresenting] = useState(false);
  const downAzs = useMemo(() => new Set(faults.health?.azs.filter((az) => !az.serving).map((az) => az.az)), [faults.health]);

  // The data key's display copy goes once playback has shown the wipe: it was only there to be seen.
  const wipeStep = steps.findIndex((step) => step.kind === 'wipe');
  const shownKeyGone = wipeStep >= 0 && playback.reached >= wipeStep;
  useEffect(() => {
    if (shownKeyGone) run?.dataKey?.shown.fill(0);
  }, [shownKeyGone, run]);

  const resetScenario = () => {
    faults.restore();
    void lab.reset();
  };
  useShortcuts({
    toggle: playback.toggle,
    next: playback.next,
    previous: playback.previous,
    first: playback.first,
    last: playback.last,
    presenter: () => setPresenting((on) => !on),
    reset: presenting && lab.busy === false ? resetScenario : undefined,
    exit: presenting ? () => setPresenting(false) : undefined,
  });

  const stage = (inPresenter: boolean) => (
    <Stage timeline={timeline} playback={playback} region={region} azs={azs} downAzs={downAzs} presenting={inPresenter} />
  );

  return (
    <div className="flow-lab">
      <div className="flow-lab__top">
        <SetupPanel lab={lab} region={region} ready={ready} />
        <section className="flow-stage" aria-labelledby={ids.stage}>
          <div className="flow-stage__head">
            <h2 id={ids.stage} className="flow-stage__title">
              {run || timeline ? `The flow: ${timeline?.burst ? `${timeline.burst.requests} × ${timeline.burst.operation}` : (run?.timeline.requests.map((r) => r.operation).join(' + ') || 'local steps')}` : 'The flow'}
            </h2>
            <button type="button" className="button button--secondary button--small" aria-keyshortcuts="P" onClick={() => setPresenting(true)}>
              Presenter mode (P)
            </button>
          </div>
          {presenting ? <p className="flow-stage__away">Presenting full screen. Press Escape or P to come back here.</p> : stage(false)}
        </section>
      </div>
      <div className="flow-lab__bottom">
        <PayloadInspector step={playback.index >= 0 ? steps[playback.index] : undefined} run={run} shownKeyGone={shownKeyGone} wipeStep={wipeStep >= 0 ? wipeStep : undefined} />
        <section className="flow-steps" aria-labelledby={ids.steps}>
          <h2 id={ids.steps} className="flow-steps__title">
            Steps
          </h2>
          {timeline?.burst && <BurstSummaryView burst={timeline.burst} />}
          {steps.length === 0 ? (
            <p className="field__note">No steps yet. Every step here will come from an event of a request you ran.</p>
          ) : (
            <StepTable steps={steps} index={playback.index} onJump={playback.goTo} caption="Every step of the last run, in the engine’s order" />
          )}
        </section>
      </div>
      {presenting && (
        <PresenterDialog onClose={() => setPresenting(false)}>
          <PresenterBar lab={lab} faults={faults} region={region} ready={ready} onReset={resetScenario} onExit={() => setPresenting(false)} />
          {stage(true)}
        </PresenterDialog>
      )}
    </div>
  );
}
