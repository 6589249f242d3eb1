import Decimal from 'decimal.js';

export type Comparator = '>=' | '<=' | '=' | '>' | '<';

const COMPARATORS: [RegExp, Comparator][] = [
  [/^(≥|≧|>=|=>)/, '>='],
  [/^(≤|≦|<=|=<)/, '<='],
  [/^(==|=|═)/, '='],
  [/^>/, '>'],
  [/^</, '<'],
];

const NOT_APPLICABLE = new Set(['/', '—', '-', '－', '——', '不涉及', '此项目不涉及']);
const MONEY_TO_WAN: Record<string, Decimal> = { 万元: new Decimal(1), 元: new Decimal('0.0001'), 亿元: new Decimal(10000) };

export interface Quantity {
  value: Decimal;
  /** Normalised: '%' for percent, '万元' for money, else the printed label (or null). */
  unit: string | null;
}

// Characters NFKC leaves as they are: most printed cells hold only these, and NFKC is the engine's hottest call.
const NFKC_STABLE = /^[\x21-\x7e\u4e00-\u9fff\u3001-\u3035\u2264-\u2267\u2550\u2014\u2018\u2019\u201c\u201d]*$/;

/** Full-width digits, letters and signs to their ASCII forms; spaces and thousands separators out. */
export function normalizeCell(text: string | undefined | null): string {
  const raw = typeof text === 'string' ? text : String(text ?? '');
  const folded = NFKC_STABLE.test(raw) ? raw : raw.normalize('NFKC').replace(/[\s\u3000]+/g, '');
  return folded.includes(',') ? folded.replace(/(\d),(?=\d{3}\b)/g, '$1') : folded;
}

export function isBlank(text: string | undefined | null): boolean {
  return normalizeCell(text) === '';
}

export function isNotApplicableMark(text: string | undefined | null): boolean {
  return NOT_APPLICABLE.has(normalizeCell(text));
}

export function readComparator(text: string): { comparator: Comparator | null; rest: string } {
  for (const [pattern, comparator] of COMPARATORS) {
    const match = pattern.exec(text);
    if (match) return { comparator, rest: text.slice(match[0].length) };
  }
  return { comparator: null, rest: text };
}

// The same few hundred texts (`≥90%`, `10`, `达成预期指标`) fill most forms: parse each once. Results are frozen,
// and Decimal is immutable, so sharing them is safe; the table is cleared when full rather than tracked per entry.
const QUANTITIES = new Map<string, Quantity | null>();
const QUANTITIES_MAX = 20000;

/** `95%`, `95百分比`, `1.68万元`, `12期`, `2000` → value and unit; null when the text is not a number. */
export function readQuantity(text: string): Quantity | null {
  const known = QUANTITIES.get(text);
  if (known !== undefined) return known;
  if (QUANTITIES.size >= QUANTITIES_MAX) QUANTITIES.clear();
  const quantity = parseQuantity(text);
  QUANTITIES.set(text, quantity && Object.freeze(quantity));
  return quantity;
}

function parseQuantity(text: string): Quantity | null {
  const match = /^([+-]?\d+(?:\.\d+)?)(.*)$/.exec(text);
  if (!match) return null;
  const unitText = match[2];
  if (unitText === '') return { value: new Decimal(match[1]), unit: null };
  if (unitText === '%' || unitText === '百分比' || unitText === '％') return { value: new Decimal(match[1]), unit: '%' };
  const money = MONEY_TO_WAN[unitText];
  if (money) return { value: new Decimal(match[1]).times(money), unit: '万元' };
  if (/^[\p{Script=Han}A-Za-z]{1,4}$/u.test(unitText)) return { value: new Decimal(match[1]), unit: unitText };
  return null;
}

/** A plain decimal cell (weights, scores, amounts); null when blank or unreadable. */
export function readDecimal(text: string | undefined | null): Decimal | null {
  const quantity = readQuantity(normalizeCell(text));
  if (!quantity) return null;
  return quantity.unit === null || quantity.unit === '万元' ? quantity.value : null;
}

export interface CellReading {
  text: string;
  kind: 'blank' | 'not_applicable' | 'quantitative' | 'qualitative';
  comparator: Comparator | null;
  value: string | null;
  unit: string | null;
}

/** The cell reader of SPEC §3, for callers that keep the printed text beside its parsed value. */
export function readCell(text: string): CellReading {
  const normalized = normalizeCell(text);
  if (normalized === '') return { text, kind: 'blank', comparator: null, value: null, unit: null };
  if (isNotApplicableMark(normalized)) return { text, kind: 'not_applicable', comparator: null, value: null, unit: null };
  const { comparator, rest } = readComparator(normalized);
  const quantity = readQuantity(rest);
  if (!quantity) return { text, kind: 'qualitative', comparator: null, value: null, unit: null };
  return { text, kind: 'quantitative', comparator, value: quantity.value.toString(), unit: quantity.unit };
}

export const round2 = (value: Decimal) => value.toDecimalPlaces(2, Decimal.ROUND_HALF_UP);
export const fixed2 = (value: Decimal) => round2(value).toFixed(2);
