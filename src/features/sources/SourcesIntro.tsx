/**
 * Sources's heading and lede. The view draws them, and so does the app while the view's code downloads
 * (ViewContent's fallback), so they are on screen with the app's first paint and stay put when the view arrives.
 */
export function SourcesIntro() {
  return (
    <>
      <h1 id="sources-title">Sources</h1>
      <p className="lede">
        Every number in TIP Atlas comes from one of these sources. Tiers rate a government’s efforts against
        U.S. minimum standards, not how much trafficking a country has.
      </p>
    </>
  );
}
