/**
 * The language server's entry point (`dist/server.js`, the `kube-netlens-language-server` command). The transport
 * comes from the command line: `--stdio` for most editors, `--node-ipc` for the VS Code client, `--socket=<port>`.
 */
import { ProposedFeatures, createConnection } from 'vscode-languageserver/node';
import { lifecycleGate } from './lifecycle';
import { startServer } from './server';

const gate = lifecycleGate();
const connection = createConnection(ProposedFeatures.all, { messageStrategy: gate.messageStrategy });
gate.register(connection);

// A bug must not take the editor's language support down with it: log it and keep serving.
process.on('uncaughtException', (e) => connection.console.error(`kube-netlens: uncaught exception: ${e.stack ?? e.message}`));
process.on('unhandledRejection', (e) => connection.console.error(`kube-netlens: unhandled rejection: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}`));

startServer(connection);
