import { Difference, rebuildProjections, verifyProjections } from '@jixiao/read-models';
import { rebuildCampaigns } from '@jixiao/campaigns';
import { EXIT, Verb } from '../verb';
import { fail, ownerUrl, withPool } from './database';

const USAGE = '用法: jixiao projections rebuild [--verify]';

/** `jixiao projections rebuild [--verify]`: rebuild every read model from the events, or compare a scratch rebuild with the live one. */
export const projections: Verb = {
  name: 'projections',
  usage: 'projections rebuild [--verify]  由事件重建全部读模型；--verify 重建到临时 schema 并与现有读模型逐项比较',
  async run(args) {
    const [action, ...options] = args;
    if (action !== 'rebuild' || options.some((o) => o !== '--verify')) return fail(USAGE, EXIT.badInput);
    const url = ownerUrl(); // the rebuild locks and rewrites the read models; --verify creates a scratch schema
    if (url instanceof Error) return fail(url.message, EXIT.badInput);
    const started = process.hrtime.bigint();
    const seconds = () => Number(process.hrtime.bigint() - started) / 1e9;
    if (options.includes('--verify')) {
      const result = await withPool(url, (pool) => verifyProjections(pool));
      result.differences.forEach((difference) => process.stdout.write(describe(difference)));
      process.stdout.write(`${result.events} 个事件重建比较完毕，用时 ${seconds().toFixed(2)} 秒：` +
        `${result.differences.length ? `${result.differences.length} 处差异` : '无差异'}\n`);
      return result.differences.length ? EXIT.checkFailed : EXIT.ok;
    }
    const [result, campaigns] = await withPool(url, async (pool) => [await rebuildProjections(pool), await rebuildCampaigns(pool)] as const);
    const elapsed = seconds();
    process.stdout.write(`已由 ${result.events} 个事件重建读模型：报告 ${result.reports} 份，评分变更 ${result.scoreChanges} 条；` +
      `自评任务 ${campaigns.campaigns} 个，任务 ${campaigns.tasks} 项；` +
      `用时 ${elapsed.toFixed(2)} 秒（${Math.round(result.events / elapsed)} 事件/秒）\n`);
    return EXIT.ok;
  },
};

const LABELS = { missing: '现有读模型缺少此行', extra: '现有读模型多出此行（事件中没有）', changed: '内容不同' };

function describe({ table, key, kind, fields }: Difference): string {
  const lines = fields.map(({ field, live, rebuilt }) => `    ${field}: 现有 ${JSON.stringify(live)} ≠ 重建 ${JSON.stringify(rebuilt)}\n`);
  return `${table} ${key}: ${LABELS[kind]}\n${lines.join('')}`;
}
