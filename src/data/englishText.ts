/**
 * Numbers and alphabetical order as Intl writes them for English, without Intl. The first Intl number format of a
 * page costs 13–49 ms of the main thread on the 2-core bench machine and the first `localeCompare` 9–25 ms (ICU
 * builds its number and collation data), and the map's first live frame sorts names and writes counts. Unit tests
 * hold both functions to Intl's own output (`englishText.test.ts`, with fast-check properties).
 */

/**
 * "1,234", "1,234.5", "-0.25": the text of `new Intl.NumberFormat('en-US', { maximumFractionDigits })`. Intl rounds
 * the number's shortest decimal form (the digits `String(n)` gives: 1.005 rounds to "1.01", where `toFixed(2)`,
 * working on the binary value, gives "1.00"), half away from zero, and drops trailing zeros.
 */
export function formatNumber(value: number, maximumFractionDigits = 0): string {
  if (Number.isNaN(value)) return 'NaN';
  if (!Number.isFinite(value)) return value > 0 ? '∞' : '-∞';
  const negative = value < 0 || Object.is(value, -0);
  const m = /^(\d+)(?:\.(\d+))?(?:e([+-]\d+))?$/.exec(String(Math.abs(value)));
  if (!m) return String(value);
  const fraction = m[2] ?? '';
  // |value| = digits × 10^exponent, exactly, in the shortest decimal form.
  const digits = `${m[1]}${fraction}`;
  const shift = Number(m[3] ?? 0) - fraction.length + maximumFractionDigits;
  let scaled: bigint;
  if (shift >= 0) scaled = BigInt(digits) * 10n ** BigInt(shift);
  else {
    const padded = digits.padStart(1 - shift, '0');
    const kept = padded.slice(0, shift);
    scaled = BigInt(kept) + (padded[padded.length + shift]! >= '5' ? 1n : 0n);
  }
  const text = scaled.toString().padStart(maximumFractionDigits + 1, '0');
  const whole = text.slice(0, text.length - maximumFractionDigits);
  const decimals = text.slice(text.length - maximumFractionDigits).replace(/0+$/, '');
  const grouped = whole.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  return `${negative ? '-' : ''}${grouped}${decimals ? `.${decimals}` : ''}`;
}

/**
 * Punctuation and symbols in the order of the Unicode collation table (CLDR root, which English uses), all before
 * digits and letters; a space comes first.
 */
const PUNCTUATION = ' _-–—,;:!?.\'"()[]{}§@*/\\&#%`^°+<=>|~$';
/** Curly quotes sort with the straight ones, after them when all else is equal. */
const QUOTES: Record<string, readonly [straight: string, tertiary: number]> = {
  '‘': ["'", 1],
  '’': ["'", 2],
  '“': ['"', 1],
  '”': ['"', 2],
};
/**
 * Accented Latin letters (lower case), one row per accent in the order the collation table breaks ties with them
 * (acute, grave, circumflex, ring, diaeresis, tilde, cedilla; a plain letter before all), each under its letter.
 */
const ACCENT_ROWS: readonly (readonly [letters: string, bases: string])[] = [
  ['áéíóúý', 'aeiouy'],
  ['àèìòù', 'aeiou'],
  ['âêîôû', 'aeiou'],
  ['å', 'a'],
  ['äëïöüÿ', 'aeiouy'],
  ['ãñõ', 'ano'],
  ['ç', 'c'],
];
const ACCENTED = new Map(
  ACCENT_ROWS.flatMap(([letters, bases], row) =>
    [...letters].map((letter, i) => [letter, { base: bases[i]!, accent: row + 1 }] as const),
  ),
);

interface Weights {
  /** The letter, digit or punctuation mark, without case or accent. */
  primary: string;
  /** 0 for a plain letter, otherwise its accent's rank: accents break ties left to right. */
  secondary: number;
  /** 0 for lower case, 1 for upper case: lower case first, as Intl.Collator('en') orders. */
  tertiary: number;
}

function weights(ch: string): Weights {
  const [mark, variant] = QUOTES[ch] ?? [ch, 0];
  const punctuation = PUNCTUATION.indexOf(mark);
  if (punctuation >= 0)
    return { primary: String.fromCharCode(1 + punctuation), secondary: 0, tertiary: variant };
  const lower = ch.toLowerCase();
  const tertiary = lower === ch ? 0 : 1;
  const accented = ACCENTED.get(lower);
  return accented
    ? { primary: accented.base, secondary: accented.accent, tertiary }
    : { primary: lower, secondary: 0, tertiary };
}

/** Texts (and characters) compared in one page are the data's names and labels: a bound that only hostile input could reach. */
const SORT_KEY_LIMIT = 20_000;

/** Each character's weights at the three levels, as one-character strings; characters repeat across texts. */
const charWeights = new Map<string, readonly [string, string, string]>();

function weightChars(ch: string): readonly [string, string, string] {
  let w = charWeights.get(ch);
  if (!w) {
    const { primary, secondary, tertiary } = weights(ch);
    // U+0000 itself (hostile input only) is written as two units that sort after LEVEL_BREAK, so that a text still
    // sorts before itself followed by more characters.
    w = [
      ch === '\u0000' ? '\u0000\u0001' : primary,
      String.fromCharCode(48 + secondary),
      String.fromCharCode(48 + tertiary),
    ];
    if (charWeights.size >= SORT_KEY_LIMIT) charWeights.clear();
    charWeights.set(ch, w);
  }
  return w;
}

/**
 * A text's sort key: its weights at each level, the levels joined by LEVEL_BREAK, which sorts before every weight.
 * So comparing two keys in code-unit order is comparing the primary weights, then (equal) the secondary, then the
 * tertiary: one string comparison, not three. Kept per text, for sorts.
 */
const sortKeys = new Map<string, string>();
const LEVEL_BREAK = '\u0000\u0000';

function sortKey(text: string): string {
  const known = sortKeys.get(text);
  if (known !== undefined) return known;
  let primary = '';
  let secondary = '';
  let tertiary = '';
  for (const ch of text) {
    const [p, s, t] = weightChars(ch);
    primary += p;
    secondary += s;
    tertiary += t;
  }
  const key = `${primary}${LEVEL_BREAK}${secondary}${LEVEL_BREAK}${tertiary}`;
  if (sortKeys.size >= SORT_KEY_LIMIT) sortKeys.clear();
  sortKeys.set(text, key);
  return key;
}

/**
 * Alphabetical order as `a.localeCompare(b, 'en')` gives it for the data's names and labels (letters, digits,
 * spaces, the punctuation above, the accented Latin letters above; any other character sorts after letters, by its
 * code): letters before case and accents ("Côte d'Ivoire" between "Costa Rica" and "Croatia"), punctuation and
 * spaces before letters. Negative, zero or positive.
 */
export function compareText(a: string, b: string): number {
  if (a === b) return 0;
  const ka = sortKey(a);
  const kb = sortKey(b);
  if (ka !== kb) return ka < kb ? -1 : 1;
  return a < b ? -1 : 1;
}
