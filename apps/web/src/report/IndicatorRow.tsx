import type { ReactNode } from 'react';
import type { Indicator, ReviewComment } from '../api/types';
import type { Cell, Notes } from './cell-notes';
import { NoteList, cellClass } from './NoteList';
import { sameNumber } from './levels';

export const COLUMNS = 9;

interface Props {
  indicator: Indicator;
  notes: Notes;
  comments: ReviewComment[];
  actions: ReactNode;
  editor: ReactNode;
}

export function IndicatorRow({ indicator, notes, comments, actions, editor }: Props) {
  const at = (cell: Cell) => notes.get(`${indicator.id}:${cell}`);
  const td = (cell: Cell, label: string, value: ReactNode, extra = '') => (
    <td className={cellClass(at(cell), extra)} data-label={label} data-cell={cell}>
      {value === null || (value === '' && cell !== 'review') ? <span className="muted">—</span> : value}
      <NoteList notes={at(cell)} />
    </td>
  );
  const differs = !sameNumber(indicator.selfScore, indicator.computedScore) ? 'num differs' : 'num';
  const adjusted = indicator.reviewScore !== null && !sameNumber(indicator.reviewScore, indicator.selfScore) ? 'num adjusted' : 'num';
  return (
    <>
      <tr className="indicator" data-indicator={indicator.id}>
        {td('name', '指标', <><span className="level2">{indicator.level2}</span><strong className="indicator-name">{indicator.name}</strong></>, 'name')}
        {td('target', indicator.criterion !== undefined ? '评分标准' : '年度指标值', indicator.target, 'text')}
        {td('actual', '实际完成值', indicator.actual, 'text')}
        {td('weight', '分值', indicator.weight, 'num')}
        {td('score', '自评得分', indicator.selfScore, 'num self')}
        {td('computed', '计算得分', indicator.computedScore, differs)}
        {td('review', '审核得分', indicator.reviewScore ?? '', adjusted)}
        {td('deviation', '偏差原因', indicator.deviation, 'text deviation')}
        <td className="actions" data-label="操作">{actions}</td>
      </tr>
      {comments.length > 0 && (
        <tr className="comment-row" data-comments-for={indicator.id}>
          <td colSpan={COLUMNS}>
            {comments.map((c) => (
              <p key={c.commentId} className="comment"><span className="comment-tag">审核意见{c.returned ? '（退回）' : ''}</span>{c.body}</p>
            ))}
          </td>
        </tr>
      )}
      {editor && <tr className="editor-row"><td colSpan={COLUMNS}>{editor}</td></tr>}
    </>
  );
}
