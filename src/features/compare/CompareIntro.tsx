/**
 * Compare's heading and lede. The view draws them, and so does the app while the view's code downloads
 * (ViewContent's fallback), so they are on screen with the app's first paint and stay put when the view arrives.
 */
export function CompareIntro() {
  return (
    <>
      <h1 id="compare-title">Compare</h1>
      <p className="lede">
        Two to four countries side by side: TIP tiers by report year, and UNODC’s detected victims, persons
        prosecuted and persons convicted by data year, with what the source documents say.
      </p>
    </>
  );
}
