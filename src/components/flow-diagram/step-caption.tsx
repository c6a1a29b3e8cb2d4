import { claimText, crossingWords, stepPath, type FlowStep } from '../../flows/index';
import { KeyGlyph } from './key-glyph';
import '../../styles/flow-steps.css';

// The caption of the step on screen: where it happened, what crossed, what it means, and the seed
// claims it demonstrates, spelled out rather than hidden in tooltips.

export function StepCaption({ step, total }: { step: FlowStep | undefined; total: number }) {
  if (!step) {
    return (
      <div className="step-caption step-caption--empty" role="group" aria-label="Current step">
        <p>Run a flow to see its steps here, one at a time.</p>
      </div>
    );
  }
  const failed = step.status === 'failed';
  return (
    <div className={`step-caption${failed ? ' step-caption--failed' : ''}`} role="group" aria-label="Current step">
      <p className="step-caption__where">
        Step {step.index + 1} of {total} · {stepPath(step)}
        {step.count !== undefined && ` · ${step.count} requests`}
      </p>
      <p className="step-caption__title">
        {failed && <span aria-hidden="true">✕ </span>}
        {step.title}
      </p>
      {step.crossed.length > 0 && (
        <ul className="step-caption__crossed" aria-label="What crossed">
          {step.crossed.map((item, i) => (
            <li key={i} className={item.sensitive ? 'crossing crossing--sensitive' : `crossing crossing--${item.kind}`}>
              {item.sensitive && <KeyGlyph />}
              {crossingWords(item)}
            </li>
          ))}
        </ul>
      )}
      <p className="step-caption__text">{step.caption}</p>
      {failed && step.error?.detail && (
        <p className="step-caption__error">
          <strong>{step.error.name}</strong>, in KMS Lab’s words: {step.error.detail}
        </p>
      )}
      {step.claims.length > 0 && (
        <ul className="step-caption__claims" aria-label="Exam notes">
          {step.claims.map((id) => (
            <li key={id}>
              <span className="claim-id">{id}</span> {claimText(id)}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
