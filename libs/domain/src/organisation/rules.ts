import type { Role } from '../actor';
import { COMMON_PASSWORDS } from './common-passwords';
import { ROLE_LABELS_IN_FILES } from './organisation';

/** A problem with one field: `label` is its Chinese name, as in the template's column heading. */
export interface FieldProblem {
  field: string;
  label: string;
  message: string;
}

export const LABELS = {
  regionCode: '区划编码', regionName: '区划名称', parentRegion: '上级区划编码',
  unitCode: '单位编码', unitName: '单位名称', unitRegion: '所属区划编码', parentUnit: '上级单位编码',
  username: '用户名', displayName: '姓名', role: '角色', department: '所属单位编码', region: '所属区划编码',
  email: '电子邮箱', active: '状态', password: '密码', current: '当前密码', next: '新密码',
} as const;

const CODE = /^[A-Za-z0-9._-]{1,32}$/;
const USERNAME = /^[A-Za-z0-9._-]{3,32}$/;
const EMAIL = /^[^\s@]{1,64}@[^\s@]+\.[^\s@]+$/;
// eslint-disable-next-line no-control-regex -- control characters are what this refuses
const CONTROL = /[\u0000-\u001f\u007f\ud800-\udfff]/;

export function checkCode(value: string, field: string, label: string): FieldProblem | null {
  if (!value) return { field, label, message: '不能为空' };
  if (!CODE.test(value)) return { field, label, message: `「${value}」无效：只能由字母、数字和 -_. 组成，1–32 个字符` };
  return null;
}

export function checkName(value: string, field: string, label: string, max = 100): FieldProblem | null {
  if (!value.trim()) return { field, label, message: '不能为空' };
  if (value.length > max) return { field, label, message: `不能超过 ${max} 个字符` };
  if (CONTROL.test(value)) return { field, label, message: '含有不允许的控制字符' };
  return null;
}

export function checkUsername(value: string): FieldProblem | null {
  if (!USERNAME.test(value)) {
    return { field: 'username', label: LABELS.username, message: `「${value}」无效：只能由字母、数字和 -_. 组成，3–32 个字符` };
  }
  return null;
}

export function checkEmail(value: string | null): FieldProblem | null {
  if (value === null) return null;
  if (value.length > 254 || !EMAIL.test(value)) return { field: 'email', label: LABELS.email, message: `「${value}」不是有效的电子邮箱` };
  return null;
}

export function normaliseEmail(value: string | null | undefined): string | null {
  const email = (value ?? '').trim().toLowerCase();
  return email || null;
}

/** SPEC §16: at least 10 characters, not the username, not a common password. */
export function checkPassword(password: string, username: string, field = 'next', label: string = LABELS.next): FieldProblem | null {
  if (password.length < 10) return { field, label, message: '至少 10 个字符' };
  if (password.length > 200) return { field, label, message: '不能超过 200 个字符' };
  const lower = password.toLowerCase();
  if (lower === username.toLowerCase() || lower.includes(username.toLowerCase()) && username.length >= 5) {
    return { field, label, message: '不能与用户名相同或包含用户名' };
  }
  if (COMMON_PASSWORDS.has(lower) || new Set(lower).size <= 2) return { field, label, message: '过于常见，请换一个不易猜到的密码' };
  return null;
}

const ROLES_BY_LABEL = new Map<string, Role>(
  (Object.entries(ROLE_LABELS_IN_FILES) as [Role, string][]).flatMap(([role, label]) => [[label, role], [role, role]]),
);
ROLES_BY_LABEL.set('财政局审核人', 'reviewer').set('审计监督', 'auditor').set('系统管理员', 'admin');

export function roleOf(value: string): Role | null {
  return ROLES_BY_LABEL.get(value.trim()) ?? null;
}

/**
 * SPEC §16: preparers and heads belong to a department, reviewers and auditors to a region; an admin may be limited
 * to a region. The other scope field must be empty.
 */
export function checkRoleScope(role: Role, department: string | null, region: string | null): FieldProblem[] {
  const roleName = ROLE_LABELS_IN_FILES[role];
  const problems: FieldProblem[] = [];
  if (role === 'preparer' || role === 'head') {
    if (!department) problems.push({ field: 'department', label: LABELS.department, message: `角色为${roleName}时必须填写` });
    if (region) problems.push({ field: 'region', label: LABELS.region, message: `角色为${roleName}时应为空（区划取自所属单位）` });
  } else {
    if (department) problems.push({ field: 'department', label: LABELS.department, message: `角色为${roleName}时应为空` });
    if (!region && role !== 'admin') problems.push({ field: 'region', label: LABELS.region, message: `角色为${roleName}时必须填写` });
  }
  return problems;
}
