#!/usr/bin/env node
// Stands in for the VS Code executable (@vscode/test-electron's `vscodeExecutablePath`) where VS Code cannot be
// downloaded: loads shim.ts through tsx, which runs the extension tests in code-server. See shim.ts.
import { require as tsxRequire } from 'tsx/cjs/api';

tsxRequire('./shim.ts', import.meta.url);
