/**
 * The `kubeNetlens/status` notification behind the client's status bar item: indexing progress, then how many
 * manifests the workspace holds and how many Service → pod template links the analysis found.
 */
import type { Connection } from 'vscode-languageserver';
import { NotificationType } from 'vscode-languageserver';
import type { Snapshot, WorkspaceSummary } from '../core';
import { linkEpoch, SUMMARY_READS, workspaceSummary } from '../core';

export interface StatusParams extends WorkspaceSummary {
  state: 'indexing' | 'ready';
  indexed: number;
  total: number;
}

export const StatusNotification = new NotificationType<StatusParams>('kubeNetlens/status');

/** Progress is sent at most this often; the start and the end of indexing always are. */
const THROTTLE_MS = 200;

export class StatusReporter {
  private counts: WorkspaceSummary = { manifests: 0, links: 0 };
  /** The link epoch the counts were made for: they depend on nothing else, so typing in a schema costs no recount. */
  private countedEpoch: string | null = null;
  private lastProgress = 0;
  private indexed = 0;
  private total = 0;

  constructor(private readonly connection: Connection) {}

  indexingStarted(): void {
    this.indexed = 0;
    this.total = 0;
    this.lastProgress = Date.now();
    this.send('indexing');
  }

  indexingProgress(indexed: number, total: number): void {
    this.indexed = indexed;
    this.total = total;
    const now = Date.now();
    if (now - this.lastProgress < THROTTLE_MS) return;
    this.lastProgress = now;
    this.send('indexing');
  }

  /** After indexing and after every analysis: the counts of the analysed snapshot, whose files are all indexed. */
  ready(snapshot: Snapshot): void {
    const epoch = linkEpoch(snapshot, SUMMARY_READS);
    if (epoch !== this.countedEpoch) {
      this.counts = workspaceSummary(snapshot);
      this.countedEpoch = epoch;
    }
    this.indexed = this.total = snapshot.files.size;
    this.send('ready');
  }

  private send(state: StatusParams['state']): void {
    void this.connection.sendNotification(StatusNotification, { state, indexed: this.indexed, total: this.total, ...this.counts });
  }
}
