/** YYYY-MM-DD of the user's local date (not UTC: an export made on the evening of the 22nd says the 22nd). */
export function localDateStamp(date: Date = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

/** Keeps a stem to characters every file system accepts: letters, digits, "-", "_" and ".". */
export function safeStem(stem: string): string {
  const cleaned = stem
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^A-Za-z0-9._-]+/g, '-')
    .replace(/-{2,}/g, '-')
    .replace(/^[-._]+|[-._]+$/g, '');
  return cleaned || 'tip-atlas';
}

/** "tip-tiers_2020_BLR-SRB" + "png" → "tip-tiers_2020_BLR-SRB_2026-11-22.png". */
export function exportFileName(stem: string, extension: string, date: Date = new Date()): string {
  return `${safeStem(stem)}_${localDateStamp(date)}.${extension}`;
}

/** Builds a stem from its parts, skipping empty ones: ("tip-tiers", 2020, ["BLR","SRB"]) → "tip-tiers_2020_BLR-SRB". */
export function fileStem(...parts: (string | number | readonly string[] | null | undefined)[]): string {
  return parts
    .map((p) => (Array.isArray(p) ? p.join('-') : p == null ? '' : String(p)))
    .filter((p) => p !== '')
    .join('_');
}
