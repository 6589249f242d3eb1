import { PlusOutlined } from '@ant-design/icons';
import { Button } from 'antd';
import { useState } from 'react';
import type { ProblemItem } from '../api/client';
import type { Report } from '../api/types';
import { notesOf } from './cell-notes';
import { newIndicatorId } from './commands';
import { IndicatorForm } from './IndicatorForm';
import { COLUMNS, IndicatorRow } from './IndicatorRow';
import { LevelRow } from './LevelRow';
import { NoteList } from './NoteList';
import { RowActions, type Editing } from './RowActions';
import { RowEditor } from './RowEditor';
import { ExecutionRow, TotalRow } from './TotalRows';
import { AcceptSum } from './AcceptSum';
import { groupByLevel } from './levels';
import { rowsOf, totalsOf } from './table-totals';

interface Props {
  report: Report;
  problems?: ProblemItem[];
  onChanged?(report: Report): void;
}

export function IndicatorTable({ report, problems = [], onChanged }: Props) {
  const [editing, setEditing] = useState<Editing | null>(null);
  const rows = rowsOf(report, 'form');
  const groups = groupByLevel(rows);
  const { notes, unplaced } = notesOf(report, problems, groups.map((g) => g.level), 'form');
  const totals = totalsOf(report, 'form');
  const reviewed = totals.review !== null;
  const done = (next: Report) => { setEditing(null); onChanged?.(next); };
  const editorFor = (rowId: string) =>
    editing?.rowId === rowId && onChanged ? <RowEditor report={report} editing={editing} onDone={done} onCancel={() => setEditing(null)} /> : null;
  const actionsFor = (rowId: string) => (onChanged ? <RowActions report={report} rowId={rowId} onEdit={setEditing} onDone={done} /> : null);
  const isProjectForm = report.kind === 'project-form';

  return (
    <div className="indicator-table">
      {unplaced.length > 0 && <NoteList notes={unplaced} />}
      <table className={onChanged ? 'form-table' : 'form-table read-only'} data-table="form">
        <colgroup>{Array.from({ length: COLUMNS }, (_, i) => <col key={i} className={i === COLUMNS - 1 ? 'actions-col' : undefined} />)}</colgroup>
        <thead>
          <tr><th>指标</th><th>年度指标值</th><th>实际完成值</th><th>分值</th><th>自评得分</th><th>计算得分</th><th>审核得分</th><th>偏差原因分析及改进措施</th><th /></tr>
        </thead>
        <tbody>
          {groups.map(({ level, rows }) => [
            <LevelRow key={`level:${level}`} level={level} rows={rows} notes={notes} reviewed={reviewed} />,
            ...rows.map((indicator) => (
              <IndicatorRow key={indicator.id} indicator={indicator} notes={notes}
                comments={report.comments.filter((c) => c.indicatorId === indicator.id)}
                actions={actionsFor(indicator.id)} editor={editorFor(indicator.id)} />
            )),
          ])}
          <ExecutionRow report={report} notes={notes} actions={actionsFor('execution')} editor={editorFor('execution')} />
          <TotalRow totals={totals} notes={notes} />
        </tbody>
      </table>
      {onChanged && <AcceptSum report={report} table="form" onChanged={onChanged} />}
      {onChanged && report.allowedCommands.includes('SetIndicator') && isProjectForm && (
        editing?.mode === 'add'
          ? <IndicatorForm report={report} indicatorId={editing.rowId} onDone={done} onCancel={() => setEditing(null)} />
          : <Button className="add-indicator" icon={<PlusOutlined />} onClick={() => setEditing({ rowId: newIndicatorId(), mode: 'add' })}>新增指标</Button>
      )}
    </div>
  );
}
