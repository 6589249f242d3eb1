import type { ReportCommand } from './commands';
import { IllegalTransition, InvalidInput, RoleNotPermitted } from './errors';
import type { Report } from './report';
import { locate } from './document-cells';
import { commandLabel, ROLE_LABELS } from './labels';
import { COMMANDS_BY_STATE, mayAct } from './workflow';


/** Role first, then state: a preparer asking to sign off learns that it is not theirs to do. */
export function authorize(report: Report, command: ReportCommand): void {
  const { actor, type } = command;
  if (!mayAct(actor, type, report.department)) {
    throw new RoleNotPermitted(`${ROLE_LABELS[actor.role] ?? actor.role} ${actor.username} 无权对本报告执行 ${commandLabel(type)}`);
  }
  const allowed = COMMANDS_BY_STATE[report.state];
  if (!allowed.includes(type)) throw new IllegalTransition(type, report.state, allowed);
}

/** SPEC §7 segregation of duties: nobody signs off or reviews a self-evaluation they submitted. */
export function assertNotSubmitter(report: Report, command: ReportCommand): void {
  if (report.submittedBy !== null && report.submittedBy === command.actor.username) {
    throw new RoleNotPermitted(`${command.actor.username} 提交了本次自评，不能再签署或审核`);
  }
  const email = command.actor.email?.toLowerCase();
  if (email && report.submittedBy !== null && report.submitterEmail === email) {
    throw new RoleNotPermitted(`本次自评由同一人（电子邮箱 ${email}）的另一账号 ${report.submittedBy} 提交，不能再签署或审核`);
  }
}

export function requireText(value: string | undefined, path: string, label: string): string {
  const text = (value ?? '').trim();
  if (!text) throw new InvalidInput([{ path, message: `${label}不能为空` }]);
  return text;
}

export function requireIndicator(report: Report, indicatorId: string | null | undefined, path: string): void {
  if (indicatorId == null) return;
  if (!locate(report, indicatorId)) throw new InvalidInput([{ path, message: `指标 ${indicatorId} 不存在` }]);
}
