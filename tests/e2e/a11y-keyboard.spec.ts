import { expect, test, type Page } from '@playwright/test';
import { resetPage } from './helpers';
import { mainHeading, openView, type Scene } from './a11yHelpers';

/** Accessibility, continued from a11y.spec.ts: a keyboard-only walk through every view (every control reachable,
 * focus always visible, no trap), the skip link, and switching views and exporting with the keyboard alone. */

test.describe.configure({ mode: 'parallel' });

// ---------------------------------------------------------------------------------------------------------
// Keyboard
// ---------------------------------------------------------------------------------------------------------

interface FocusStop {
  /** A stable description: tag, role, accessible-ish name. */
  id: string;
  visibleFocus: boolean;
  onScreen: boolean;
}

/** Describes the focused element and whether its focus is visible (an outline or a focus shadow) and on screen. */
const describeFocus = (page: Page): Promise<FocusStop | null> =>
  page.evaluate(() => {
    let el = document.activeElement as HTMLElement | null;
    while (el?.shadowRoot?.activeElement) el = el.shadowRoot.activeElement as HTMLElement;
    if (!el || el === document.body || el === document.documentElement) return null;
    const style = getComputedStyle(el);
    const outline = style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) >= 1;
    const shadow = style.boxShadow !== 'none' && el.matches(':focus-visible');
    const r = el.getBoundingClientRect();
    const onScreen =
      r.width > 0 &&
      r.height > 0 &&
      r.bottom > 0 &&
      r.right > 0 &&
      r.top < innerHeight &&
      r.left < innerWidth;
    const name =
      el.getAttribute('aria-label') ??
      el.getAttribute('title') ??
      (el as HTMLInputElement).labels?.[0]?.textContent ??
      el.textContent ??
      '';
    const path: string[] = [];
    for (let n: Element | null = el; n && n !== document.body; n = n.parentElement) {
      const parent: Element | null = n.parentElement;
      path.unshift(`${n.tagName}${parent ? Array.prototype.indexOf.call(parent.children, n) : ''}`);
    }
    return {
      id: `${el.tagName.toLowerCase()}[${el.getAttribute('role') ?? ''}] "${name.trim().slice(0, 40)}" @${path.join('>')}`,
      visibleFocus: outline || shadow,
      onScreen,
    };
  });

/** Every element a Tab press should reach in the current page (visible, enabled, not removed from the order). */
const tabbables = (page: Page): Promise<string[]> =>
  page.evaluate(() => {
    const selector =
      'a[href], button:not([disabled]), input:not([disabled]):not([type="hidden"]), select:not([disabled]), textarea:not([disabled]), summary, [tabindex]:not([tabindex="-1"])';
    // A radio group is one stop: its checked radio, or its first one when none is checked (arrows move inside).
    const radioStop = (el: HTMLElement) => {
      if (!(el instanceof HTMLInputElement) || el.type !== 'radio' || !el.name) return true;
      const group = Array.from(
        (el.form ?? document).querySelectorAll<HTMLInputElement>(
          `input[type="radio"][name="${CSS.escape(el.name)}"]`,
        ),
      ).filter((r) => !r.disabled);
      const checked = group.find((r) => r.checked);
      return checked ? el === checked : el === group[0];
    };
    return Array.from(document.querySelectorAll<HTMLElement>(selector))
      .filter(
        (el) =>
          el.tabIndex >= 0 && el.checkVisibility({ visibilityProperty: true }) && !el.closest('[inert]'),
      )
      .filter(radioStop)
      .filter((el) => {
        const r = el.getBoundingClientRect();
        return r.width > 0 && r.height > 0;
      })
      .map((el) => {
        const path: string[] = [];
        for (let n: Element | null = el; n && n !== document.body; n = n.parentElement) {
          const parent: Element | null = n.parentElement;
          path.unshift(`${n.tagName}${parent ? Array.prototype.indexOf.call(parent.children, n) : ''}`);
        }
        return path.join('>');
      });
  });

const MAX_TAB_STOPS = 400;

/**
 * Records the whole Tab order: presses Tab until focus leaves the page (to the browser's own UI), then records
 * every stop from the top of the page until it leaves again. Fails on a trap (the same control over and over).
 */
async function walkWithTab(page: Page): Promise<FocusStop[]> {
  const stops: FocusStop[] = [];
  const seen = new Map<string, number>();
  let wrapped = false;
  for (let i = 0; i < 2 * MAX_TAB_STOPS; i++) {
    await page.keyboard.press('Tab');
    const stop = await describeFocus(page);
    if (!stop) {
      if (wrapped && stops.length > 0) return stops;
      wrapped = true;
      continue;
    }
    const visits = (seen.get(stop.id) ?? 0) + 1;
    seen.set(stop.id, visits);
    // The same control three times before the order is complete: focus is trapped.
    expect(visits, `focus trapped at ${stop.id}`).toBeLessThan(3);
    if (wrapped) stops.push(stop);
  }
  throw new Error(`Tab did not come round within ${MAX_TAB_STOPS} stops: a trap or an endless list`);
}

