// Growing-area form: tap the map to add the outline's corners; the polygon textarea holds [[lat, lng], ...].
(function () {
  var element = document.getElementById('area-draw-map');
  var field = document.getElementById('polygon');
  if (!element || !field || typeof L === 'undefined') { return; }
  var map = L.map(element, { doubleClickZoom: false, scrollWheelZoom: false });
  L.tileLayer(element.getAttribute('data-tiles'), { maxZoom: 19, attribution: '© OpenStreetMap' }).addTo(map);
  var points = [];
  try {
    var parsed = JSON.parse(field.value || '[]');
    if (Array.isArray(parsed)) { points = parsed.filter(function (p) { return Array.isArray(p) && p.length === 2; }); }
  } catch (e) { points = []; }
  var shape = L.polygon(points, { color: '#0b6e4f' }).addTo(map);
  var corners = L.layerGroup().addTo(map);
  function round(x) { return Math.round(x * 1e6) / 1e6; }
  function redraw() {
    shape.setLatLngs(points);
    corners.clearLayers();
    points.forEach(function (p) { L.circleMarker(p, { radius: 5, color: '#0b6e4f' }).addTo(corners); });
    field.value = points.length ? JSON.stringify(points) : '';
  }
  map.on('click', function (event) {
    points.push([round(event.latlng.lat), round(event.latlng.lng)]);
    redraw();
  });
  document.getElementById('area-undo').addEventListener('click', function () { points.pop(); redraw(); });
  document.getElementById('area-clear').addEventListener('click', function () { points = []; redraw(); });
  field.addEventListener('change', function () {
    try { points = JSON.parse(field.value); redraw(); } catch (e) { /* the server explains a malformed outline */ }
  });
  if (points.length >= 3) { map.fitBounds(shape.getBounds(), { maxZoom: 18 }); } else { map.setView([20.266, 106.457], 15); }
  redraw();
})();
