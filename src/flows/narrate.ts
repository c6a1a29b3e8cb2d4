// The words a screen reader hears when playback reaches a step: where it happened, what crossed,
// whether it was refused, and the caption. One sentence group per step, for a role="status" region.

import { formatBytes } from './format';
import { stepPath } from './nodes';
import type { Crossing, FlowStep } from './types';

export function crossingWords(item: Crossing): string {
  const size = item.bytes === undefined ? '' : ` (${formatBytes(item.bytes)})`;
  return `${item.sensitive ? 'sensitive: ' : ''}${item.label}${size}`;
}

export function narrate(step: FlowStep, total: number): string {
  const crossed = step.crossed.length > 0 ? ` Carries ${step.crossed.map(crossingWords).join(', ')}.` : '';
  const refused = step.status === 'failed' && step.error ? ` Failed with ${step.error.name}.` : '';
  const count = step.count === undefined ? '' : ` (${step.count} requests)`;
  return `Step ${step.index + 1} of ${total}, ${stepPath(step)}: ${step.title}${count}.${refused}${crossed} ${step.caption}`;
}
