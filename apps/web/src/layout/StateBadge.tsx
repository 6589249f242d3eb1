import { stateLabel } from '../labels';

export function StateBadge({ state }: { state: string }) {
  return <span className={`badge state-${state}`} data-testid="state-badge">{stateLabel(state)}</span>;
}

export function GradeBadge({ grade }: { grade: string | null | undefined }) {
  if (!grade) return <span className="muted">—</span>;
  return <span className={`grade grade-${grade}`}>{grade}</span>;
}
