import { Card, Col, Row, Statistic } from 'antd';
import type { Figures } from '../api/types';
import { STATE_LABELS } from '../labels';
import { amount } from './format';

const STATES = Object.keys(STATE_LABELS) as (keyof typeof STATE_LABELS)[];
const GRADES = ['优', '良', '中', '差'];

function Figure({ title, value, suffix }: { title: string; value: string | number; suffix?: string }) {
  return (
    <Card size="small" className="figure">
      <Statistic title={title} value={value} suffix={suffix} />
    </Card>
  );
}

/** The selection's totals: the key figures, then the reports by state and by grade. */
export function OverallCards({ figures }: { figures: Figures }) {
  const key: [string, string | number, string?][] = [
    ['报告数', figures.reports.toLocaleString('zh-CN'), '份'],
    ['平均计算总分', figures.averageComputedTotal ?? '—'],
    ['预算执行率', figures.funds.executionRate ?? '—'],
    ['全年预算数', amount(figures.funds.annualBudget), figures.funds.annualBudget ? '万元' : undefined],
    ['执行数', amount(figures.funds.executed), figures.funds.executed ? '万元' : undefined],
    ['有错误的报告', figures.withErrorFlags.toLocaleString('zh-CN'), '份'],
  ];
  return (
    <div className="overall" data-testid="overall">
      <Row gutter={[12, 12]}>
        {key.map(([title, value, suffix]) => (
          <Col key={title} xs={12} md={8} xl={4}><Figure title={title} value={value} suffix={suffix} /></Col>
        ))}
      </Row>
      <Row gutter={[12, 12]} style={{ marginTop: 12 }}>
        <Col xs={24} xl={14}>
          <Card size="small" title="各状态报告数">
            <div className="figure-row">
              {STATES.map((state) => <Statistic key={state} title={STATE_LABELS[state]} value={figures.byState[state] ?? 0} />)}
            </div>
          </Card>
        </Col>
        <Col xs={24} xl={10}>
          <Card size="small" title="等级分布（按计算总分）">
            <div className="figure-row">
              {GRADES.map((grade) => <Statistic key={grade} title={grade} value={figures.grades[grade] ?? 0} />)}
            </div>
          </Card>
        </Col>
      </Row>
    </div>
  );
}
