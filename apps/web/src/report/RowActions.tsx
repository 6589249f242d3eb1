import { messageOf } from '../api/client';
import type { Report } from '../api/types';
import { removeIndicator } from './commands';

export interface Editing {
  rowId: string;
  mode: 'edit' | 'score' | 'review' | 'comment' | 'add';
}

interface Props {
  report: Report;
  rowId: string;
  onEdit(editing: Editing): void;
  onDone(report: Report): void;
}

export function RowActions({ report, rowId, onEdit, onDone }: Props) {
  const can = (command: string) => report.allowedCommands.includes(command);
  const isFormRow = report.indicators.find((i) => i.id === rowId)?.section === 'form';
  const remove = async () => {
    if (!window.confirm('确定删除该指标吗？删除会记入历史记录。')) return;
    try {
      onDone(await removeIndicator(report, rowId));
    } catch (e) {
      window.alert(messageOf(e));
    }
  };
  return (
    <div className="row-actions">
      {can('SetIndicator') && isFormRow && <button onClick={() => onEdit({ rowId, mode: 'edit' })}>修改</button>}
      {can('ChangeSelfScore') && !isFormRow && <button onClick={() => onEdit({ rowId, mode: 'score' })}>改分</button>}
      {can('RemoveIndicator') && isFormRow && <button className="danger" onClick={remove}>删除</button>}
      {can('AdjustScore') && <button onClick={() => onEdit({ rowId, mode: 'review' })}>调整得分</button>}
      {can('AddReviewComment') && rowId !== 'execution' && <button onClick={() => onEdit({ rowId, mode: 'comment' })}>写意见</button>}
    </div>
  );
}
