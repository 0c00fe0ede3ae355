// Devices on a Leaflet map: one marker per located row of the registry table.
(function () {
  var element = document.getElementById('device-map');
  if (!element || typeof L === 'undefined') { return; }
  var rows = document.querySelectorAll('#devices tbody tr[data-lat][data-lon]');
  var map = L.map(element);
  L.tileLayer(element.getAttribute('data-tiles'), { maxZoom: 19, attribution: '&copy; OpenStreetMap' }).addTo(map);
  var bounds = [];
  Array.prototype.forEach.call(rows, function (row) {
    var lat = parseFloat(row.getAttribute('data-lat'));
    var lon = parseFloat(row.getAttribute('data-lon'));
    if (isNaN(lat) || isNaN(lon)) { return; }
    var online = row.getAttribute('data-status') === 'ONLINE';
    L.circleMarker([lat, lon], { radius: 6, color: online ? '#1e6b34' : '#8a1c12' })
      .bindTooltip(row.getAttribute('data-name')).addTo(map);
    bounds.push([lat, lon]);
  });
  if (bounds.length) { map.fitBounds(bounds, { padding: [20, 20] }); } else { map.setView([20.27, 106.48], 13); }
})();
