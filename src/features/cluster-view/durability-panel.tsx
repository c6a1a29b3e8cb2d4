import { useId, useState } from 'react';
import { durabilityModel, type DurabilityResult } from '../../engine/index';
import { formatDurability } from './durability-format';

function compute(replicas: string, lossPercent: string, repairHours: string): DurabilityResult | string {
  if (Number(replicas) > 5) return 'Choose 1 to 5 replicas: a Region has three AZs, and five is already far beyond it.';
  try {
    return durabilityModel({ replicas: Number(replicas), annualReplicaLossProbability: Number(lossPercent) / 100, repairHours: Number(repairHours) });
  } catch (error) {
    // The model refuses inputs outside its range (DUR-3) with a sentence; show that sentence.
    return error instanceof Error ? error.message : String(error);
  }
}

/**
 * How likely is a Region to lose a key in a year? The engine's durability model with inputs an
 * instructor can change, labelled as the model it is.
 */
export function DurabilityPanel() {
  const ids = { title: useId(), replicas: useId(), loss: useId(), repair: useId(), assumption: useId() };
  const [replicas, setReplicas] = useState('3');
  const [loss, setLoss] = useState('4');
  const [repair, setRepair] = useState('1');
  const result = compute(replicas, loss, repair);
  const text = typeof result === 'string' ? null : formatDurability(result);

  return (
    <section className="panel-card durability" aria-labelledby={ids.title}>
      <h2 id={ids.title} className="panel-card__title">
        Durability <span className="durability__label">A model, not a measurement</span>
      </h2>
      <p id={ids.assumption} className="panel-card__hint">
        It assumes each AZ&rsquo;s replica fails independently and a lost replica is rebuilt from its peers within the repair time,
        so a key is lost only if every replica fails before the first one is rebuilt. AWS designs KMS key durability to match its
        most durable services; the figure usually quoted is 99.999999999% (eleven nines).
      </p>
      <form className="durability__inputs" onSubmit={(event) => event.preventDefault()} aria-describedby={ids.assumption}>
        <div className="field">
          <label htmlFor={ids.replicas}>Replicas (one per AZ)</label>
          <input id={ids.replicas} type="number" inputMode="numeric" min={1} max={5} step={1} value={replicas} onChange={(e) => setReplicas(e.target.value)} />
        </div>
        <div className="field">
          <label htmlFor={ids.loss}>Chance a replica is lost in a year (%)</label>
          <input id={ids.loss} type="number" inputMode="decimal" min={0} max={99} step={0.5} value={loss} onChange={(e) => setLoss(e.target.value)} />
        </div>
        <div className="field">
          <label htmlFor={ids.repair}>Hours to rebuild a lost replica</label>
          <input id={ids.repair} type="number" inputMode="decimal" min={0.1} step={0.5} value={repair} onChange={(e) => setRepair(e.target.value)} />
        </div>
      </form>
      <output className="durability__result" htmlFor={`${ids.replicas} ${ids.loss} ${ids.repair}`}>
        {text ? (
          <>
            <span className="durability__nines">{text.nines}</span>
            <span>
              Durability {text.percent} a year; chance of losing a key: {text.annualLoss}.
            </span>
          </>
        ) : (
          <span className="field__note--error">{result as string}</span>
        )}
      </output>
    </section>
  );
}
