/**
 * Every language feature the server offers, in one list. To add one, write `handlers/<feature>.ts` exporting a
 * `Feature`, then import it here and add it to FEATURES (see ARCHITECTURE.md).
 */
import type { Feature } from './feature';
import { pullDiagnostics } from './pullDiagnostics';
import { hover } from './hover';
import { definition } from './definition';
import { references } from './references';
import { completion } from './completion';
import { codeAction } from './codeAction';
import { codeLens } from './codeLens';
import { documentSymbol } from './documentSymbol';
import { workspaceSymbol } from './workspaceSymbol';
import { rename } from './rename';
import { networkMapRequest } from './networkMap';

export const FEATURES: readonly Feature[] = [pullDiagnostics, hover, definition, references, completion, codeAction, codeLens, documentSymbol, workspaceSymbol, rename, networkMapRequest];
