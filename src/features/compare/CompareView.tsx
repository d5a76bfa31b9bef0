export default function CompareView() {
  return (
    <section className="placeholder" aria-labelledby="compare-title">
      <h1 id="compare-title">Compare</h1>
      <p>This view is being built.</p>
    </section>
  );
}
