/**
 * Render time of the in-process Helm renderer on the 23 charts of ../shared/helm (default values), beside the time
 * of the real `helm template` (the devDependency's helm 3.17.3, as a process: its start-up is part of what a user
 * waits for) on the same charts, when that binary runs here.
 */
import { readdirSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { join, resolve } from 'node:path';
import { renderChart } from '../server/src/core/helm/render';
import { readChartFolder } from '../server/src/node/chartFiles';
import { helmBinary } from '../test/helm/oracle';
import { median } from './stats';

const CHARTS = resolve(__dirname, '../../shared/helm/charts');

export interface ChartTiming {
  chart: string;
  oursMs: number;
  helmMs: number | null;
  objects: number;
}

function timed(fn: () => void, runs: number): number {
  const xs: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    fn();
    xs.push(performance.now() - t0);
  }
  return median(xs);
}

export async function helmRenderTimings(runs = 5): Promise<ChartTiming[]> {
  const bin = helmBinary();
  const out: ChartTiming[] = [];
  for (const chart of readdirSync(CHARTS).sort()) {
    const files = await readChartFolder(join(CHARTS, chart));
    const first = renderChart(files);
    const objects = first.ok ? first.manifests.length : 0;
    const oursMs = timed(() => renderChart(files), runs);
    const helmMs = bin ? timed(() => execFileSync(bin, ['template', 'release-name', join(CHARTS, chart), '--namespace', 'default'], { stdio: ['ignore', 'ignore', 'ignore'] }), Math.max(3, runs - 2)) : null;
    out.push({ chart, oursMs, helmMs, objects });
  }
  return out;
}
