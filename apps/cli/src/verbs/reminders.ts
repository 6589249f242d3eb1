import { CAMPAIGN_TIME_ZONE, dateIn, isCalendarDate } from '@jixiao/domain';
import { runReminders, smtpMailer } from '@jixiao/campaigns';
import { EXIT, Verb } from '../verb';
import { databaseUrl, fail, withPool } from './database';

const USAGE = '用法: jixiao reminders run [--today YYYY-MM-DD]';

/** `jixiao reminders run [--today YYYY-MM-DD]`: the daily reminders now, or as on a given day (SPEC §17). */
export const reminders: Verb = {
  name: 'reminders',
  usage: 'reminders run [--today YYYY-MM-DD]  发送到期提醒（默认按北京时间今天）；同一任务、类型、日期只提醒一次',
  async run(args) {
    const [action, ...options] = args;
    const today = todayOf(options);
    if (action !== 'run' || today instanceof Error) return fail(today instanceof Error ? today.message : USAGE, EXIT.badInput);
    const url = databaseUrl();
    if (url instanceof Error) return fail(url.message, EXIT.badInput);
    const smtpUrl = process.env.SMTP_URL?.trim();
    const mailer = smtpUrl ? smtpMailer(smtpUrl, process.env.SMTP_FROM?.trim() || undefined) : null;
    try {
      const result = await withPool(url, (pool) => runReminders(pool, today, mailer));
      process.stdout.write(`${result.day}：新提醒 ${result.notices} 条` +
        (mailer ? `，邮件 ${result.emailed} 封${result.emailFailures ? `，发送失败 ${result.emailFailures} 封` : ''}` : '') + '\n');
      return EXIT.ok;
    } finally {
      mailer?.close();
    }
  },
};

function todayOf(options: string[]): string | Error {
  if (!options.length) return dateIn(CAMPAIGN_TIME_ZONE, new Date());
  if (options.length !== 2 || options[0] !== '--today') return new Error(USAGE);
  return isCalendarDate(options[1]) ? options[1] : new Error(`--today 应为 YYYY-MM-DD 格式的日期：${options[1]}`);
}
