import type { Rule } from '@jixiao/scoring';

// 评分标准 printed as ranges: `预算控制率=0，计5分；0-10%（含），计4分；…；大于30%不得分` (upper bounds, rising) or
// `90%（含）以上计6分；80%（含）-90%，计4分；…；低于70%计0分` (lower bounds, falling) — the bands rule of SPEC §5.

const N = '(-?\\d+(?:\\.\\d+)?)';

type Band = { max?: string; min?: string; inclusive?: boolean; points: string };

export function bands(text: string): Rule | null {
  const clauses = text.split(/[；;。]/).map((c) => c.replace(/^[，,]/, '')).filter(Boolean);
  const read = clauses.map(bandOf);
  if (read.length < 3 || read.some((b) => b === null)) return null;
  const list = read as Band[];
  const rising = list.slice(0, -1).every((b) => b.max !== undefined);
  const falling = list.slice(0, -1).every((b) => b.min !== undefined);
  const last = list[list.length - 1];
  if (!rising && !falling) return null;
  return { kind: 'bands', bands: [...list.slice(0, -1), { points: last.points }] };
}

function bandOf(clause: string): Band | null {
  const points = new RegExp(`(?:计|得)?${N}分$`).exec(clause)?.[1] ?? (/(不计分|不得分)$/.test(clause) ? '0' : null);
  if (points === null) return null;
  const equal = new RegExp(`=${N}%?[，,]`).exec(clause);
  if (equal) return { max: equal[1], inclusive: true, points };
  const range = new RegExp(`${N}%?(\\(含\\))?-${N}%?(\\(含\\))?`).exec(clause);
  if (range) return range[2] ? { min: range[1], inclusive: true, points } : { max: range[3], inclusive: true, points };
  const atLeast = new RegExp(`${N}%?(\\(含\\))?以上`).exec(clause);
  if (atLeast) return { min: atLeast[1], inclusive: true, points };
  const beyond = new RegExp(`(大于|高于|超过|低于|小于)${N}%?`).exec(clause);
  if (beyond) return { points };
  return null;
}
