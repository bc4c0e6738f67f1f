/** `kube-netlens check`: load files, run the core, format, and decide the exit status. */
import type { SourceFile } from '../core';
import { checkFile, helmCharts, RULES, severityRank, workspaceSummary } from '../core';
import type { CheckArgs } from './args';
import type { Located, Summary } from './formats';
import { formatJson, formatSarif, formatText, locate } from './formats';
import type { Named } from './inputs';
import { readInputs } from './inputs';

export interface CheckResult {
  stdout: string;
  stderr: string;
  exitCode: 0 | 1 | 2;
}

export async function runCheck(args: CheckArgs, version: string, cwd = process.cwd()): Promise<CheckResult> {
  const inputs = await readInputs(args, cwd);
  if ('error' in inputs) return { stdout: '', stderr: inputs.error, exitCode: 2 };
  const { files, snapshot, io } = inputs;
  const stderr = io.stderr;

  const located: Located[] = [];
  const summary: Summary = { files: files.size, documents: 0, resources: snapshot.resources.length, ...workspaceSummary(snapshot), errors: 0, warnings: 0, information: 0, hints: 0 };
  for (const [uri, { display }] of files) {
    const file = snapshot.files.get(uri);
    if (!file) continue;
    summary.documents += file.docs.length;
    const diags = checkFile(snapshot, uri, { onRuleError: (rule, _u, e) => stderr.push(`kube-netlens: internal error in rule ${rule} on ${display}: ${(e as Error).message}\n`) });
    const index = file.lineIndex();
    for (const d of diags) {
      located.push(locate(display, index, d));
      if (d.severity === 'error') summary.errors++;
      else if (d.severity === 'warning') summary.warnings++;
      else if (d.severity === 'information') summary.information++;
      else summary.hints++;
    }
  }
  const stdout = args.format === 'json' ? formatJson(located, summary) : args.format === 'sarif' ? formatSarif(located, RULES, version) : formatText(located, summary, chartNotes(snapshot.files, files));
  const threshold = args.failOn === 'never' ? Infinity : severityRank(args.failOn);
  const failed = located.some((d) => severityRank(d.severity) >= threshold);
  // An I/O error outranks findings: CI must not read a partial run as clean, or as merely failing.
  return { stdout, stderr: stderr.join(''), exitCode: io.failed ? 2 : failed ? 1 : 0 };
}

/** One line per Helm chart: its templates were read as literal text, not rendered, so values from actions are unknown. */
function chartNotes(sources: ReadonlyMap<string, SourceFile>, files: Map<string, Named>): string[] {
  return helmCharts(sources).map((c) => {
    const where = (files.get(c.chartUri)?.display ?? c.chartUri).replace(/[/\\]?Chart\.yaml$/, '') || '.';
    const n = c.templates.length;
    return `note: Helm chart ${c.name ?? where} (${where}): ${n} ${n === 1 ? 'template' : 'templates'} analysed without rendering; values that template actions produce are unknown`;
  });
}
