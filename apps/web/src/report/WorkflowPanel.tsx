import { useEffect, useState, type ReactNode } from 'react';
import { Alert, Button, Popconfirm } from 'antd';
import { ApiError, messageOf, type ProblemItem } from '../api/client';
import type { Report } from '../api/types';
import { transition } from './commands';
import { TextAction } from './TextAction';

interface Props {
  report: Report;
  onChanged(report: Report): void;
  onRefused(problems: ProblemItem[]): void;
  onStale(): Promise<void>;
}

const WAITING: Record<string, string> = {
  draft: '填表人正在填报', self_scored: '等待单位负责人签署', signed_off: '等待财政局审核',
  reviewed: '审核通过，等待公开', published: '已向社会公开',
};

export function WorkflowPanel({ report, onChanged, onRefused, onStale }: Props) {
  const [message, setMessage] = useState('');
  const [busy, setBusy] = useState(false);
  // A refusal's message is about the version refused: an edit (a new version) clears it.
  useEffect(() => setMessage(''), [report.version]);
  const can = (command: string) => report.allowedCommands.includes(command);
  const run = async (path: string, body: unknown = {}) => {
    setBusy(true);
    setMessage('');
    try {
      const next = await transition(report, path, body);
      onChanged(path === 'return' || path === 'send-back' ? { ...next, returned: true } : next);
    } catch (e) {
      const problem = e instanceof ApiError ? e.problem : null;
      if (problem?.status === 422) onRefused(problem.errors);
      if (problem?.status === 412) await onStale();
      setMessage(problem?.status === 422
        ? `自评不能提交：${problem.errors.length} 个问题须先改正，已在表中对应位置标出。`
        : problem?.status === 412 ? '报告已被他人修改，已载入最新版本，请核对后再操作。' : messageOf(e));
    } finally {
      setBusy(false);
    }
  };
  const totals = `自评总分 ${report.total.self}，计算总分 ${report.total.computed}${report.total.review && reviewed(report) ? `，审核总分 ${report.total.review}` : ''}，等级 ${report.grade}`;
  return (
    <section className="card workflow" data-testid="workflow">
      <p className="status-line">
        {WAITING[report.state]}
        {report.signedVersion ? ` · 负责人签署第 ${report.signedVersion} 版` : ''}
        {report.approvedVersion ? ` · 财政局审核通过第 ${report.approvedVersion} 版` : ''}
      </p>
      {message && <Alert className="workflow-refusal" type="error" showIcon title={message} role="alert" />}
      <div className="workflow-actions">
        {can('SubmitSelfEvaluation') && (
          <Confirmed title="提交自评" ok="确认提交" busy={busy} onConfirm={() => run('submit')}
            description={<>将第 {report.version} 版（{totals}）提交单位负责人签署。提交后不能再修改，除非撤回或被退回。</>} />
        )}
        {can('WithdrawSubmission') && <Button disabled={busy} onClick={() => run('withdraw')}>撤回提交</Button>}
        {can('SignOffReport') && (
          <div className="sign-off" data-testid="sign-off">
            <p>您将签署本报告<strong>第 {report.version} 版</strong>（{totals}）。签署即确认该版本，提交财政局审核；此后的任何修改都会形成新版本。</p>
            <Button type="primary" loading={busy} onClick={() => run('sign-off')}>签署第 {report.version} 版</Button>
          </div>
        )}
        {can('SendBackReport') && <TextAction label="退回意见" button="退回填表人" busy={busy} onSubmit={(comment) => run('send-back', { comment })} />}
        {can('ReturnReport') && <TextAction label="退回意见（已添加的指标意见会一并退回给填表人）" button="退回修改" busy={busy}
          onSubmit={(body) => run('return', { comments: [{ body }] })} />}
        {can('ApproveReport') && (
          <Confirmed title={`审核通过第 ${report.version} 版`} ok="确认通过" busy={busy} onConfirm={() => run('approve')}
            description={<>审核通过本报告第 {report.version} 版（{totals}），此后即可公开。</>} />
        )}
        {can('PublishReport') && (
          <Confirmed title="公开报告" ok="确认公开" busy={busy} onConfirm={() => run('publish')}
            description={<>公开后任何人无需登录即可查看和下载本报告第 {report.version} 版（不含审核意见和用户名）。</>} />
        )}
        {can('OpenRevision') && <TextAction label="修订原因" button="开启修订" busy={busy} onSubmit={(reason) => run('revisions', { reason })} />}
      </div>
    </section>
  );
}

const reviewed = (report: Report) => report.indicators.some((i) => i.reviewScore !== null) || report.execution.reviewScore !== null;

/** A transition that cannot be taken back by its actor asks first, saying what will happen, as sign-off does. */
function Confirmed({ title, ok, description, busy, onConfirm }: { title: string; ok: string; description: ReactNode; busy: boolean; onConfirm(): void }) {
  return (
    <Popconfirm title={`${title}？`} description={<div className="confirm-text">{description}</div>} okText={ok} cancelText="取消" onConfirm={onConfirm}>
      <Button type="primary" disabled={busy} data-action={title}>{title}</Button>
    </Popconfirm>
  );
}
