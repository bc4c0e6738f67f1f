/**
 * The language client, with one of the library's messages put right: it logs "[Error] Server process exited with
 * code 0" on every restart and every window reload, where the server did what it was asked and stopped cleanly.
 */
import { LanguageClient } from 'vscode-languageclient/node';

const CLEAN_EXIT = 'Server process exited with code 0.';

export class NetlensClient extends LanguageClient {
  override error(message: string, data?: unknown, showNotification?: boolean | 'force'): void {
    if (message === CLEAN_EXIT) this.info('The language server stopped.', undefined, false);
    else super.error(message, data, showNotification);
  }
}
