/**
 * The Chromium features turned off wherever this repo drives Chromium through Playwright (end-to-end tests, bench).
 *
 * Playwright passes a `--disable-features` list of its own and Chromium keeps only the last such switch, so this
 * list repeats Playwright's (checked against the installed playwright-core by chromiumFeatures.test.ts) and adds
 * the address bar's popup. Every browser window, so every test's new context, otherwise loads that popup's page
 * (chrome://omnibox-popup.top-chrome) in a renderer of its own: about 1.3 CPU-seconds per context on the 2-core
 * machine, which the end-to-end suite paid 62 times. It is the browser's own interface, never shown headless: no
 * web page behaves differently.
 *
 * It also turns off the spare renderer: after each navigation Chromium starts one more renderer process, idle, for
 * the next site the tab might open. A test's context closes before it ever asks for one, so each was started for
 * nothing: about 0.18 CPU-seconds per context (starting it and closing it) on the 2-core machine. Which process a page
 * runs in is not something a page can see.
 */
export const PLAYWRIGHT_DISABLED_FEATURES = [
  'AvoidUnnecessaryBeforeUnloadCheckSync',
  'DestroyProfileOnBrowserClose',
  'HttpsUpgrades',
  'HttpsFirstBalancedModeAutoEnable',
  'LensOverlay',
  'MediaRouter',
  'PaintHolding',
  'ThirdPartyStoragePartitioning',
  'AvoidCorsURLLoaderRestartOnRedirect',
  'TcpPortRandomizationWin',
  'OptimizationHints',
  'NetworkTimeServiceQuerying',
  'AimEnabled',
  'PreconnectToSearch',
  'msForceBrowserSignIn',
  'msEdgeUpdateLaunchServicesPreferredVersion',
] as const;

/** Both are needed: with either one alone Chromium 156 still loads the popup's page. */
const ADDRESS_BAR_POPUP = ['WebUIOmniboxPopup', 'WebUIOmniboxAimPopup'] as const;

/** The idle renderer kept ready for a next site. */
const SPARE_RENDERER = ['SpareRendererForSitePerProcess'] as const;

export const CHROMIUM_DISABLED_FEATURES: readonly string[] = [
  ...PLAYWRIGHT_DISABLED_FEATURES,
  ...ADDRESS_BAR_POPUP,
  ...SPARE_RENDERER,
];
