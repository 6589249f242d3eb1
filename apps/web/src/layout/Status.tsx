import { messageOf } from '../api/client';

export function Loading() {
  return <p className="muted">正在加载…</p>;
}

export function ErrorNote({ error }: { error: unknown }) {
  if (!error) return null;
  return <p className="error" role="alert">{messageOf(error)}</p>;
}
