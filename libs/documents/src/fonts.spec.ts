import { assertCjkFont, bundledCjkFont, CJK_FONT_FIX, findCjkFont } from './fonts';

describe('the CJK font PDFs embed', () => {
  it('is the one npm installs (@embedpdf/fonts-sc), before any system font', () => {
    const bundled = bundledCjkFont();
    expect(bundled?.path).toMatch(/@embedpdf\/fonts-sc\/fonts\/NotoSansHans-Regular\.otf$/);
    expect(findCjkFont({})).toEqual(bundled);
  });

  it('is CJK_FONT_PATH when set, taken as given so a wrong path fails loudly', () => {
    expect(findCjkFont({ CJK_FONT_PATH: '/fonts/my.ttc', CJK_FONT_FAMILY: 'Face' })).toEqual({ path: '/fonts/my.ttc', family: 'Face' });
    expect(findCjkFont({ CJK_FONT_PATH: ' ' })).toEqual(bundledCjkFont());
  });

  it('passes the start-up check when it draws Chinese; a missing or unreadable font fails it naming the fix', async () => {
    await expect(assertCjkFont()).resolves.toEqual(bundledCjkFont());
    await expect(assertCjkFont(null)).rejects.toThrow(CJK_FONT_FIX);
    await expect(assertCjkFont({ path: '/nonexistent/cjk.otf' })).rejects.toThrow(/\/nonexistent\/cjk\.otf.*npm ci/);
    await expect(assertCjkFont({ path: __filename })).rejects.toThrow(/fonts\.spec\.ts.*npm ci/);
  });
});
