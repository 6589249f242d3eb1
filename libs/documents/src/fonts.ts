import { existsSync } from 'node:fs';

export interface CjkFont {
  path: string;
  /** The face inside a .ttc collection. */
  family?: string;
}

// Both carry Latin digits as well as CJK (DroidSansFallback does not, so it cannot print a year or a score).
const CANDIDATES: CjkFont[] = [
  { path: '/usr/share/fonts/truetype/wqy/wqy-microhei.ttc', family: 'WenQuanYiMicroHei' },
  { path: '/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc', family: 'NotoSansCJKsc-Regular' },
];

/** A CJK font from Debian's packages (scripts/install-fonts.sh installs fonts-wqy-microhei). */
export function findCjkFont(): CjkFont | null {
  return CANDIDATES.find((font) => existsSync(font.path)) ?? null;
}
