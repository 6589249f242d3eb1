import type { Indicator } from '../api/types';
import type { Notes } from './cell-notes';
import { NoteList, cellClass } from './NoteList';
import { sum } from './levels';

export function LevelRow({ level, rows, notes, reviewed }: { level: string; rows: Indicator[]; notes: Notes; reviewed: boolean }) {
  const weightNotes = notes.get(`level:${level}:weight`);
  return (
    <tr className="level" data-level={level}>
      <td className="name" data-label="一级指标"><strong>{level}</strong></td>
      <td className="text hide-narrow" colSpan={2} />
      <td className={cellClass(weightNotes, 'num')} data-label="分值小计">{sum(rows.map((r) => r.weight))}<NoteList notes={weightNotes} /></td>
      <td className="num" data-label="自评小计">{sum(rows.map((r) => r.selfScore))}</td>
      <td className="num" data-label="计算小计">{sum(rows.map((r) => r.computedScore))}</td>
      <td className="num" data-label="审核小计" data-cell="review">{reviewed ? sum(rows.map((r) => r.reviewScore ?? r.selfScore)) : ''}</td>
      <td className="hide-narrow" colSpan={2} />
    </tr>
  );
}
