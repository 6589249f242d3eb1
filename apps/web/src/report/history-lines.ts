import type { HistoryEvent } from '../api/types';
import { FIELD_LABELS } from '../labels';

type Row = Record<string, string>;

export interface Change {
  what: string;
  from?: string | null;
  to?: string | null;
  why?: string;
}

/** Replays the indicator rows so an edit can say which cells changed, from what to what. */
export function describeAll(events: HistoryEvent[]): Change[][] {
  const rows = new Map<string, Row>();
  const nameOf = (id: string) => (id === 'execution' ? '预算执行率' : rows.get(id)?.name ?? id);
  return events.map((event) => {
    const d = event.data ?? {};
    switch (event.type) {
      case 'ReportDrafted': {
        const form = d.document?.selfEvaluationForm ?? d.document;
        (d.indicatorIds ?? []).forEach((id: string, i: number) => rows.set(id, form?.indicators?.[i] ?? {}));
        return [{ what: `导入 ${d.title}，共 ${(d.indicatorIds ?? []).length} 项指标` }];
      }
      case 'IndicatorAdded':
        rows.set(d.indicatorId, d.indicator);
        return [{ what: `新增指标“${d.indicator?.name}”`, to: `${d.indicator?.target ?? ''} · 分值 ${d.indicator?.weight ?? ''}` }];
      case 'IndicatorEdited': {
        const before = rows.get(d.indicatorId) ?? {};
        rows.set(d.indicatorId, { ...d.indicator, score: before.score ?? '' });
        const changed = Object.keys(FIELD_LABELS).filter((k) => k !== 'score' && (before[k] ?? '') !== (d.indicator?.[k] ?? ''));
        return changed.length
          ? changed.map((k) => ({ what: `“${d.indicator?.name}” ${FIELD_LABELS[k]}`, from: before[k] || '（空）', to: d.indicator?.[k] || '（空）' }))
          : [{ what: `“${d.indicator?.name}” 未改动内容` }];
      }
      case 'ReportDetailsEdited':
        return [
          ...(d.title ? [{ what: '标题', to: d.title }] : []),
          ...(d.total ? [{ what: '填报总分', to: `${d.total.score}（分值合计 ${d.total.weight}）` }] : []),
          ...(d.funds ? [{ what: '修改资金表' }] : []),
          ...(d.goals ? [{ what: '修改绩效目标与完成情况' }] : []),
        ];
      case 'IndicatorRemoved':
        return [{ what: `删除指标“${nameOf(d.indicatorId)}”` }];
      case 'SelfScoreChanged':
      case 'ScoreAdjusted':
        if (rows.has(d.indicatorId)) rows.set(d.indicatorId, { ...rows.get(d.indicatorId), score: d.to });
        return [{ what: `“${nameOf(d.indicatorId)}” ${event.type === 'ScoreAdjusted' ? '审核得分' : '自评得分'}`, from: d.from ?? '（空）', to: d.to, why: `原因：${d.reason}` }];
      case 'ReportSignedOff':
        return [{ what: `签署第 ${d.signedVersion} 版` }];
      case 'ReportApproved':
        return [{ what: `审核通过第 ${d.approvedVersion} 版` }];
      case 'ReportSentBack':
        return [{ what: '退回填表人', why: `意见：${d.comment}` }];
      case 'ReviewCommentAdded':
        return [{ what: `对“${d.indicatorId ? nameOf(d.indicatorId) : '总体'}”的意见`, why: `意见：${d.body}` }];
      case 'ReportReturned':
        return (d.comments ?? []).map((c: any) => ({ what: `退回意见：${c.indicatorId ? nameOf(c.indicatorId) : '总体'}`, why: `意见：${c.body}` }));
      case 'RevisionOpened':
        return [{ what: `开启第 ${d.revision} 次修订`, why: `原因：${d.reason}` }];
      case 'SelfEvaluationSubmitted':
        return [{ what: `提交第 ${d.revision} 次修订的自评` }];
      case 'ReportPublished':
        return [{ what: `公开第 ${d.revision} 次修订` }];
      case 'ScoresRecomputed':
        return [{
          what: `按第 ${d.reportVersion} 版、评分规则 ${d.rulesVersion} 计算`,
          to: `总分 ${typeof d.total === 'string' ? d.total : d.total?.computed ?? ''} · 等级 ${d.grade ?? ''} · 问题 ${(d.flags ?? []).length} 个`,
        }];
      case 'DocumentsRendered':
        return [{ what: `第 ${d.reportVersion} 版的文档：${(d.documents ?? []).map((doc: { format: string }) => doc.format.toUpperCase()).join('、')}` }];
      default:
        return [];
    }
  });
}
