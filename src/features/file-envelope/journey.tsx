import { useId, useMemo } from 'react';
import { FlowDiagram } from '../../components/flow-diagram/flow-diagram';
import { PlaybackBar } from '../../components/flow-diagram/playback-bar';
import { StepCaption } from '../../components/flow-diagram/step-caption';
import { StepTable } from '../../components/flow-diagram/step-table';
import { usePlayback } from '../../components/flow-diagram/use-playback';
import { buildTimeline, narrate } from '../../flows/index';
import { LOCAL_STORE } from './run-envelope';
import type { Journey as JourneyData } from './use-file-lab';

const NO_AZS: readonly string[] = [];

/** The file's journey on a compact flow diagram: one KMS call each way, the frames summarised. */
export function Journey({ journey, region, azs }: { journey: JourneyData; region: string; azs: readonly string[] | undefined }) {
  const titleId = useId();
  const timeline = useMemo(() => buildTimeline(journey.inputs, { requestIds: new Set(journey.requestIds), collapse: 'never' }), [journey]);
  const { steps } = timeline;
  // Starts paused where the latest operation began (the fetch of a package being opened): the
  // outcome above is the news, and the journey is there to explore.
  const startAt = journey.latest === 'open' ? Math.max(0, steps.findLastIndex((s) => s.kind === 'fetch')) : 0;
  const playback = usePlayback(steps.length, journey.version, false, startAt);
  const step = playback.index >= 0 ? steps[playback.index] : undefined;
  return (
    <section className="file-journey" aria-labelledby={titleId}>
      <h2 id={titleId} className="file-panel__title">
        The file’s journey
      </h2>
      {steps.length === 0 ? (
        <p className="field__note">Encrypt a file to see its journey: one GenerateDataKey, the frames sealed here, the wipe, and on the way back one Decrypt.</p>
      ) : (
        <>
          <figure className="stage__figure">
            <FlowDiagram steps={steps} index={playback.index} region={region} azs={azs ?? NO_AZS} dataStore={LOCAL_STORE} tripMs={Math.min(1600, playback.stepMs * 0.55)} className="flow-diagram--compact" />
            <figcaption className="stage__figcaption">The diagram shows the step below; the table says the same in words.</figcaption>
          </figure>
          <StepCaption step={step} total={steps.length} />
          <p role="status" className="visually-hidden">
            {/* Silent until the learner moves through the journey, so it never talks over the outcome. */}
            {step && (playback.playing || playback.reached > startAt) ? narrate(step, steps.length) : ''}
          </p>
          <PlaybackBar playback={playback} />
          <StepTable steps={steps} index={playback.index} onJump={playback.goTo} caption="Every step of the file’s journey, in order" brief />
        </>
      )}
    </section>
  );
}
