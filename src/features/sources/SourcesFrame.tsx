import type { ReactNode, Ref } from 'react';

/**
 * Sources' section, with its heading and lede. The view draws its content inside it, and the app draws it with a
 * loading line while the view's code downloads (ViewContent), so the heading and lede are on screen with the app's
 * first paint and stay put when the view arrives.
 */
export function SourcesFrame({ children, ref }: { children: ReactNode; ref?: Ref<HTMLElement> }) {
  return (
    <section ref={ref} className="sources-view" aria-labelledby="sources-title">
      <h1 id="sources-title">Sources</h1>
      <p className="lede">
        Every number in TIP Atlas comes from one of these sources. Tiers rate a government’s efforts against
        U.S. minimum standards, not how much trafficking a country has.
      </p>
      {children}
    </section>
  );
}
