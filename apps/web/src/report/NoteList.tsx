import { flagLabel } from '../flag-labels';
import { SEVERITY_LABELS } from '../labels';
import type { CellNote } from './cell-notes';

export function NoteList({ notes }: { notes: CellNote[] | undefined }) {
  if (!notes?.length) return null;
  return (
    <ul className="notes">
      {notes.map((note, i) => (
        <li key={i} className={`note note-${note.severity}${note.isBlocking ? ' blocking' : ''}`} data-code={note.code}>
          <span className="note-tag">{note.isBlocking ? '阻止提交' : SEVERITY_LABELS[note.severity]}</span>
          {note.code && <span className="note-label">{flagLabel(note.code)}：</span>}
          {note.place && <span className="note-place">{note.place} · </span>}
          {note.message}
        </li>
      ))}
    </ul>
  );
}

export function cellClass(notes: CellNote[] | undefined, extra = ''): string {
  if (!notes?.length) return extra;
  const worst = notes.some((n) => n.severity === 'error') ? 'error' : notes.some((n) => n.severity === 'warning') ? 'warning' : 'info';
  return `${extra} flagged flagged-${worst}${notes.some((n) => n.isBlocking) ? ' flagged-blocking' : ''}`.trim();
}
