import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { registry } from './metrics';

// js-yaml comes with @nestjs/swagger; it only reads the files here.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const yaml: { load(text: string): any } = require('js-yaml');

const ops = join(__dirname, '../../../docs/ops');
const read = (path: string) => readFileSync(join(ops, path), 'utf8');
const SUFFIXES = /_(bucket|count|sum)$/;

/** Every jixiao_* metric an expression names, without the histogram suffixes. */
const metricsIn = (expr: string) => [...expr.matchAll(/\bjixiao_[a-z0-9_]+/g)].map(([name]) => name.replace(SUFFIXES, ''));

describe('docs/ops: the dashboard and the alert rules', () => {
  const exported = async () => new Set((await registry.getMetricsAsJSON()).map((metric) => metric.name));

  it('the alert rules parse and name only metrics the processes export', async () => {
    const rules = yaml.load(read('alerts.yml')).groups.flatMap((group: { rules: { alert: string; expr: string }[] }) => group.rules);
    expect(rules.map((rule: { alert: string }) => rule.alert)).toEqual(expect.arrayContaining([
      'JixiaoJobsFailed', 'JixiaoFeedLagging', 'JixiaoCommandsSlow', 'JixiaoSignInLockoutsSpiking',
    ]));
    const known = await exported();
    for (const rule of rules) for (const name of metricsIn(rule.expr)) expect([rule.alert, known.has(name)]).toEqual([rule.alert, true]);
  });

  it('every dashboard panel queries metrics the processes export', async () => {
    const dashboard = JSON.parse(read('grafana/dashboards/jixiao.json'));
    const known = await exported();
    const exprs: string[] = dashboard.panels.flatMap((panel: { targets?: { expr: string }[] }) => (panel.targets ?? []).map((t) => t.expr));
    expect(exprs.length).toBeGreaterThan(15);
    for (const expr of exprs) for (const name of metricsIn(expr)) expect([expr, known.has(name)]).toEqual([expr, true]);
  });

  it('Prometheus loads the alert rules the compose file mounts', () => {
    const config = yaml.load(read('prometheus.yml'));
    expect(config.rule_files).toEqual(['/etc/prometheus/alerts.yml']);
    const compose = yaml.load(readFileSync(join(ops, '../../docker-compose.ops.yml'), 'utf8'));
    expect(compose.services.prometheus.volumes).toContain('./docs/ops/alerts.yml:/etc/prometheus/alerts.yml:ro');
    expect(compose.services.prometheus.profiles).toEqual(['ops']);
    expect(compose.services.grafana.profiles).toEqual(['ops']);
  });
});
