import { crossingWords, stepPath, type FlowStep } from '../../flows/index';
import { KeyGlyph } from './key-glyph';
import '../../styles/flow-steps.css';

// The text alternative to the canvas, always present: every step with where it happened, what
// crossed and how it ended. Each step number is a button that jumps playback there.

interface StepTableProps {
  steps: readonly FlowStep[];
  index: number;
  onJump: (index: number) => void;
  caption: string;
  /** Leave out the captions (the file page's compact journey). */
  brief?: boolean;
}

export function StepTable({ steps, index, onJump, caption, brief = false }: StepTableProps) {
  return (
    // On a narrow screen the table scrolls sideways inside this box, which takes focus so the
    // arrow keys can scroll it.
    <div className="step-table-wrap" role="region" aria-label={caption} tabIndex={0} data-own-keys>
      <table className="step-table">
        <caption>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">Step</th>
            <th scope="col">Where</th>
            <th scope="col">What happened</th>
            <th scope="col">What crossed</th>
            <th scope="col">Result</th>
            <th scope="col">Read from</th>
          </tr>
        </thead>
        <tbody>
          {steps.map((step) => (
            <tr key={step.index} className={step.index === index ? 'step-table__row step-table__row--current' : 'step-table__row'} aria-current={step.index === index ? 'step' : undefined}>
              <td>
                <button type="button" className="step-table__jump" onClick={() => onJump(step.index)} aria-label={`Go to step ${step.index + 1}: ${step.title}`}>
                  {step.index + 1}
                </button>
              </td>
              <td>{stepPath(step)}</td>
              <td>
                <span className="step-table__title">{step.title}</span>
                {!brief && <span className="step-table__caption">{step.caption}</span>}
              </td>
              <td>
                {step.crossed.length === 0
                  ? '—'
                  : step.crossed.map((item, i) => (
                      <span key={i} className={item.sensitive ? 'crossing crossing--sensitive' : 'crossing'}>
                        {item.sensitive && <KeyGlyph />}
                        {crossingWords(item)}
                      </span>
                    ))}
              </td>
              <td>{step.status === 'failed' ? <span className="result result--failed">✕ {step.error?.name ?? 'failed'}</span> : <span className="result result--ok">OK</span>}</td>
              <td className="step-table__events">
                {step.events.map((name) => (
                  <code key={name}>{name}</code>
                ))}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
