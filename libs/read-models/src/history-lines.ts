import { actorLabel, EVENT_LABELS, EXECUTION_ID, formOf, reportIdOf, upcastReportEvent } from '@jixiao/domain';
import type { Actor, PrintedTotals, ReportEvent } from '@jixiao/domain';
import type { RecordedEvent } from '@jixiao/event-store';

/** One cell or fact an event changed, as people read it. */
export interface Change {
  what: string;
  from?: string | null;
  to?: string | null;
  why?: string;
}

/** An event of a report's history, upcast, with what it did in Chinese beside the stored fields the API always sent. */
export interface HistoryLine {
  position: string;
  version: number;
  stream: string;
  type: string;
  at: string;
  actor: RecordedEvent['metadata']['actor'];
  data: unknown;
  hash: string;
  label: string;
  actorLabel: string;
  changes: Change[];
}

type Row = Record<string, string | undefined>;

const FIELD_LABELS: Record<string, string> = {
  level1: '一级指标',
  level2: '二级指标',
  name: '三级指标',
  target: '年度指标值',
  actual: '实际完成值',
  weight: '分值',
  deviation: '偏差原因',
  comparator: '比较符',
  unit: '单位',
};
const TABLE_LABELS: Record<string, string> = { form: '绩效自评表', rules: '附件1 评分表' };
const blank = (text: string | null | undefined) => text || '（空）';

/** Who may read the personal data some events keep (the submitter's email): those who manage or audit accounts. */
const READS_PERSONAL_DATA: ReadonlySet<Actor['role']> = new Set(['admin', 'auditor']);

/** An event's data as `reader` may see it: the stored event is unchanged, the line leaves out what is not theirs. */
function dataFor(type: string, data: unknown, reader: Pick<Actor, 'role'> | undefined): unknown {
  if (type !== 'SelfEvaluationSubmitted' || (reader && READS_PERSONAL_DATA.has(reader.role))) return data;
  const { submitterEmail: _, ...rest } = data as Record<string, unknown>;
  return rest;
}

/**
 * The lines of a report's streams in commit order, as `reader` may see them (without a reader, as anyone may); the
 * indicator rows are replayed so an edit names its cells.
 */
export function historyLinesOf(events: RecordedEvent[], reader?: Pick<Actor, 'role'>): HistoryLine[] {
  const rows = new Map<string, Row>();
  return events.map((event) => {
    const isReportEvent = reportIdOf(event.streamId)?.isCompanion === false;
    const data = dataFor(event.type, isReportEvent ? upcastReportEvent(event).data : event.data, reader);
    const changes = isReportEvent
      ? reportChanges(upcastReportEvent(event), rows)
      : workerChanges(event.type, data as Record<string, any>);
    return {
      position: event.position,
      version: event.version,
      stream: event.streamId,
      type: event.type,
      at: event.metadata.at ?? event.recordedAt,
      actor: event.metadata.actor,
      data,
      hash: event.hash,
      label: EVENT_LABELS[event.type] ?? event.type,
      actorLabel: actorLabel(event.metadata.actor),
      changes,
    };
  });
}

