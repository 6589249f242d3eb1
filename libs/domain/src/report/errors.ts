import { commandLabel, stateLabel } from './labels';

export interface Problem {
  path: string;
  message: string;
  code?: string;
}

export class InvalidInput extends Error {
  constructor(readonly problems: Problem[]) {
    super(problems.map((p) => `${p.path}: ${p.message}`).join('; '));
  }
}

export class RoleNotPermitted extends Error {
  constructor(message: string) {
    super(message);
  }
}

export class IllegalTransition extends Error {
  constructor(
    readonly command: string,
    readonly state: string,
    readonly allowed: string[],
  ) {
    super(`报告当前状态为 ${stateLabel(state)}，不能执行 ${commandLabel(command)}；此状态允许：${allowed.map(commandLabel).join('、') || '无'}`);
  }
}

/** Submission refused while errors of the preparer's own making remain (SPEC §6). */
export class SubmissionBlocked extends Error {
  constructor(readonly problems: Problem[]) {
    super(`自评存在 ${problems.length} 个须先改正的错误，不能提交`);
  }
}
