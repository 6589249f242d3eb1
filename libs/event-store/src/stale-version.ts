export class StaleVersion extends Error {
  constructor(
    readonly streamId: string,
    readonly expectedVersion: number,
    readonly actualVersion: number | null = null,
  ) {
    super(`版本已过期：期望版本 ${expectedVersion}${actualVersion === null ? '' : `，当前版本 ${actualVersion}`}`);
  }
}