function reportChanges(event: ReportEvent, rows: Map<string, Row>): Change[] {
  const nameOf = (id: string | null) => (id === null ? '总体' : id === EXECUTION_ID ? '预算执行率' : (rows.get(id)?.name ?? id));
  const totals = (printed: PrintedTotals | undefined): Change[] =>
    Object.entries(printed ?? {}).map(([table, total]) => ({
      what: `${TABLE_LABELS[table] ?? table} 总分`,
      to: [total?.score, total?.weight && `分值合计 ${total.weight}`].filter(Boolean).join('，'),
    }));
  switch (event.type) {
    case 'ReportDrafted': {
      const form = formOf(event.data.document);
      event.data.indicatorIds.forEach((id, i) => rows.set(id, { ...form.indicators[i] }));
      return [{ what: `导入 ${event.data.title}，共 ${event.data.indicatorIds.length + event.data.ruleIds.length} 项指标` }];
    }
    case 'IndicatorAdded':
      rows.set(event.data.indicatorId, { ...event.data.indicator });
      return [
        {
          what: `新增指标“${event.data.indicator.name}”`,
          to: `${event.data.indicator.target} · 分值 ${event.data.indicator.weight}`,
        },
        ...totals(event.data.totals),
      ];
    case 'IndicatorEdited': {
      const before = rows.get(event.data.indicatorId) ?? {};
      const after: Row = { ...event.data.indicator, score: before.score };
      rows.set(event.data.indicatorId, after);
      const edited = Object.keys(FIELD_LABELS).filter((key) => (before[key] ?? '') !== (after[key] ?? ''));
      return [
        ...(edited.length
          ? edited.map((key) => ({
              what: `“${after.name}” ${FIELD_LABELS[key]}`,
              from: blank(before[key]),
              to: blank(after[key]),
            }))
          : [{ what: `“${after.name}” 未改动内容` }]),
        ...totals(event.data.totals),
      ];
    }
    case 'IndicatorRemoved':
      return [{ what: `删除指标“${nameOf(event.data.indicatorId)}”` }, ...totals(event.data.totals)];
    case 'ReportDetailsEdited': {
      const total = event.data.total as { score?: string; weight?: string } | undefined;
      return [
        ...(event.data.title ? [{ what: '标题', to: event.data.title }] : []),
        ...(total ? [{ what: '填报总分', to: `${total.score}（分值合计 ${total.weight}）` }] : []),
        ...(event.data.funds ? [{ what: '修改资金表' }] : []),
        ...(event.data.goals ? [{ what: '修改绩效目标与完成情况' }] : []),
        ...totals(event.data.totals),
      ];
    }
    case 'SelfScoreChanged':
    case 'ScoreAdjusted': {
      const { indicatorId, from, to, reason } = event.data;
      if (event.type === 'SelfScoreChanged' && rows.has(indicatorId))
        rows.set(indicatorId, { ...rows.get(indicatorId), score: to });
      const which = event.type === 'ScoreAdjusted' ? '审核得分' : '自评得分';
      const followed = event.type === 'SelfScoreChanged' ? totals(event.data.totals) : [];
      return [{ what: `“${nameOf(indicatorId)}” ${which}`, from: blank(from), to, why: `原因：${reason}` }, ...followed];
    }
    case 'SumAccepted':
      return totals(event.data.totals);
    case 'SelfEvaluationSubmitted':
      return [{ what: `提交第 ${event.data.revision} 次修订的自评` }];
    case 'SubmissionWithdrawn':
      return [{ what: `撤回第 ${event.data.revision} 次修订的提交` }];
    case 'ReportSentBack':
      return [{ what: '退回填表人', why: `意见：${event.data.comment}` }];
    case 'ReportSignedOff':
      return [{ what: `签署第 ${event.data.signedVersion} 版` }];
    case 'ReviewCommentAdded':
      return [{ what: `对“${nameOf(event.data.indicatorId)}”的意见`, why: `意见：${event.data.body}` }];
    case 'ReportReturned':
      return event.data.comments.map((c) => ({ what: `退回意见：${nameOf(c.indicatorId)}`, why: `意见：${c.body}` }));
    case 'ReportApproved':
      return [{ what: `审核通过第 ${event.data.approvedVersion} 版` }];
    case 'ReportPublished':
      return [{ what: `公开第 ${event.data.revision} 次修订` }];
    case 'RevisionOpened':
      return [{ what: `开启第 ${event.data.revision} 次修订`, why: `原因：${event.data.reason}` }];
  }
}

function workerChanges(type: string, data: Record<string, any>): Change[] {
  if (type === 'ScoresRecomputed') {
    const total = typeof data.total === 'string' ? data.total : (data.total?.computed ?? '');
    return [
      {
        what: `按第 ${data.reportVersion} 版、评分规则 ${data.rulesVersion} 计算`,
        to: `总分 ${total} · 等级 ${data.grade ?? ''} · 问题 ${(data.flags ?? []).length} 个`,
      },
    ];
  }
  if (type === 'DocumentsRendered') {
    const formats = (data.documents ?? []).map((doc: { format: string }) => doc.format.toUpperCase()).join('、');
    return [{ what: `第 ${data.reportVersion} 版的文档：${formats}` }];
  }
  return [];
}
