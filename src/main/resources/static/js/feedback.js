// Feedback pages: the map of reports, picking a position (works without tiles: a tap on the map area
// or typed coordinates both set the pin), and the hint of open reports nearby in the same category.
(function () {
  'use strict';
  var mapEl = document.getElementById('feedback-map');
  var DEFAULT_CENTER = [19.80, 105.78];

  function parse(value) {
    if (value === null || value === undefined || String(value).trim() === '') { return null; }
    var n = Number(String(value).replace(',', '.'));
    return isFinite(n) ? n : null;
  }

  function baseMap() {
    if (!mapEl || typeof L === 'undefined') { return null; }
    var map = L.map(mapEl, { zoomControl: true }).setView(DEFAULT_CENTER, 15);
    var tiles = mapEl.getAttribute('data-tile-url');
    if (tiles) {
      L.tileLayer(tiles, { maxZoom: 19, attribution: '&copy; OpenStreetMap' }).addTo(map);
    }
    return map;
  }

  function listMode(map) {
    var bounds = [];
    document.querySelectorAll('.report-item[data-lat]').forEach(function (item) {
      var lat = parse(item.getAttribute('data-lat'));
      var lon = parse(item.getAttribute('data-lon'));
      if (lat === null || lon === null) { return; }
      var marker = L.circleMarker([lat, lon], { radius: 8 }).addTo(map);
      var link = document.createElement('a');
      link.href = item.getAttribute('data-url');
      link.textContent = item.getAttribute('data-title');
      marker.bindPopup(link);
      bounds.push([lat, lon]);
    });
    if (bounds.length > 0) { map.fitBounds(bounds, { maxZoom: 16, padding: [20, 20] }); }
  }

  function pickMode(map) {
    var latInput = document.getElementById('latitude');
    var lonInput = document.getElementById('longitude');
    var category = document.getElementById('categoryId');
    var box = document.getElementById('duplicates');
    var marker = null;

    function place(lat, lon, pan) {
      if (!map) { return; }
      if (marker) { marker.setLatLng([lat, lon]); } else { marker = L.marker([lat, lon]).addTo(map); }
      if (pan) { map.panTo([lat, lon]); }
    }

    function checkDuplicates() {
      var lat = parse(latInput.value), lon = parse(lonInput.value);
      if (!box || lat === null || lon === null || !category.value) { return; }
      var url = box.getAttribute('data-url') + '?categoryId=' + encodeURIComponent(category.value)
        + '&lat=' + encodeURIComponent(lat) + '&lon=' + encodeURIComponent(lon);
      fetch(url, { headers: { 'Accept': 'application/json' } })
        .then(function (r) { return r.ok ? r.json() : []; })
        .then(function (items) {
          var list = box.querySelector('ul');
          list.textContent = '';
          items.forEach(function (item) {
            var li = document.createElement('li');
            var a = document.createElement('a');
            a.href = item.url;
            a.textContent = item.trackingCode + ': ' + item.description;
            li.appendChild(a);
            list.appendChild(li);
          });
          box.hidden = items.length === 0;
        })
        .catch(function () { box.hidden = true; });
    }

    if (map) {
      var lat0 = parse(latInput.value), lon0 = parse(lonInput.value);
      if (lat0 !== null && lon0 !== null) { place(lat0, lon0, true); }
      map.on('click', function (e) {
        latInput.value = e.latlng.lat.toFixed(6);
        lonInput.value = e.latlng.lng.toFixed(6);
        place(e.latlng.lat, e.latlng.lng, false);
        checkDuplicates();
      });
    }
    [latInput, lonInput].forEach(function (input) {
      input.addEventListener('change', function () {
        var lat = parse(latInput.value), lon = parse(lonInput.value);
        if (lat !== null && lon !== null && Math.abs(lat) <= 90 && Math.abs(lon) <= 180) { place(lat, lon, true); }
        checkDuplicates();
      });
    });
    category.addEventListener('change', checkDuplicates);
  }

  // Photos beyond the limits are refused before the upload starts (the server checks again)
  function photoCheck() {
    var input = document.getElementById('photos');
    var message = document.getElementById('photo-check');
    if (!input || !message) { return; }
    input.addEventListener('change', function () {
      var files = Array.prototype.slice.call(input.files || []);
      var problem = null;
      if (files.length > Number(input.getAttribute('data-max-files'))) {
        problem = input.getAttribute('data-too-many');
      } else if (files.some(function (f) { return f.size > Number(input.getAttribute('data-max-bytes')); })) {
        problem = input.getAttribute('data-too-large');
      }
      message.textContent = problem || '';
      message.hidden = !problem;
      if (problem) { input.value = ''; }
    });
  }

  document.addEventListener('DOMContentLoaded', function () {
    photoCheck();
    var map = baseMap();
    var mode = mapEl ? mapEl.getAttribute('data-mode') : null;
    if (mode === 'list' && map) { listMode(map); }
    if (mode === 'pick' && document.getElementById('latitude')) { pickMode(map); }
  });
}());
