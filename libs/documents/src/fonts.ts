import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';

export interface CjkFont {
  path: string;
  /** The face inside a .ttc collection. */
  family?: string;
}

/** What to do when no CJK font is found; the worker refuses to start with this message. */
export const CJK_FONT_FIX =
  '没有可用的中文字体，无法生成 PDF：请运行 `npm ci` 安装 @embedpdf/fonts-sc（随项目提供的思源黑体/Noto Sans SC），' +
  '或运行 scripts/install-fonts.sh 安装 fonts-wqy-microhei，或用 CJK_FONT_PATH 指定一个 TTF/OTF 字体文件';

/**
 * The font the project ships through npm (@embedpdf/fonts-sc, Noto Sans Hans Regular, SIL OFL 1.1): CJK and Latin
 * in one OpenType face pdfkit embeds as a subset, so `npm ci` alone renders PDFs. Null when the package is missing.
 */
export function bundledCjkFont(): CjkFont | null {
  try {
    const path = join(dirname(require.resolve('@embedpdf/fonts-sc')), '..', 'fonts', 'NotoSansHans-Regular.otf');
    return existsSync(path) ? { path } : null;
  } catch {
    return null;
  }
}

// Fallbacks from Debian's packages; both carry Latin digits as well as CJK (DroidSansFallback does not).
const SYSTEM_FONTS: CjkFont[] = [
  { path: '/usr/share/fonts/truetype/wqy/wqy-microhei.ttc', family: 'WenQuanYiMicroHei' },
  { path: '/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc', family: 'NotoSansCJKsc-Regular' },
];

/**
 * The CJK font PDFs embed: `CJK_FONT_PATH` when set (taken as given, so a wrong path fails loudly rather than falling
 * back), else the npm-shipped font, else a system font. Null when there is none.
 */
export function findCjkFont(env: NodeJS.ProcessEnv = process.env): CjkFont | null {
  const configured = env.CJK_FONT_PATH?.trim();
  if (configured) return { path: configured, family: env.CJK_FONT_FAMILY?.trim() || undefined };
  return bundledCjkFont() ?? SYSTEM_FONTS.find((font) => existsSync(font.path)) ?? null;
}

/**
 * Throws, naming the fix, unless `font` (by default findCjkFont()) draws Chinese and Latin into a PDF: the worker calls
 * it at start-up so a missing or broken font stops it there instead of failing every render.
 */
export async function assertCjkFont(font: CjkFont | null = findCjkFont()): Promise<CjkFont> {
  if (!font) throw new Error(CJK_FONT_FIX);
  const { default: PDFDocument } = await import('pdfkit');
  try {
    const doc = new PDFDocument({ size: 'A4' });
    const ended = new Promise<void>((resolve) => doc.on('end', () => resolve()));
    doc.on('data', () => undefined);
    doc.registerFont('cjk', font.path, font.family as string).font('cjk').text('项目支出绩效自评表 2024 100.00%');
    doc.end();
    await ended;
  } catch (error) {
    throw new Error(`中文字体 ${font.path} 不可用（${(error as Error).message}）。${CJK_FONT_FIX}`);
  }
  return font;
}
