/**
 * Every language feature the server offers, in one list. To add one, write `handlers/<feature>.ts` exporting a
 * `Feature`, then import it here and add it to FEATURES (see ARCHITECTURE.md).
 */
import type { Feature } from './feature';
import { pullDiagnostics } from './pullDiagnostics';

export const FEATURES: readonly Feature[] = [pullDiagnostics];
