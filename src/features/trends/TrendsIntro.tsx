/**
 * Trends's heading and lede. The view draws them, and so does the app while the view's code downloads
 * (ViewContent's fallback), so they are on screen with the app's first paint and stay put when the view arrives.
 */
export function TrendsIntro() {
  return (
    <>
      <h1 id="trends-title">Trends</h1>
      <p className="lede">
        Detected victims, prosecutions and convictions over time. Counts are keyed by the <em>data year</em>{' '}
        they count; tiers by the <em>report year</em> of the TIP Report that assigned them.
      </p>
    </>
  );
}
