export class ReportNotFound extends Error {
  constructor(readonly reportId: string) {
    super(`报告 ${reportId} 不存在或无权查看`);
  }
}
