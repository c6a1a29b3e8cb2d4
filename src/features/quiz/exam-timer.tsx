import { useEffect, useRef, useState } from 'react';
import { remainingMs, type QuizSession } from '../../content/quiz/index';

/** Announced once each as the time left passes them: milestones, not every second. */
const MILESTONES_MS = [10 * 60_000, 5 * 60_000, 60_000];

export function formatClock(ms: number): string {
  const total = Math.ceil(ms / 1000);
  const minutes = Math.floor(total / 60);
  const seconds = total % 60;
  return `${minutes}:${String(seconds).padStart(2, '0')}`;
}

const minutesWords = (ms: number) => (ms >= 120_000 ? `${Math.round(ms / 60_000)} minutes` : '1 minute');

/**
 * The exam's visible countdown. It reads the wall clock once a second and reports it to the session
 * (`onTick`), which ends itself at the deadline; it announces only the milestones it crosses.
 */
export function ExamTimer({ session, onTick, announce }: { session: QuizSession; onTick: (now: number) => void; announce: (message: string) => void }) {
  const [now, setNow] = useState(() => Date.now());
  const announced = useRef<Set<number> | null>(null);
  const left = remainingMs(session, now);

  useEffect(() => {
    const timer = setInterval(() => {
      const time = Date.now();
      setNow(time);
      onTick(time);
    }, 1000);
    return () => clearInterval(timer);
  }, [onTick]);

  useEffect(() => {
    if (left === null) return;
    // Milestones already behind when the exam (re)opens are not announced late.
    if (announced.current === null) {
      announced.current = new Set(MILESTONES_MS.filter((milestone) => left <= milestone));
      return;
    }
    for (const milestone of MILESTONES_MS) {
      if (left <= milestone && !announced.current.has(milestone)) {
        announced.current.add(milestone);
        if (left > 0) announce(`${minutesWords(milestone)} left in the exam.`);
      }
    }
  }, [left, announce]);

  if (left === null) return null;
  return (
    <p className={left <= 60_000 ? 'quiz-timer quiz-timer--low' : 'quiz-timer'}>
      <span className="quiz-timer__label">Time left</span>{' '}
      <span role="timer" aria-live="off" className="quiz-timer__value">
        {formatClock(left)}
      </span>
    </p>
  );
}
