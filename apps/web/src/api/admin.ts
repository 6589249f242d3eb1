import { api } from './client';
import type { Role } from './types';

export interface Region { code: string; name: string; parentCode: string | null }
export interface Department { code: string; name: string; regionCode: string; units: { code: string; name: string }[] }
export interface Account {
  username: string; displayName: string; role: Role; department: string | null; region: string | null;
  email: string | null; active: boolean; mustChangePassword: boolean;
}
export interface AccountInput {
  username?: string; displayName: string; role: Role; department: string | null; region: string | null; email: string | null;
}
export interface ImportRow { sheet: string; row: number; key: string; outcome: 'created' | 'updated' | 'unchanged'; oneTimePassword?: string }
export interface SignIn { id: string; at: string; username: string; address: string; outcome: 'success' | 'failure' | 'locked'; known: boolean }
export interface AuditEntry {
  position: string; type: string; at: string; actor: { username: string; role: string };
  data: { username?: string; code?: string; changes?: Record<string, { from: unknown; to: unknown }> } & Record<string, unknown>;
}

export const adminApi = {
  regions: () => api<Region[]>('/admin/regions'),
  departments: () => api<Department[]>('/admin/departments'),
  users: () => api<Account[]>('/admin/users'),
  addRegion: (body: { code: string; name: string; parentCode: string | null }) => api<Region>('/admin/regions', { method: 'POST', body }),
  addDepartment: (body: { code: string; name: string; regionCode: string }) => api('/admin/departments', { method: 'POST', body }),
  addUnit: (body: { code: string; name: string; departmentCode: string }) => api('/admin/units', { method: 'POST', body }),
  createUser: (body: AccountInput) => api<{ user: Account; oneTimePassword: string }>('/admin/users', { method: 'POST', body }),
  changeUser: (username: string, body: Partial<AccountInput> & { active?: boolean }) =>
    api<Account>(`/admin/users/${encodeURIComponent(username)}`, { method: 'PATCH', body }),
  resetPassword: (username: string) =>
    api<{ username: string; oneTimePassword: string }>(`/admin/users/${encodeURIComponent(username)}/reset-password`, { method: 'POST' }),
  importOrganisation: (file: File) => {
    const body = new FormData();
    body.append('file', file);
    return api<{ rows: ImportRow[]; counts: Record<string, number> }>('/admin/organisation', { method: 'POST', body });
  },
  signIns: (page: number, username?: string) =>
    api<{ items: SignIn[]; total: number }>(`/admin/sign-ins?page=${page}&pageSize=20${username ? `&username=${encodeURIComponent(username)}` : ''}`),
  audit: (username?: string) => api<AuditEntry[]>(`/admin/audit${username ? `?username=${encodeURIComponent(username)}` : ''}`),
};
