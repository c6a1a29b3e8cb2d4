import { FlowDiagram } from '../../components/flow-diagram/flow-diagram';
import { PlaybackBar, ShortcutHints } from '../../components/flow-diagram/playback-bar';
import { StepCaption } from '../../components/flow-diagram/step-caption';
import type { Playback } from '../../components/flow-diagram/use-playback';
import { narrate, type Timeline } from '../../flows/index';
import { DEMO_BUCKET } from './flow-kinds';

interface StageProps {
  timeline: Timeline | null;
  playback: Playback;
  region: string;
  azs: readonly string[];
  downAzs: ReadonlySet<string>;
  presenting: boolean;
}

const NO_STEPS: Timeline['steps'] = [];

/** The canvas, the caption of the step on screen and the playback controls. */
export function Stage({ timeline, playback, region, azs, downAzs, presenting }: StageProps) {
  const steps = timeline?.steps ?? NO_STEPS;
  const step = playback.index >= 0 ? steps[playback.index] : undefined;
  return (
    <div className="stage">
      <figure className="stage__figure">
        <FlowDiagram
          steps={steps}
          index={playback.index}
          region={region}
          azs={azs}
          downAzs={downAzs}
          dataStore={DEMO_BUCKET}
          // The token crosses in the first part of the step and the rest is left for reading.
          tripMs={Math.min(1600, playback.stepMs * 0.55)}
        />
        <figcaption className="stage__figcaption">
          {timeline?.burst ? 'Counts for a burst of requests. ' : ''}
          The diagram shows the step below; the step table says the same in words. Diagram drawn with{' '}
          <a href="https://reactflow.dev" rel="noreferrer">
            React Flow
          </a>
          .
        </figcaption>
      </figure>
      <StepCaption step={step} total={steps.length} />
      {/* Each step is read out as playback reaches it; the caption above is what sighted users read. */}
      <p role="status" className="visually-hidden">
        {step ? narrate(step, steps.length) : ''}
      </p>
      <PlaybackBar playback={playback} />
      <ShortcutHints extra={presenting ? [['R', 'reset'], ['P Esc', 'leave presenter mode']] : [['P', 'presenter mode']]} />
    </div>
  );
}
