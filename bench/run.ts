/**
 * `npm run bench`: prints a table of medians and ratios, each measured side by side in one run. Figures, never
 * assertions: performance targets are read here, not enforced by unit tests.
 */
import { existsSync } from 'node:fs';
import { CORPUS, lineCount, loadCorpus } from './corpus';
import { coldCheck } from './coldCheck';
import { ms } from './stats';

async function main() {
  if (!existsSync(CORPUS)) {
    console.error(`The corpus is not at ${CORPUS}; the benchmarks need ../shared/corpus/real beside the checkout.`);
    process.exitCode = 2;
    return;
  }
  const files = await loadCorpus();
  const lines = lineCount(files);
  console.log(`kube-netlens benchmarks — node ${process.version}, ${files.length} files, ${lines.toLocaleString('en-US')} lines\n`);

  const cold = await coldCheck(files, lines);
  console.log('1. Cold check of the corpus (median of %d runs)', cold.runs);
  console.log(`   full check (parse, index, link, all rules): ${ms(cold.checkMs)}  (${cold.diagnostics} diagnostics)`);
  console.log(`   bare yaml.parseAllDocuments, same files:    ${ms(cold.parseMs)}`);
  console.log(`   ratio: ${cold.ratio.toFixed(2)}x  (target <= 1.5x)\n`);
}

main().catch((e) => {
  console.error(e);
  process.exitCode = 1;
});
