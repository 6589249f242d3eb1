import { evolve, initialReport } from '@jixiao/domain';
import { reportReadModels, toReportView, withAllowedCommands } from '@jixiao/read-models';
import { actors, aReportDrafted, aSubmission, beijingOffice } from '@jixiao/testing';
import { replyOf } from './reply';

describe('replyOf', () => {
  const reports = {
    'a project form in draft': [aReportDrafted()],
    'a department report, submitted': [aReportDrafted(beijingOffice()), aSubmission()],
  };

  it.each(Object.entries(reports))('sends, for %s, the very text res.json would send of the report with its allowed commands', (_, events) => {
    const view = toReportView(events.reduce(evolve, initialReport()));
    for (const actor of [actors.preparer, actors.head, actors.reviewer]) {
      const reply = replyOf(view, actor);
      expect(reply.json).toBe(JSON.stringify(withAllowedCommands(view, actor)));
      expect(JSON.parse(reply.json!)).toEqual(reply.body);
    }
  });

  it('writes to report_view the same view text the reply carries', () => {
    const view = toReportView([aReportDrafted()].reduce(evolve, initialReport()));
    const at = '2026-01-01T00:00:00.000Z';
    const writes = reportReadModels.writesOf(view, at)!;
    expect(JSON.parse(writes.inputJson!)).toEqual(JSON.parse(JSON.stringify(writes.input)));
    expect(replyOf(view, actors.preparer).json!.startsWith(JSON.stringify(view).slice(0, -1))).toBe(true);
  });
});
