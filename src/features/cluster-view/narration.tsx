import { useId } from 'react';
import { useClusterState } from './cluster-context';

/**
 * What the last action did, in words: a polite live region that is always in the page (one added
 * together with its text is not reliably announced) holding only the newest action's lines, and the
 * earlier ones below it, outside the live region, so nothing is read out twice.
 */
export function Narration() {
  const titleId = useId();
  const narration = useClusterState((state) => state.narration);
  const newestBatch = narration[0]?.batch;
  const latest = narration.filter((line) => line.batch === newestBatch).reverse();
  const earlier = narration.filter((line) => line.batch !== newestBatch);
  return (
    <section className="narration" aria-labelledby={titleId}>
      <h3 id={titleId} className="narration__title">
        What happened
      </h3>
      <div role="status" className="narration__latest">
        {latest.length === 0 ? (
          <p className="narration__empty">Nothing yet. Take an AZ down to see what KMS does.</p>
        ) : (
          latest.map((line) => (
            <p key={line.id} className={`narration__line narration__line--${line.tone}`}>
              {line.region !== '' && <span className="narration__region">{line.region}</span>} {line.text}
            </p>
          ))
        )}
      </div>
      {earlier.length > 0 && (
        <ol className="narration__earlier" aria-label="Earlier changes">
          {earlier.map((line) => (
            <li key={line.id} className={`narration__line narration__line--${line.tone}`}>
              <span className="narration__region">{line.region}</span> {line.text}
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