const KEYBOARD_VIEWS: Scene[] = [
  { name: 'map', open: (p) => openView(p, '') },
  {
    name: 'map, country panel open',
    // The panel's code and data arrive after the map: the walk starts once the panel is drawn with all its data,
    // or the controls listed before the walk have moved by the time it reaches them.
    open: async (p) => {
      await openView(p, '?country=SRB');
      await expect(p.getByRole('complementary', { name: 'Serbia' })).toBeVisible();
      await expect(p.getByRole('status').filter({ hasText: /^Loading/ })).toHaveCount(0);
    },
  },
  { name: 'trends', open: (p) => openView(p, '?view=trends&countries=SRB,VNM') },
  { name: 'compare', open: (p) => openView(p, '?view=compare&countries=SRB,VNM') },
  {
    name: 'sources',
    open: async (p) => {
      await openView(p, '?view=sources');
      // Keep the walk short: the facts table has a link per fact.
      await p.getByLabel('Search facts').fill('Serbia');
    },
  },
];

test.describe('keyboard-only walk', () => {
  // Each walk and the skip link have a new page of their own: whether Tab leaves the page for the browser's own
  // UI depends on where focus was in earlier pages of the tab.
  for (const scene of KEYBOARD_VIEWS) {
    test(`${scene.name}: every control is reached with Tab, focus is always visible, no trap`, async ({
      page,
    }) => {
      await scene.open(page);
      const expected = await tabbables(page);
      const stops = await walkWithTab(page);
      const hidden = stops.filter((s) => !s.visibleFocus || !s.onScreen).map((s) => s.id);
      expect(hidden, 'focused elements without a visible focus indicator on screen').toEqual([]);
      const reached = new Set(stops.map((s) => s.id.slice(s.id.indexOf('@') + 1)));
      const missed = expected.filter((path) => !reached.has(path));
      expect(missed, 'controls Tab never reached').toEqual([]);
      // Shift+Tab goes back the same way: from outside the page to the last stop, then the one before.
      await page.keyboard.press('Shift+Tab');
      expect((await describeFocus(page))?.id).toBe(stops.at(-1)!.id);
      await page.keyboard.press('Shift+Tab');
      expect((await describeFocus(page))?.id).toBe(stops.at(-2)!.id);
    });
  }

  test('the skip link is the first stop, is visible when focused, and moves focus to the content', async ({
    page,
  }) => {
    await openView(page, '');
    await page.keyboard.press('Tab');
    const skip = page.getByRole('link', { name: 'Skip to content' });
    await expect(skip).toBeFocused();
    await expect(skip).toBeInViewport();
    await page.keyboard.press('Enter');
    await expect(page.locator('main')).toBeFocused();
  });

  // These two move focus to a control themselves, so one page serves both.
  test('views switch and the export dialog keeps focus, both with the keyboard alone', async ({ page }) => {
    await test.step('views switch with the keyboard and focus is never lost', async () => {
      await openView(page, '');
      const nav = page.getByRole('navigation', { name: 'Views' });
      for (const name of ['Trends', 'Compare', 'Sources', 'Map'] as const) {
        await nav.getByRole('link', { name }).focus();
        await page.keyboard.press('Enter');
        await expect(nav.getByRole('link', { name })).toHaveAttribute('aria-current', 'page');
        await expect(mainHeading(page)).toBeVisible();
        expect(await describeFocus(page)).not.toBeNull();
      }
    });

    await test.step('the export dialog takes focus, keeps Tab inside, closes with Escape and gives focus back', async () => {
      await resetPage(page);
      await openView(page, '');
      const open = page.getByRole('button', { name: /^Export/ }).first();
      await open.focus();
      await page.keyboard.press('Enter');
      const dialog = page.getByRole('dialog').first();
      await expect(dialog).toBeVisible();
      for (let i = 0; i < 40; i++) {
        await page.keyboard.press('Tab');
        const stop = await describeFocus(page);
        expect(stop?.visibleFocus, `focus visible at ${stop?.id}`).toBe(true);
        expect(await dialog.evaluate((d) => d.contains(document.activeElement))).toBe(true);
      }
      await page.keyboard.press('Escape');
      await expect(dialog).toBeHidden();
      await expect(open).toBeFocused();
    });
  });
});
