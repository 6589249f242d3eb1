import type { Report } from '@jixiao/domain';

const CAPACITY = 2000;

/**
 * The last folded state of recently used reports. Events never change once written, so a cached state at version n
 * plus the events after n is the stream's state: a load reads only what it has not seen.
 */
export class ReportCache {
  private readonly entries = new Map<string, Report>();

  get(reportId: string): Report | undefined {
    const report = this.entries.get(reportId);
    if (report) {
      this.entries.delete(reportId);
      this.entries.set(reportId, report);
    }
    return report;
  }

  remember(reportId: string, report: Report): void {
    if (!report.exists) return;
    const known = this.entries.get(reportId);
    if (known && known.version >= report.version) return;
    this.entries.delete(reportId);
    this.entries.set(reportId, report);
    if (this.entries.size > CAPACITY) this.entries.delete(this.entries.keys().next().value as string);
  }
}
