import { stateLabel } from '../labels';

/** A draft sent back by the head or returned by the reviewer reads 已退回, in every list and on the report. */
export function StateBadge({ state, returned = false }: { state: string; returned?: boolean }) {
  const shown = returned && state === 'draft' ? 'returned' : state;
  return <span className={`badge state-${shown}`} data-testid="state-badge">{stateLabel(state, returned)}</span>;
}

export function GradeBadge({ grade }: { grade: string | null | undefined }) {
  if (!grade) return <span className="muted">—</span>;
  return <span className={`grade grade-${grade}`}>{grade}</span>;
}
