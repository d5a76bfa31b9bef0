import { expect, type Page } from '@playwright/test';
import { openApp } from './helpers';

/** What the accessibility specs share: a scene to check, the view's heading, and opening a view until it has drawn. */

export interface Scene {
  name: string;
  /** Brings the page into the state to check. */
  open: (page: Page) => Promise<void>;
}

/** The view's heading, or in presentation mode the slide's title (the slide is drawn as the export frame). */
export const mainHeading = (page: Page) =>
  page.locator('main h1:visible, .present-stage h1:visible, .present-slide .export-title').first();

export async function openView(page: Page, query: string) {
  await openApp(page, query);
  await expect(mainHeading(page)).toBeVisible();
  await expect(page.getByRole('status').filter({ hasText: /^Loading/ })).toHaveCount(0);
}
