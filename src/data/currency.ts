/** How current the atlas is, in one line read from the data (core.json's `currency`). */
import type { DatasetCurrency } from './schema';
import { longDate } from './dates';
import { releaseMonth } from './unodcNotes';

/**
 * "TIP Report 2025 (released 29 September 2025); UNODC GLOTIP, April 2025 release (data to 2022); TIP global
 * law-enforcement data to 2024". Null when the dataset does not say.
 */
export function currencyLine(currency: DatasetCurrency | undefined): string | null {
  if (!currency) return null;
  const { tipReport, unodc, globalLawEnforcement } = currency;
  const tip = `TIP Report ${tipReport.reportYear}${tipReport.released ? ` (released ${longDate(tipReport.released) ?? tipReport.released})` : ''}`;
  const month = releaseMonth(unodc.released);
  const glotip = `UNODC GLOTIP, ${month ? `${month} release` : 'latest release'} (data to ${unodc.lastDataYear})`;
  return `${tip}; ${glotip}; TIP global law-enforcement data to ${globalLawEnforcement.lastDataYear}`;
}
