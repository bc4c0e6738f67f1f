/** What the analysis produces: plain data with offsets. The edges turn offsets into lines and columns. */
import type { SeverityName } from './config';

export interface RelatedLocation {
  uri: string;
  start: number;
  end: number;
  message: string;
}

export interface Diagnostic {
  uri: string;
  start: number;
  end: number;
  severity: SeverityName;
  rule: string;
  message: string;
  /** Rule-specific facts that quick fixes are keyed on; never parsed out of the message. */
  data?: Record<string, unknown>;
  related?: RelatedLocation[];
}

export interface TextEdit {
  uri: string;
  start: number;
  end: number;
  newText: string;
}

export interface Fix {
  title: string;
  edits: TextEdit[];
  /** The fix an editor may apply on its own (e.g. on save, or "fix all"). */
  preferred?: boolean;
}

export const SEVERITY_ORDER: SeverityName[] = ['hint', 'information', 'warning', 'error'];

export function severityRank(s: SeverityName): number {
  return SEVERITY_ORDER.indexOf(s);
}
