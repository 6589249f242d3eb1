import Decimal from 'decimal.js';
import { Comparator, comparatorAt } from './comparators';
import { memoizeText } from './text-memo';

export type { Comparator } from './comparators';

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
  if (NFKC_STABLE.test(raw)) return raw.includes(',') ? withoutThousandsSeparators(raw) : raw;
  return foldedCell(raw);
}

const withoutThousandsSeparators = (text: string) => text.replace(/(\d),(?=\d{3}\b)/g, '$1');

// NFKC costs ten times the test above; cells that need it (`＝12期`, `（50分）`) repeat like the others.
const foldedCell = memoizeText((raw: string) => {
  const folded = raw.normalize('NFKC').replace(/[\s\u3000]+/g, '');
  return folded.includes(',') ? withoutThousandsSeparators(folded) : folded;
});

export function isBlank(text: string | undefined | null): boolean {
  return normalizeCell(text) === '';
}

export function isNotApplicableMark(text: string | undefined | null): boolean {
  return NOT_APPLICABLE.has(normalizeCell(text));
}

/** `≥ ≧ >= => ≤ ≦ <= =< == = ═ > <` at the start of the text (NFKC has already folded `＞＝` and the like). */
export function readComparator(text: string): { comparator: Comparator | null; rest: string } {
  const found = comparatorAt(text);
  return found === null ? { comparator: null, rest: text } : { comparator: found.comparator, rest: text.slice(found.length) };
}

/** `95%`, `95百分比`, `1.68万元`, `12期`, `2000` → value and unit; null when the text is not a number. */
export const readQuantity: (text: string) => Quantity | null = memoizeText((text) => {
  const quantity = parseQuantity(text);
  return quantity && Object.freeze(quantity);
});

const NUMBER_AND_UNIT = /^([+-]?\d+(?:\.\d+)?)(.*)$/;
const UNIT_LABEL = /^[\p{Script=Han}A-Za-z]{1,4}$/u;
// Decimal's default precision: a number of at most this many characters has at most this many digits, so × 1 keeps it.
const PRECISION = 20;

function parseQuantity(text: string): Quantity | null {
  const match = NUMBER_AND_UNIT.exec(text);
  if (!match) return null;
  const number = match[1];
  const unitText = match[2];
  if (unitText === '') return { value: new Decimal(number), unit: null };
  if (unitText === '%' || unitText === '百分比' || unitText === '％') return { value: new Decimal(number), unit: '%' };
  const money = MONEY_TO_WAN[unitText];
  if (money) return { value: unitText === '万元' && number.length <= PRECISION ? new Decimal(number) : new Decimal(number).times(money), unit: '万元' };
  if (UNIT_LABEL.test(unitText)) return { value: new Decimal(number), unit: unitText };
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

const TO_EXP_POS = 21; // Decimal's default: from 1e21 up, toString() prints an exponent.

/** Half-up to 2 decimals; a value that already has at most 2 is returned as it is (Decimal is immutable). */
export const round2 = (value: Decimal): Decimal =>
  value.decimalPlaces() <= 2 ? value : value.toDecimalPlaces(2, Decimal.ROUND_HALF_UP);

/** round2(value).toFixed(2), padding toString() when it prints the same digits (it drops the sign of -0 as toFixed does). */
export function fixed2(value: Decimal): string {
  const rounded = round2(value);
  if (!rounded.isFinite() || rounded.e >= TO_EXP_POS) return rounded.toFixed(2);
  const text = rounded.toString();
  const point = text.indexOf('.');
  return point === -1 ? `${text}.00` : point === text.length - 2 ? `${text}0` : text;
}
