/** The `kube-netlens` command. Exit status: 0 clean, 1 findings at or above --fail-on, 2 usage or I/O error. */
import pkg from '../../../package.json';
import { RULES } from '../core/rules/registry';
import { parseArgs, USAGE } from './args';
import { runCheck } from './check';

async function main(argv: string[]): Promise<number> {
  const args = parseArgs(argv);
  switch (args.command) {
    case 'help':
      process.stdout.write(USAGE + '\n');
      return 0;
    case 'version':
      process.stdout.write(`${pkg.version}\n`);
      return 0;
    case 'rules':
      process.stdout.write(RULES.map((r) => `${r.id.padEnd(34)} ${r.severity.padEnd(12)} ${r.title}`).join('\n') + '\n');
      return 0;
    case 'error':
      process.stderr.write(`kube-netlens: ${args.message}\n\n${USAGE}\n`);
      return 2;
    case 'check': {
      const res = await runCheck(args, pkg.version);
      process.stdout.write(res.stdout);
      process.stderr.write(res.stderr);
      return res.exitCode;
    }
  }
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (e: unknown) => {
    process.stderr.write(`kube-netlens: ${(e as Error)?.message ?? String(e)}\n`);
    process.exitCode = 2;
  },
);
