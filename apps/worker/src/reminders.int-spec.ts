import { randomUUID } from 'node:crypto';
import { SMTPServer } from 'smtp-server';
import { QueueEvents } from 'bullmq';
import { addDays, CAMPAIGN_TIME_ZONE, dateIn } from '@jixiao/domain';
import { CampaignCommands } from '@jixiao/campaigns';
import { connectionOf } from '@jixiao/reports';
import { reportStreams } from '@jixiao/read-models';
import { actors, useTestDatabase } from '@jixiao/testing';
import { seedDemoData } from '../../api/src/demo/seed-demo-data';
import { REMINDERS_REPEAT, REMINDERS_SCHEDULER, startReminders } from './jobs/reminders.job';
import { uniqueQueue } from './worker-test-kit';

/** SPEC §17: the daily reminders job, with email through a real SMTP server this test starts on a free port. */
describe('reminders job', () => {
  const db = useTestDatabase();
  const received: { to: string[]; message: string }[] = [];
  const smtp = new SMTPServer({
    authOptional: true, disabledCommands: ['STARTTLS'],
    onData(stream, session, callback) {
      let message = '';
      stream.on('data', (chunk: Buffer) => { message += chunk.toString('utf8'); });
      stream.on('end', () => {
        received.push({ to: session.envelope.rcptTo.map((r) => r.address), message });
        callback();
      });
    },
  });
  let port = 0;
  const selfDue = addDays(dateIn(CAMPAIGN_TIME_ZONE, new Date()), 400);
  const taskIds: string[] = [];

  beforeAll(async () => {
    await new Promise<void>((resolve) => smtp.listen(0, '127.0.0.1', resolve));
    port = (smtp.server.address() as { port: number }).port;
    await seedDemoData(db.pool);
    // A department of its own, so the demo campaign's tasks never reach these mailboxes.
    await db.pool.query(`INSERT INTO departments (code, name, region_code) VALUES ('rm1', '提醒测试单位', '340400')`);
    await db.pool.query(`INSERT INTO users (username, password_hash, role, department, display_name, email) VALUES
      ('rm-preparer', 'x', 'preparer', 'rm1', '测试填表人', 'rm-preparer@example.test'),
      ('rm-head', 'x', 'head', 'rm1', '测试负责人', 'rm-head@example.test'),
      ('rm-nomail', 'x', 'preparer', 'rm1', '无邮箱', NULL)`);
    const commands = new CampaignCommands(db.pool, reportStreams(db.pool));
    const context = { actor: actors.reviewer, today: dateIn(CAMPAIGN_TIME_ZONE, new Date()), at: new Date().toISOString(), correlationId: 'test' };
    const campaignId = await commands.open({
      fiscalYear: '2025', title: '提醒测试', region: '340400', selfEvaluationDue: selfDue, reviewDue: addDays(selfDue, 10),
      departments: 'all', departmentReports: false,
    }, context);
    await commands.importProjects(campaignId, [{ row: 2, code: 'R-1', name: '提醒项目', department: 'rm1', implementingUnit: '', initialBudget: '1', annualBudget: '1', executed: '', executionWeight: '' }], context);
    const { rows } = await db.pool.query(`SELECT id FROM campaign_tasks WHERE campaign_id = $1`, [campaignId]);
    taskIds.push(...rows.map((r) => r.id));
  });
  afterAll(() => new Promise<void>((resolve) => smtp.close(() => resolve())));

  it('registers one daily 09:00 Asia/Shanghai scheduler and, run for a day, notifies and emails once', async () => {
    const queueName = uniqueQueue();
    const redisUrl = process.env.REDIS_URL ?? 'redis://127.0.0.1:6379';
    const reminders = await startReminders(db.pool, { queueName, redisUrl, smtpUrl: `smtp://127.0.0.1:${port}` });
    const events = new QueueEvents(queueName, { connection: connectionOf(redisUrl) });
    try {
      const schedulers = await reminders.queue.getJobSchedulers();
      expect(schedulers).toEqual([expect.objectContaining({ key: REMINDERS_SCHEDULER, pattern: REMINDERS_REPEAT.pattern, tz: 'Asia/Shanghai' })]);
      await events.waitUntilReady();
      const overdueDay = addDays(selfDue, 1);
      for (let run = 0; run < 2; run++) {
        const job = await reminders.queue.add('run-reminders', { today: overdueDay }, { jobId: randomUUID() });
        const result = await job.waitUntilFinished(events, 30000);
        expect(result.day).toBe(overdueDay);
      }
      const { rows } = await db.pool.query(
        `SELECT username, kind, emailed_at IS NOT NULL AS emailed FROM notifications WHERE task_id = ANY($1) ORDER BY username`, [taskIds]);
      expect(rows).toEqual([
        { username: 'rm-head', kind: 'overdue', emailed: true }, { username: 'rm-nomail', kind: 'overdue', emailed: false },
        { username: 'rm-preparer', kind: 'overdue', emailed: true },
      ]);
      const mine = received.filter((m) => m.to.some((to) => to.endsWith('@example.test')));
      expect(mine.map((m) => m.to).flat().sort()).toEqual(['rm-head@example.test', 'rm-preparer@example.test']);
      expect(mine[0].message).toMatch(/Subject: =\?UTF-8\?/);
    } finally {
      await events.close();
      await reminders.queue.obliterate({ force: true }).catch(() => undefined);
      await reminders.close();
    }
  });
});
