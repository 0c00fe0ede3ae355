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

  // The form's rules are checked here before sending, as the server checks them again: a refused
  // round trip would empty the photo input (browsers never refill a file input).
  function formCheck() {
    var form = document.querySelector('form[data-test=report-form]');
    if (!form) { return; }
    var summary = document.getElementById('client-errors');
    form.addEventListener('submit', function (event) {
      var problems = [];
      var category = document.getElementById('categoryId');
      var description = document.getElementById('description');
      var lat = parse(document.getElementById('latitude').value);
      var lon = parse(document.getElementById('longitude').value);
      var address = document.getElementById('address').value.trim();
      var text = description.value.trim();
      if (!category.value) { problems.push([category, form.getAttribute('data-msg-category')]); }
      if (text.length < 10 || text.length > 4000) { problems.push([description, form.getAttribute('data-msg-description')]); }
      if ((lat === null || lon === null) && !address) {
        problems.push([document.getElementById('address'), form.getAttribute('data-msg-location')]);
      }
      [category, description, document.getElementById('address')].forEach(function (f) { f.removeAttribute('aria-invalid'); });
      if (problems.length === 0) { summary.hidden = true; return; }
      event.preventDefault();
      summary.textContent = form.getAttribute('data-msg-summary') + ' '
        + problems.map(function (p) { return p[1]; }).join(' ');
      summary.hidden = false;
      problems.forEach(function (p) { p[0].setAttribute('aria-invalid', 'true'); });
      problems[0][0].focus();
    });
  }

  // "Use my location": the phone's position fills the coordinates (and moves the pin through 'change')
  function myLocation() {
    var button = document.getElementById('use-location');
    var message = document.getElementById('location-check');
    if (!button || !navigator.geolocation) { return; }
    button.hidden = false;
    button.addEventListener('click', function () {
      navigator.geolocation.getCurrentPosition(function (position) {
        var latInput = document.getElementById('latitude');
        var lonInput = document.getElementById('longitude');
        latInput.value = position.coords.latitude.toFixed(6);
        lonInput.value = position.coords.longitude.toFixed(6);
        lonInput.dispatchEvent(new Event('change'));
        message.hidden = true;
      }, function () {
        message.textContent = button.getAttribute('data-denied');
        message.hidden = false;
      }, { enableHighAccuracy: true, timeout: 15000 });
    });
  }

  document.addEventListener('DOMContentLoaded', function () {
    photoCheck();
    formCheck();
    myLocation();
    var map = baseMap();
    var mode = mapEl ? mapEl.getAttribute('data-mode') : null;
    if (mode === 'list' && map) { listMode(map); }
    if (mode === 'pick' && document.getElementById('latitude')) { pickMode(map); }
  });
}());
