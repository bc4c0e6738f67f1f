/** The `kube-netlens` command. Exit status: 0 clean, 1 findings at or above --fail-on, 2 usage or I/O error. */
import { version } from '../../../package.json';
import { RULES } from '../core';
import { parseArgs, USAGE } from './args';
import { runCheck } from './check';
import { RENDER_USAGE, runRender } from './render';
import { runCanReach, runConnectivity } from './connectivity';
import { runMap } from './map';

async function main(argv: string[]): Promise<number> {
  const args = parseArgs(argv);
  switch (args.command) {
    case 'help':
      process.stdout.write((args.usage ?? USAGE) + '\n');
      return 0;
    case 'version':
      process.stdout.write(`${version}\n`);
      return 0;
    case 'rules':
      process.stdout.write(RULES.map((r) => `${r.id.padEnd(34)} ${r.severity.padEnd(12)} ${r.title}`).join('\n') + '\n');
      return 0;
    case 'error':
      process.stderr.write(`kube-netlens: ${args.message}\n\n${USAGE}\n`);
      return 2;
    case 'render-help':
      process.stdout.write(RENDER_USAGE + '\n');
      return 0;
    case 'render': {
      const res = await runRender(args);
      process.stdout.write(res.stdout);
      process.stderr.write(res.stderr);
      return res.exitCode;
    }
    case 'map':
    case 'check':
    case 'connectivity':
    case 'can-reach': {
      const res = await (args.command === 'map' ? runMap(args) : args.command === 'check' ? runCheck(args, version) : args.command === 'connectivity' ? runConnectivity(args) : runCanReach(args));
      process.stdout.write(res.stdout);
      process.stderr.write(res.stderr);
      return res.exitCode;
    }
  }
}

/** Set when the output could not be written: the run's result did not reach anyone, so the status is 2. */
let outputFailed = false;

/**
 * A reader that stops early (`| head -1`) closes the pipe: that is the reader's choice, so the run ends quietly.
 * Any other write error (`> /dev/full`: ENOSPC) is an I/O error, said on stderr, with exit status 2.
 */
function onOutputError(e: NodeJS.ErrnoException): void {
  if (e.code === 'EPIPE') return;
  outputFailed = true;
  process.exitCode = 2;
  process.stderr.write(`kube-netlens: cannot write the output: ${e.message}\n`);
}
process.stdout.on('error', onOutputError);

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = outputFailed ? 2 : code;
  },
  (e: unknown) => {
    process.stderr.write(`kube-netlens: ${(e as Error)?.message ?? String(e)}\n`);
    process.exitCode = 2;
  },
);
