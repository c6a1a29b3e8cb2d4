// The load chart itself, on uPlot (a small canvas time-series library). Only load-chart.tsx imports
// this file, and only with import(), so uPlot and its stylesheet arrive when a learner first runs a
// load, never with the page. uPlot styles its elements through the CSSOM (element.style), which the
// Content-Security-Policy allows; its own stylesheet is a built file like every other.

import uPlot from 'uplot';
import 'uplot/dist/uPlot.min.css';

export interface ChartColours {
  accepted: string;
  throttled: string;
  cached: string;
  quota: string;
  text: string;
  grid: string;
}

export interface LoadChartHandle {
  update(data: uPlot.AlignedData): void;
  destroy(): void;
}

const HEIGHT = 240;

export function createLoadChart(box: HTMLElement, colours: ChartColours, data: uPlot.AlignedData): LoadChartHandle {
  const axis = { stroke: colours.text, grid: { stroke: colours.grid, width: 1 }, ticks: { stroke: colours.grid, width: 1 } };
  const line = (label: string, stroke: string, dash?: number[]): uPlot.Series => ({
    label,
    stroke,
    width: 2,
    ...(dash && { dash }),
    points: { show: !dash, size: 6, fill: stroke },
    spanGaps: false,
  });
  const options: uPlot.Options = {
    width: Math.max(240, box.clientWidth),
    height: HEIGHT,
    legend: { show: false },
    cursor: { show: false },
    scales: { x: { time: false }, y: { range: (_u, _min, max) => [0, Math.max(10, Math.ceil((max * 1.15) / 10) * 10)] } },
    axes: [
      { ...axis, label: 'second of the run', labelSize: 20, incrs: [1, 2, 5, 10] },
      { ...axis, label: 'per second', labelSize: 20, size: 48 },
    ],
    series: [{}, line('Accepted', colours.accepted), line('Throttled', colours.throttled), line('From cache', colours.cached), line('Quota', colours.quota, [6, 4])],
  };
  const chart = new uPlot(options, data, box);
  // Follow the box's width (a resized window, a scrollbar appearing); the height stays fixed.
  const observer = new ResizeObserver(() => chart.setSize({ width: Math.max(240, box.clientWidth), height: HEIGHT }));
  observer.observe(box);
  return {
    update: (next) => chart.setData(next),
    destroy() {
      observer.disconnect();
      chart.destroy();
    },
  };
}
