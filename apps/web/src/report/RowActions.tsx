import { App, Button, Popconfirm } from 'antd';
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
  const { message } = App.useApp();
  const can = (command: string) => report.allowedCommands.includes(command);
  const isFormRow = report.indicators.find((i) => i.id === rowId)?.section === 'form';
  const remove = async () => {
    try {
      onDone(await removeIndicator(report, rowId));
    } catch (e) {
      void message.error(messageOf(e));
    }
  };
  const action = (label: string, mode: Editing['mode']) => <Button size="small" onClick={() => onEdit({ rowId, mode })}>{label}</Button>;
  return (
    <div className="row-actions">
      {can('SetIndicator') && isFormRow && action('修改', 'edit')}
      {can('ChangeSelfScore') && !isFormRow && action('改分', 'score')}
      {can('RemoveIndicator') && isFormRow && (
        <Popconfirm title="删除该指标？" description="删除会记入历史记录。" okText="确认删除" cancelText="取消" okButtonProps={{ danger: true }} onConfirm={remove}>
          <Button size="small" danger>删除</Button>
        </Popconfirm>
      )}
      {can('AdjustScore') && action('调整得分', 'review')}
      {can('AddReviewComment') && rowId !== 'execution' && action('写意见', 'comment')}
    </div>
  );
}
