import type { ReactNode, Ref } from 'react';

/**
 * Trends' section, with its heading and lede. The view draws its content inside it, and the app draws it with a
 * loading line while the view's code downloads (ViewContent), so the heading and lede are on screen with the app's
 * first paint and stay put when the view arrives.
 */
export function TrendsFrame({ children, ref }: { children: ReactNode; ref?: Ref<HTMLElement> }) {
  return (
    <section ref={ref} className="trends-view" aria-labelledby="trends-title">
      <h1 id="trends-title">Trends</h1>
      <p className="lede">
        Detected victims, prosecutions and convictions over time. Counts are keyed by the <em>data year</em>{' '}
        they count; tiers by the <em>report year</em> of the TIP Report that assigned them.
      </p>
      {children}
    </section>
  );
}
