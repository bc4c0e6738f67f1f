/**
 * The façade of the core: the only module that the edges (lsp/, cli/) import. What they need is here, and nothing
 * else: the workspace and its snapshots, the rules and their runner, invalidation, and the features, all on plain
 * data with offsets. Positions are converted once, at the edge (`LineIndex`).
 */
export type { Config, SeverityName } from './config';
export { DEFAULT_CONFIG, isSettingsObject, parseConfig } from './config';
export type { Diagnostic } from './diagnostics';
export { severityRank } from './diagnostics';
export { LineIndex } from './text';

export { Workspace } from './model/workspace';
export type { Snapshot } from './model/snapshot';
export type { SourceFile } from './model/sourceFile';
export { helmCharts } from './model/chart';
export type { RenderOptions, RenderResult } from './helm/render';
export { renderChart } from './helm/render';
export { filesToRecheck } from './model/invalidation';
export { linkEpoch } from './model/signature';
export type { Place } from './model/graph/types';

export type { Rule } from './rules/types';
export { docsUrl } from './rules/types';
export { RULE_IDS, RULE_READS, RULES } from './rules/registry';
export { checkFile, checkFileInSteps, FindingsCache } from './rules/runner';

export { codeActions, SHOW_DOCUMENTATION_COMMAND } from './features/codeActions';
export type { LensKind } from './features/codeLens';
export { codeLenses, lensLocations } from './features/codeLens';
export type { CompletionItem } from './features/completion';
export { completion } from './features/completion';
export { definition, references } from './features/navigation';
export type { DocumentSymbol, SymbolKind } from './features/symbols';
export { documentSymbols, workspaceSymbols } from './features/symbols';
export { hover, toPlainText } from './features/hover';
export { prepareRename, rename } from './features/rename';
export type { LeftOutFiles, WorkspaceSummary } from './features/summary';
export { leftOutFiles, SUMMARY_READS, workspaceSummary } from './features/summary';

export type { Connection } from './connectivity/engine';
export { Connectivity } from './connectivity/engine';
export type { ConnlistEntry, ConnlistFormat } from './connectivity/connlist';
export { CONNLIST_FORMATS, connectivityList, connlistEntries, formatConnections } from './connectivity/connlist';
export { formatConns, hasPort, isEmpty } from './connectivity/portSet';
export type { MapBadge, MapEdge, MapFocus, MapNode, MapOptions, NetworkMap } from './features/networkMap';
export { networkMap, relocateMap } from './features/networkMap';
