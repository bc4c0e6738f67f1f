import type { ReportedRule } from './types';

export const fileNotAnalysed: ReportedRule = {
  id: 'file-not-analysed',
  title: 'File not analysed',
  description: 'The file was skipped, for example because it is larger than `kubeNetlens.maxFileSizeKB` or is not text. Links to objects in it cannot be checked.',
  remediation: 'Raise `kubeNetlens.maxFileSizeKB` if the file really is a manifest, or exclude it.',
  severity: 'information',
  category: 'advice',
  kinds: ['document'],
  scope: 'reported',
};
