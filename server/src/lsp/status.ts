/**
 * The `kubeNetlens/status` notification behind the client's status bar item: indexing progress, then how many
 * manifests the workspace holds and how many Service → pod template links the analysis found, with the file,
 * document and resource counts that `kube-netlens check` prints for the same folder.
 */
import type { Connection } from 'vscode-languageserver';
import { NotificationType } from 'vscode-languageserver';
import type { Snapshot, WorkspaceSummary } from '../core';
import { linkEpoch, SUMMARY_READS, workspaceSummary } from '../core';

/** What the workspace holds, counted as the CLI's summary line counts it. */
export interface WorkspaceCounts extends WorkspaceSummary {
  /** Files indexed, skipped ones included. */
  files: number;
  /** YAML documents (`---`-separated) in them. */
  documents: number;
  /** Kubernetes objects in them. */
  resources: number;
}

export interface StatusParams extends WorkspaceCounts {
  state: 'indexing' | 'ready';
  indexed: number;
  total: number;
}

export const StatusNotification = new NotificationType<StatusParams>('kubeNetlens/status');

/** Progress is sent at most this often; the start and the end of indexing always are. */
const THROTTLE_MS = 200;

export class StatusReporter {
  private summary: WorkspaceSummary = { manifests: 0, links: 0 };
  private counted: WorkspaceCounts = { files: 0, documents: 0, resources: 0, manifests: 0, links: 0 };
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
    this.counts(snapshot);
    this.indexed = this.total = snapshot.files.size;
    this.send('ready');
  }

  /** The counts of a snapshot; the links are counted again only when the link epoch changed. */
  counts(snapshot: Snapshot): WorkspaceCounts {
    const epoch = linkEpoch(snapshot, SUMMARY_READS);
    if (epoch !== this.countedEpoch) {
      this.summary = workspaceSummary(snapshot);
      this.countedEpoch = epoch;
    }
    let documents = 0;
    for (const file of snapshot.files.values()) documents += file.docs.length;
    this.counted = { files: snapshot.files.size, documents, resources: snapshot.resources.length, ...this.summary };
    return this.counted;
  }

  private send(state: StatusParams['state']): void {
    void this.connection.sendNotification(StatusNotification, { state, indexed: this.indexed, total: this.total, ...this.counted });
  }
}
