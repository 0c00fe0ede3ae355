// Economy pages: draw growing areas (data-polygon = [[lat, lng], ...]) on a Leaflet map.
(function () {
  var element = document.getElementById('areas-map');
  if (!element || typeof L === 'undefined') { return; }
  var map = L.map(element, { scrollWheelZoom: false });
  L.tileLayer(element.getAttribute('data-tiles'), { maxZoom: 19, attribution: '© OpenStreetMap' }).addTo(map);
  var bounds = null;
  document.querySelectorAll('.growing-area[data-polygon]').forEach(function (row) {
    try {
      var points = JSON.parse(row.getAttribute('data-polygon'));
      var polygon = L.polygon(points, { color: '#0b6e4f' }).addTo(map).bindTooltip(row.getAttribute('data-label'));
      bounds = bounds ? bounds.extend(polygon.getBounds()) : polygon.getBounds();
    } catch (e) { /* a malformed outline is skipped, the table still shows it */ }
  });
  if (bounds) { map.fitBounds(bounds, { maxZoom: 17 }); } else { map.setView([20.266, 106.457], 14); }
})();
