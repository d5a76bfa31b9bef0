import type { ReactNode, Ref } from 'react';

/**
 * Compare's section, with its heading and lede. The view draws its content inside it, and the app draws it with a
 * loading line while the view's code downloads (ViewContent), so the heading and lede are on screen with the app's
 * first paint and stay put when the view arrives.
 */
export function CompareFrame({ children, ref }: { children: ReactNode; ref?: Ref<HTMLElement> }) {
  return (
    <section ref={ref} className="compare-view" aria-labelledby="compare-title">
      <h1 id="compare-title">Compare</h1>
      <p className="lede">
        Two to four countries side by side: TIP tiers by report year, and UNODC’s detected victims, persons
        prosecuted and persons convicted by data year, with what the source documents say.
      </p>
      {children}
    </section>
  );
}
