import Decimal from 'decimal.js';

/** A number as Excel prints it under its number format: `0.86` under `0%` is `86%`, under `0.00` is `0.86`. */
export function printedNumber(value: number, numFmt: string | undefined): string {
  const format = sectionOf(numFmt ?? 'General');
  if (format === '' || /^(general|@)$/i.test(format)) return general(value);
  const pattern = /[#0?][#0?,]*(\.[#0?]+)?%?/.exec(format);
  if (!pattern) return general(value);
  const percent = format.includes('%');
  const decimals = /\.([0#?]+)/.exec(pattern[0])?.[1].length ?? 0;
  const optional = /\.(0*)([#?]*)/.exec(pattern[0]);
  let digits = new Decimal(general(value)).times(percent ? 100 : 1).toFixed(decimals, Decimal.ROUND_HALF_UP);
  if (optional && optional[2].length) digits = trimOptional(digits, optional[1].length);
  if (/[#0],[#0]/.test(pattern[0])) digits = group(digits);
  const before = literal(format.slice(0, pattern.index));
  const after = literal(format.slice(pattern.index + pattern[0].length).replace('%', ''));
  return `${before}${digits}${percent ? '%' : ''}${after}`;
}

/** Excel's General shows at most 15 significant digits: 45.440000000000005 prints as 45.44. */
function general(value: number): string {
  return String(Number(value.toPrecision(15)));
}

const sectionOf = (format: string) => format.split(';')[0].replace(/\[[^\]]*\]/g, '').trim();

const literal = (text: string) => text.replace(/"([^"]*)"/g, '$1').replace(/\\(.)/g, '$1').replace(/[_*]./g, '');

function trimOptional(digits: string, required: number): string {
  if (!digits.includes('.')) return digits;
  const [whole, fraction] = digits.split('.');
  let kept = fraction;
  while (kept.length > required && kept.endsWith('0')) kept = kept.slice(0, -1);
  return kept ? `${whole}.${kept}` : whole;
}

function group(digits: string): string {
  const [whole, fraction] = digits.split('.');
  const grouped = whole.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  return fraction === undefined ? grouped : `${grouped}.${fraction}`;
}

export function printedDate(value: Date, numFmt: string | undefined): string {
  const [y, m, d] = [value.getUTCFullYear(), value.getUTCMonth() + 1, value.getUTCDate()];
  if (numFmt?.includes('年')) return `${y}年${m}月${d}日`;
  return `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}
