import AxeBuilder from '@axe-core/playwright';
import { test as base, expect, type Page } from '@playwright/test';

/** Runs axe on the page as it is now and fails on any WCAG A/AA violation. */
export async function expectAccessible(page: Page) {
  await page.waitForLoadState('domcontentloaded');
  const results = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
    .analyze();
  const summary = results.violations.map(
    (v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`,
  );
  expect(summary, `axe violations on ${page.url()}`).toEqual([]);
}

type Fixtures = {
  /** Navigates and runs the axe check: every page a journey visits goes through here or calls expectAccessible. */
  visit: (path: string) => Promise<void>;
};

export const test = base.extend<Fixtures>({
  visit: async ({ page }, use) => {
    await use(async (path) => {
      const response = await page.goto(path);
      expect(response?.status(), `status of ${path}`).toBeLessThan(400);
      await expectAccessible(page);
    });
  },
});

export { expect };

/** Reads a BRL/USD-formatted price back into centavos, whatever the locale's separators. */
export function parsePriceCents(text: string) {
  const digits = text.replace(/[^\d.,]/g, '');
  const normalized = /,\d{2}$/.test(digits)
    ? digits.replace(/\./g, '').replace(',', '.')
    : digits.replace(/,/g, '');
  return Math.round(Number(normalized) * 100);
}
