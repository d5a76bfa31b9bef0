import { expect, type Page } from '@playwright/test';

/** Pins the view on screen with the pin dialog: a title and a speaker note typed, then "Pin slide". */
export async function pin(page: Page, title: string, note: string) {
  await page.getByRole('button', { name: 'Pin view' }).click();
  const dialog = page.getByRole('dialog', { name: 'Pin this view to the briefing pack' });
  await dialog.getByLabel('Slide title').fill(title);
  await dialog.getByLabel('Speaker note (optional)').fill(note);
  await dialog.getByRole('button', { name: /^Pin slide/ }).click();
  await expect(dialog).toBeHidden();
}

/** Opens the pack panel from its header button, which names the pack's slide count. */
export async function openPanel(page: Page, count: number) {
  await page.getByRole('button', { name: `Briefing pack (${count})` }).click();
  const panel = page.getByRole('dialog', { name: 'Briefing pack' });
  await expect(panel).toBeVisible();
  return panel;
}
