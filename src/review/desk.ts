/**
 * The review operations as one interface, so that `budgetlens review` works the same on the store
 * directly and, when `budgetlens serve` holds the embedded store, through the server's API.
 */
import type {
  AuditEntry,
  Decision,
  DecisionResult,
  DiscrepancyDetail,
  FigureCorrectionRequest,
  Queue,
  QueueFilter,
  ReportView,
  RowCorrectionRequest,
  TaskCorrectionRequest,
} from '../model/review.ts';
import type { Store } from '../store/index.ts';
import {
  correctFigure,
  correctRow,
  correctTask,
  decide,
  discrepancyDetail,
  reportView,
  reviewQueue,
  undoDecision,
  type DocumentSource,
} from './index.ts';

export interface ReviewDesk {
  queue(filter: QueueFilter): Promise<Queue>;
  detail(id: number): Promise<DiscrepancyDetail>;
  decide(id: number, decision: Decision, who: string): Promise<DecisionResult>;
  undo(id: number, who: string): Promise<DecisionResult>;
  correct(documentId: number, request: FigureCorrectionRequest, who: string): Promise<AuditEntry>;
  correctTask(documentId: number, request: TaskCorrectionRequest, who: string): Promise<AuditEntry>;
  correctRow(documentId: number, request: RowCorrectionRequest, who: string): Promise<AuditEntry>;
  report(documentId: number): Promise<ReportView>;
  close(): Promise<void>;
}

/** The desk on a store this process holds. */
export function storeDesk(store: Store, options: { source?: DocumentSource; closeStore?: boolean } = {}): ReviewDesk {
  return {
    queue: (filter) => reviewQueue(store, filter),
    detail: (id) => discrepancyDetail(store, id, options.source),
    decide: (id, decision, who) => decide(store, id, decision, who),
    undo: (id, who) => undoDecision(store, id, who),
    correct: (documentId, request, who) => correctFigure(store, documentId, request, who),
    correctTask: (documentId, request, who) => correctTask(store, documentId, request, who),
    correctRow: (documentId, request, who) => correctRow(store, documentId, request, who),
    report: (documentId) => reportView(store, documentId, options.source),
    close: async () => {
      if (options.closeStore) await store.close();
    },
  };
}
