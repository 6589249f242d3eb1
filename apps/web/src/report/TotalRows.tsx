import type { ReactNode } from 'react';
import type { Report } from '../api/types';
import type { TableTotals } from './table-totals';
import type { Cell, Notes } from './cell-notes';
import { COLUMNS } from './IndicatorRow';
import { NoteList, cellClass } from './NoteList';
import { sameNumber } from './levels';

const withPercent = (rate: string) => (rate.endsWith('%') ? rate : `${rate}%`);

interface RowProps {
  report: Report;
  notes: Notes;
}

const noted = (notes: Notes, row: string, cell: Cell, label: string, value: ReactNode, extra = 'num') => (
  <td className={cellClass(notes.get(`${row}:${cell}`), extra)} data-label={label} data-cell={cell}>
    {value ?? <span className="muted">—</span>}
    <NoteList notes={notes.get(`${row}:${cell}`)} />
  </td>
);

export function ExecutionRow({ report, notes, actions, editor }: RowProps & { actions: ReactNode; editor: ReactNode }) {
  const { execution, funds } = report;
  const unit = funds?.unit ?? '万元';
  const total = funds?.total ?? {};
  return (
    <>
      <tr className="execution" data-indicator="execution">
        {noted(notes, 'execution', 'name', '指标', <strong>预算执行率</strong>, 'name')}
        {noted(notes, 'execution', 'target', '全年预算数', total.annualBudget ? `全年预算数 ${total.annualBudget} ${unit}` : null, 'text')}
        {noted(notes, 'execution', 'actual', '执行情况', <>执行数 {total.executed ?? '—'} {unit}<br />执行率 {execution.rate ? withPercent(execution.rate) : '—'}{total.executionRate ? `（填报 ${total.executionRate}）` : ''}</>, 'text')}
        {noted(notes, 'execution', 'weight', '分值', execution.weight)}
        {noted(notes, 'execution', 'score', '自评得分', execution.score, 'num self')}
        {noted(notes, 'execution', 'computed', '计算得分', execution.computedScore, sameNumber(execution.score, execution.computedScore) ? 'num' : 'num differs')}
        {noted(notes, 'execution', 'review', '审核得分', execution.reviewScore ?? '')}
        <td className="text deviation" data-label="偏差原因"><span className="muted">—</span></td>
        <td className="actions" data-label="操作">{actions}</td>
      </tr>
      {editor && <tr className="editor-row"><td colSpan={COLUMNS}>{editor}</td></tr>}
    </>
  );
}

export function TotalRow({ totals, notes }: { totals: TableTotals; notes: Notes }) {
  const total = totals;
  const weight = totals.weight;
  return (
    <>
      <tr className="total" data-row="total">
        {noted(notes, 'total', 'name', '合计', <strong>总分</strong>, 'name')}
        <td className="text" data-label="填报总分">{total.printed ? `填报 ${total.printed}` : ''}</td>
        <td className="text hide-narrow" />
        {noted(notes, 'total', 'weight', '分值合计', weight)}
        {noted(notes, 'total', 'score', '自评总分', total.self, 'num self')}
        {noted(notes, 'total', 'computed', '计算总分', total.computed, sameNumber(total.self, total.computed) ? 'num' : 'num differs')}
        {noted(notes, 'total', 'review', '审核总分', total.review ?? '')}
        <td className="hide-narrow" colSpan={2} />
      </tr>
      <tr className="grade-row" data-row="grade">
        {noted(notes, 'total', 'grade', '等级', <>等级（按计算总分）：<span className={`grade grade-${totals.grade}`}>{totals.grade}</span></>, 'name')}
        <td colSpan={COLUMNS - 1} className="hide-narrow muted small">等级：≥90 优，≥80 良，≥60 中，其余为差</td>
      </tr>
    </>
  );
}
