import type { Rule } from '@jixiao/scoring';
import { bands } from './bands';

// SPEC §5: the structured rule behind a printed 评分标准, for the phrasings the bureaus' tables use. A text none
// of these fits is kept as printed and flagged RULE_UNREAD; its row then has no computed score.

const NUMBER = '(\\d+(?:\\.\\d+)?)';
const MARKS = '①②③④⑤⑥⑦⑧⑨⑩';

export function ruleOfCriterion(criterion: string, weight: string): Rule | null {
  // Not NFKC: it would turn ① into 1.
  const text = criterion.replace(/\s+/g, '').replace(/（/g, '(').replace(/）/g, ')').replace(/％/g, '%').replace(/＞/g, '>').replace(/＜/g, '<');
  return checklist(text) ?? deductPerCount(text, weight) ?? deductPerStep(text, weight) ?? bands(text) ?? levels(text);
}

function checklist(text: string): Rule | null {
  const items = [...text.matchAll(new RegExp(`([${MARKS}])[^${MARKS}]*?${NUMBER}分`, 'g'))].map((m) => ({ mark: m[1], points: m[2] }));
  const marks = [...text].filter((ch) => MARKS.includes(ch));
  return items.length >= 2 && items.length === marks.length ? { kind: 'checklist', items } : null;
}

function deductPerCount(text: string, weight: string): Rule | null {
  const match = new RegExp(`每(出现|发现|有)一(例|处|项|次|个)[^，,；;。]*?扣${NUMBER}分`).exec(text);
  return match ? { kind: 'deductPerCount', full: weight, deduct: match[3] } : null;
}

function deductPerStep(text: string, weight: string): Rule | null {
  const match = new RegExp(`每(超过|超出|高于|低于|下降|降低|减少)(\\(降低\\)|\\(超过\\)|或低于|或超过)?(一个百分点|${NUMBER}(%|个百分点))扣${NUMBER}分`).exec(text);
  if (!match) return null;
  const threshold = new RegExp(`以${NUMBER}%为标准|${NUMBER}%(以下|以上)?(\\(含\\))?计满分|达${NUMBER}%以上|[≦≤<]=?${NUMBER}%?`).exec(text);
  const value = threshold?.slice(1).find((v) => v !== undefined && /^\d/.test(v));
  if (value === undefined) return null;
  const above = /超过|超出|高于/.test(match[1]);
  const direction = match[2] ? 'both' : above ? 'above' : 'below';
  return { kind: 'deductPerStep', full: weight, threshold: value, direction, step: match[4] ?? '1', deduct: match[6] };
}

function levels(text: string): Rule | null {
  const entries: [string, string][] = [];
  for (const clause of text.split(/[，,；;。]/)) {
    const match = new RegExp(`^(.+?)的?(?:计|得)?${NUMBER}分$`).exec(clause) ?? /^(.+?)的?(?:不计分|不得分)$/.exec(clause);
    if (match && !/\d|%|扣|每|计满分|^[计得]$/.test(match[1])) entries.push([levelName(match[1]), match[2] ?? '0']);
  }
  return entries.length >= 2 ? { kind: 'levels', levels: Object.fromEntries(entries) } : null;
}

/** `…降低行政成本效果较好` → `效果较好`: a level named at the end of a sentence describing it. */
function levelName(label: string): string {
  const at = label.lastIndexOf('效果');
  return label.length > 8 && at > 0 && !/^(无|没有)/.test(label) ? label.slice(at) : label;
}
