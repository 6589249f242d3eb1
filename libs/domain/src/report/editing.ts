import { isNegativeWeight, NEGATIVE_WEIGHT, parseDocumentPart, type ProjectIndicatorInput } from '@jixiao/scoring';
import type { ChangeSelfScore, EditReportDetails, RemoveIndicator, SetIndicator } from './commands';
import { locate, readCells, readScore } from './document-cells';
import { InvalidInput } from './errors';
import type { IndicatorAdded, IndicatorEdited, IndicatorRemoved, ReportDetailsEdited, SelfScoreChanged } from './events';
import { requireText } from './guards';
import type { Report } from './report';
import { sameScore, validScore, weightAt, weightOfRow } from './score-value';
import { followTotals } from './totals';

/** A funds edit moves the execution row, so the form total follows it, unless the same edit prints a total itself. */
export function editDetails(report: Report, { data }: EditReportDetails): ReportDetailsEdited[] {
  if (data.title !== undefined) requireText(data.title, 'title', '标题');
  const problems = (['funds', 'goals', 'total'] as const)
    .filter((part) => data[part] !== undefined)
    .flatMap((part) => {
      const parsed = parseDocumentPart(part, data[part]);
      return parsed.ok ? [] : parsed.problems;
    });
  if (problems.length) throw new InvalidInput(problems);
  const changed = Object.fromEntries(Object.entries(data).filter(([, value]) => value !== undefined));
  if (!Object.keys(changed).length) return [];
  const [edited] = followTotals(report, [{ type: 'ReportDetailsEdited', data: changed } as ReportDetailsEdited]);
  if (data.total === undefined || !edited.data.totals?.form) return [edited];
  const { totals: { form: _printedByThisEdit, ...rules }, ...rest } = edited.data;
  return [{ ...edited, data: Object.keys(rules).length ? { ...rest, totals: rules } : rest }];
}

export function changeSelfScore(report: Report, { data }: ChangeSelfScore): SelfScoreChanged[] {
  const address = locate(report, data.indicatorId);
  if (!address) throw new InvalidInput([{ path: 'indicatorId', message: `指标 ${data.indicatorId} 不存在` }]);
  const to = validScore(data.score, weightAt(report, address), readCells(report, address).weight);
  const reason = requireText(data.reason, 'reason', '得分修改原因');
  const from = readScore(report, data.indicatorId);
  if (sameScore(from, to)) return [];
  return [{ type: 'SelfScoreChanged', data: { indicatorId: data.indicatorId, from, to, reason } }];
}

/** A new id adds the row; its score, and any later change of it, is a score change with a reason. */
export function setIndicator(report: Report, { data }: SetIndicator): (IndicatorAdded | IndicatorEdited | SelfScoreChanged)[] {
  const { indicatorId, indicator } = data;
  const address = locate(report, indicatorId);
  if (address && address.collection !== 'form') {
    throw new InvalidInput([{ path: 'indicatorId', message: `${indicatorId} 不是可编辑的绩效指标行` }]);
  }
  if (isNegativeWeight(indicator.weight)) throw new InvalidInput([{ path: 'weight', message: NEGATIVE_WEIGHT }]);
  const newScore = indicator.score.trim();
  const to = newScore === '' ? null : validScore(newScore, weightOfRow(indicator), indicator.weight);
  const from = address ? readScore(report, indicatorId) : null;
  const row: ProjectIndicatorInput = { ...indicator, score: from ?? '' };
  const events: (IndicatorAdded | IndicatorEdited | SelfScoreChanged)[] = [
    address ? { type: 'IndicatorEdited', data: { indicatorId, indicator: row } } : { type: 'IndicatorAdded', data: { indicatorId, indicator: row } },
  ];
  if (to !== null && !sameScore(from, to)) {
    const reason = address ? requireText(data.reason, 'reason', '得分修改原因') : (data.reason?.trim() || '新增指标');
    events.push({ type: 'SelfScoreChanged', data: { indicatorId, from, to, reason } });
  }
  return events;
}

export function removeIndicator(report: Report, { data }: RemoveIndicator): IndicatorRemoved[] {
  const address = locate(report, data.indicatorId);
  if (!address || address.collection !== 'form') {
    throw new InvalidInput([{ path: 'indicatorId', message: `指标 ${data.indicatorId} 不存在或不可删除` }]);
  }
  return [{ type: 'IndicatorRemoved', data: { indicatorId: data.indicatorId } }];
}
