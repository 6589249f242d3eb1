import { api } from '../api/client';
import type { Indicator, Report } from '../api/types';

const base = (report: Report) => `/reports/${report.id}`;

/** Transitions carry the version the user is looking at, so a stale screen is refused (412) rather than acted on. */
export const transition = (report: Report, path: string, body: unknown = {}) =>
  api<Report>(`${base(report)}/${path}`, { method: 'POST', body, ifMatch: report.version, idempotencyKey: crypto.randomUUID() });

export const setScore = (report: Report, indicatorId: string, score: string, reason: string) =>
  api<Report>(`${base(report)}/indicators/${indicatorId}/score`, { method: 'PUT', body: { score, reason }, ifMatch: report.version });

export type IndicatorFields = Pick<Indicator, 'level1' | 'level2' | 'name' | 'target' | 'actual' | 'weight' | 'deviation'> & { score: string };

export const saveIndicator = (report: Report, indicatorId: string, fields: IndicatorFields, reason: string) =>
  api<Report>(`${base(report)}/indicators/${indicatorId}`, {
    method: 'PUT', body: { ...fields, ...(reason.trim() ? { reason } : {}) }, ifMatch: report.version,
  });

export const removeIndicator = (report: Report, indicatorId: string) =>
  api<Report>(`${base(report)}/indicators/${indicatorId}`, { method: 'DELETE', ifMatch: report.version });

export const addComment = (report: Report, indicatorId: string | null, body: string) =>
  api<Report>(`${base(report)}/comments`, { method: 'POST', body: { indicatorId, body }, idempotencyKey: crypto.randomUUID() });

export const newIndicatorId = () => `n${Date.now().toString(36)}${Math.floor(Math.random() * 1296).toString(36)}`;
