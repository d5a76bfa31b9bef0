export default function TrendsView() {
  return (
    <section className="placeholder" aria-labelledby="trends-title">
      <h1 id="trends-title">Trends</h1>
      <p>This view is being built.</p>
    </section>
  );
}
