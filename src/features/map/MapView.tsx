export function MapView() {
  return (
    <section className="placeholder" aria-labelledby="map-title">
      <h1 id="map-title">Map</h1>
      <p>This view is being built.</p>
    </section>
  );
}
