import { useId } from 'react';
import { SPEEDS, type Playback, type Speed } from './use-playback';
import '../../styles/flow-steps.css';

// The playback controls, with their keyboard shortcuts shown beside them (and in aria-keyshortcuts,
// which the flow page's key handler implements).

// The visible words are the buttons' names (no aria-label), so what a speech-input user says matches.
function Control({ keys, shortcut, onClick, disabled, pressed, children }: {
  keys: string;
  shortcut: string;
  onClick: () => void;
  disabled?: boolean;
  pressed?: boolean;
  children: string;
}) {
  return (
    <button
      type="button"
      className="button button--secondary button--small playback__button"
      aria-keyshortcuts={keys}
      {...(pressed !== undefined && { 'aria-pressed': pressed })}
      disabled={disabled}
      onClick={onClick}
    >
      {children}
      <kbd className="playback__kbd" aria-hidden="true">
        {shortcut}
      </kbd>
    </button>
  );
}

export function PlaybackBar({ playback }: { playback: Playback }) {
  const speedId = useId();
  const { index, count, playing } = playback;
  const none = count === 0;
  return (
    <div className="playback" role="group" aria-label="Playback">
      <div className="playback__buttons">
        <Control keys="Home" shortcut="Home" onClick={playback.first} disabled={none || index <= 0}>
          First
        </Control>
        <Control keys="ArrowLeft PageUp" shortcut="←" onClick={playback.previous} disabled={none || index <= 0}>
          Previous
        </Control>
        <Control keys="Space" shortcut="Space" onClick={playback.toggle} disabled={none}>
          {playing ? 'Pause' : 'Play'}
        </Control>
        <Control keys="ArrowRight PageDown" shortcut="→" onClick={playback.next} disabled={none || index >= count - 1}>
          Next
        </Control>
        <Control keys="End" shortcut="End" onClick={playback.last} disabled={none || index >= count - 1}>
          Last
        </Control>
        <button type="button" className="button button--secondary button--small" onClick={playback.replay} disabled={none}>
          Replay
        </button>
      </div>
      <p className="playback__position" aria-hidden="true">
        {none ? 'No steps yet' : `Step ${index + 1} of ${count}`}
      </p>
      <div className="playback__speed">
        <label htmlFor={speedId}>Speed</label>
        <select id={speedId} value={playback.speed} onChange={(event) => playback.setSpeed(Number(event.target.value) as Speed)}>
          {SPEEDS.map((speed) => (
            <option key={speed} value={speed}>
              {speed}×
            </option>
          ))}
        </select>
      </div>
    </div>
  );
}

/** The shortcut legend, always visible next to the controls. */
export function ShortcutHints({ extra = [] }: { extra?: readonly [string, string][] }) {
  const hints: [string, string][] = [
    ['Space', 'play or pause'],
    ['← →', 'step'],
    ['PageUp PageDown', 'step (clickers)'],
    ['Home End', 'first, last'],
    ...extra,
  ];
  return (
    <ul className="shortcut-hints" aria-label="Keyboard shortcuts">
      {hints.map(([keys, what]) => (
        <li key={keys}>
          {keys.split(' ').map((key) => (
            <kbd key={key}>{key}</kbd>
          ))}{' '}
          {what}
        </li>
      ))}
    </ul>
  );
}
