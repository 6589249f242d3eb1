import { commandLabel, stateLabel } from './labels';

export interface Problem {
  path: string;
  message: string;
  code?: string;
}

/**
 * Every refusal a decision can make. A command decided on a cached state is decided again on the stored stream
 * after any Refusal, so a new refusal needs no list to be kept up to date.
 */
export abstract class Refusal extends Error {}

export class InvalidInput extends Refusal {
  constructor(readonly problems: Problem[]) {
    super(problems.map((p) => `${p.path}: ${p.message}`).join('; '));
  }
}

export class RoleNotPermitted extends Refusal {
  constructor(message: string) {
    super(message);
  }
}

export class IllegalTransition extends Refusal {
  constructor(
    readonly command: string,
    readonly state: string,
    readonly allowed: string[],
  ) {
    super(`报告当前状态为 ${stateLabel(state)}，不能执行 ${commandLabel(command)}；此状态允许：${allowed.map(commandLabel).join('、') || '无'}`);
  }
}

/** Submission refused while errors of the preparer's own making remain (SPEC §6). */
export class SubmissionBlocked extends Refusal {
  constructor(readonly problems: Problem[]) {
    super(`自评存在 ${problems.length} 个须先改正的错误，不能提交`);
  }
}
