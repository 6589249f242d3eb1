import { useState, type ReactNode } from 'react';
import type { ProblemItem } from '../api/client';
import type { Indicator, Report } from '../api/types';
import { notesOf, type Cell, type Notes } from './cell-notes';
import { AcceptSum } from './AcceptSum';
import { NoteList, cellClass } from './NoteList';
import { RowActions, type Editing } from './RowActions';
import { RowEditor } from './RowEditor';
import { sameNumber } from './levels';
import { rowsOf, totalsOf } from './table-totals';

const COLUMNS = 10;

interface Props {
  report: Report;
  problems?: ProblemItem[];
  onChanged?(report: Report): void;
}

/** 附件1 部门整体支出绩效评价指标评分表: each rule row with its printed 评分标准 and 指标解释, and its own total. */
export function RuleTable({ report, problems = [], onChanged }: Props) {
  const [editing, setEditing] = useState<Editing | null>(null);
  const rows = rowsOf(report, 'rules');
  const { notes, unplaced } = notesOf(report, problems, [], 'rules');
  const totals = totalsOf(report, 'rules');
  const done = (next: Report) => { setEditing(null); onChanged?.(next); };
  return (
    <div className="indicator-table">
      {unplaced.length > 0 && <NoteList notes={unplaced} />}
      <table className={onChanged ? 'form-table rule-table' : 'form-table rule-table read-only'} data-table="rules">
        <colgroup>{Array.from({ length: COLUMNS }, (_, i) => <col key={i} className={i === COLUMNS - 1 ? 'actions-col' : undefined} />)}</colgroup>
        <thead>
          <tr><th>一级指标</th><th>二级指标</th><th>三级指标</th><th>分值</th><th>评分标准</th><th>指标解释 / 实际测算值</th><th>自评得分</th><th>计算得分</th><th>审核得分</th><th /></tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <RuleRow key={row.id} row={row} notes={notes} comments={report.comments.filter((c) => c.indicatorId === row.id)}
              actions={onChanged ? <RowActions report={report} rowId={row.id} onEdit={setEditing} onDone={done} /> : null}
              editor={editing?.rowId === row.id && onChanged ? <RowEditor report={report} editing={editing} onDone={done} onCancel={() => setEditing(null)} /> : null} />
          ))}
          <tr className="total" data-row="total">
            <td className="name" colSpan={3} data-label="合计"><strong>合计</strong>{totals.printed !== null && <span className="muted small">（填报 {totals.printed}）</span>}</td>
            <Num notes={notes} at="total:weight" label="分值合计" value={totals.weight} />
            <td className="hide-narrow" colSpan={2} />
            <Num notes={notes} at="total:score" label="自评总分" value={totals.self} className="num self" />
            <Num notes={notes} at="total:computed" label="计算总分" value={totals.computed} className={sameNumber(totals.self, totals.computed) ? 'num' : 'num differs'} />
            <Num notes={notes} at="total:review" label="审核总分" value={totals.review ?? ''} />
            <td className="hide-narrow" />
          </tr>
          <tr className="grade-row" data-row="grade">
            <td className="name" colSpan={COLUMNS} data-label="等级">等级（按计算总分）：<span className={`grade grade-${totals.grade}`}>{totals.grade}</span>
              <NoteList notes={notes.get('total:grade')} /></td>
          </tr>
        </tbody>
      </table>
      {onChanged && <AcceptSum report={report} table="rules" onChanged={onChanged} />}
    </div>
  );
}

function Num({ notes, at, label, value, className = 'num' }: { notes: Notes; at: string; label: string; value: string; className?: string }) {
  return <td className={cellClass(notes.get(at), className)} data-label={label} data-cell={at.split(':')[1]}>{value}<NoteList notes={notes.get(at)} /></td>;
}

interface RowProps {
  row: Indicator;
  notes: Notes;
  comments: Report['comments'];
  actions: ReactNode;
  editor: ReactNode;
}

function RuleRow({ row, notes, comments, actions, editor }: RowProps) {
  const at = (cell: Cell) => notes.get(`${row.id}:${cell}`);
  const td = (cell: Cell, label: string, value: ReactNode, extra = '') => (
    <td className={cellClass(at(cell), extra)} data-label={label} data-cell={cell}>
      {value === null || (value === '' && cell !== 'review') ? <span className="muted">—</span> : value}
      <NoteList notes={at(cell)} />
    </td>
  );
  return (
    <>
      <tr className="indicator" data-indicator={row.id}>
        <td className="text hide-narrow" data-label="一级指标">{row.level1}</td>
        <td className="text hide-narrow" data-label="二级指标">{row.level2}</td>
        {td('name', '三级指标', <><span className="level2 show-narrow">{[row.level1, row.level2].filter(Boolean).join(' · ')}</span><strong className="indicator-name">{row.name}</strong></>, 'name')}
        {td('weight', '分值', row.weight, 'num')}
        {td('target', '评分标准', row.criterion ?? row.target, 'text criterion')}
        {td('actual', '实际测算值', <>{row.explanation && <span className="explanation">{row.explanation}</span>}<strong className="measured">{row.actual || '—'}</strong></>, 'text')}
        {td('score', '自评得分', row.selfScore, 'num self')}
        {td('computed', '计算得分', row.computedScore, sameNumber(row.selfScore, row.computedScore) ? 'num' : 'num differs')}
        {td('review', '审核得分', row.reviewScore ?? '', row.reviewScore !== null && !sameNumber(row.reviewScore, row.selfScore) ? 'num adjusted' : 'num')}
        <td className="actions" data-label="操作">{actions}</td>
      </tr>
      {comments.length > 0 && (
        <tr className="comment-row" data-comments-for={row.id}>
          <td colSpan={COLUMNS}>{comments.map((c) => <p key={c.commentId} className="comment"><span className="comment-tag">审核意见{c.returned ? '（退回）' : ''}</span>{c.body}</p>)}</td>
        </tr>
      )}
      {editor && <tr className="editor-row"><td colSpan={COLUMNS}>{editor}</td></tr>}
    </>
  );
}
