/**
 * The LSP lifecycle the library leaves to us: a request before `initialize` is answered ServerNotInitialized
 * (-32002), and one after `shutdown` InvalidRequest (-32600), as the specification says; notifications then are
 * dropped, except `exit`. vscode-languageserver would dispatch both to whatever handler is registered.
 *
 * The gate sits in the connection's message strategy, so it sees every message before any handler. A message it
 * refuses is renamed to a method of our own whose handler answers with the error under the request's own id.
 */
import type { Connection, MessageStrategy } from 'vscode-languageserver/node';
import { ErrorCodes, Message, ResponseError } from 'vscode-languageserver/node';

const NOT_INITIALIZED = '$/kubeNetlens/notInitialized';
const SHUT_DOWN = '$/kubeNetlens/shutDown';

export interface LifecycleGate {
  messageStrategy: MessageStrategy;
  /** Registers the handlers that answer refused requests; call once the connection exists. */
  register(connection: Connection): void;
}

export function lifecycleGate(): LifecycleGate {
  let phase: 'new' | 'running' | 'shutDown' = 'new';
  return {
    messageStrategy: {
      handleMessage(message, next) {
        const method = Message.isRequest(message) || Message.isNotification(message) ? message.method : undefined;
        if (method === undefined || method === 'exit') return next(message);
        const refusal = phase === 'new' && method !== 'initialize' ? NOT_INITIALIZED : phase === 'shutDown' ? SHUT_DOWN : null;
        if (refusal) {
          if (Message.isRequest(message)) next({ ...message, method: refusal, params: [method] } as Message);
          return;
        }
        if (method === 'initialize') phase = 'running';
        else if (method === 'shutdown') phase = 'shutDown';
        next(message);
      },
    },
    register(connection) {
      connection.onRequest(NOT_INITIALIZED, (method: string) => new ResponseError(ErrorCodes.ServerNotInitialized, `kube-netlens: ${method} before initialize`));
      connection.onRequest(SHUT_DOWN, (method: string) => new ResponseError(ErrorCodes.InvalidRequest, `kube-netlens: ${method} after shutdown`));
    },
  };
}
