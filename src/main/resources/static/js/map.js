// The portal's map page (/ban-do): Leaflet on the data the page carries in data-* attributes.
// Without this script, Leaflet or the tiles, the page still gives the address and the list of places.
(function () {
  'use strict';
  var element = document.getElementById('portal-map');
  var offline = document.querySelector('[data-map-offline]');
  if (!element || typeof window.L === 'undefined') {
    if (offline) {
      offline.hidden = false;
    }
    return;
  }
  var L = window.L;
  var lat = parseFloat(element.getAttribute('data-lat'));
  var lng = parseFloat(element.getAttribute('data-lng'));
  if (isNaN(lat) || isNaN(lng)) {
    if (offline) {
      offline.hidden = false;
    }
    return;
  }
  element.hidden = false;
  var map = L.map(element, { scrollWheelZoom: false }).setView([lat, lng], parseInt(element.getAttribute('data-zoom'), 10) || 13);
  map.attributionControl.setPrefix(false);
  var attribution = document.createElement('a');
  attribution.href = element.getAttribute('data-attribution-url') || '#';
  attribution.rel = 'noopener';
  attribution.textContent = element.getAttribute('data-attribution') || '';
  var tiles = L.tileLayer(element.getAttribute('data-tiles'), { maxZoom: 19, attribution: attribution.outerHTML });
  var loaded = 0;
  var givenUp = false;
  function giveUp() {
    if (givenUp || loaded > 0) {
      return;
    }
    givenUp = true;
    element.hidden = true;
    element.setAttribute('data-map-state', 'offline');
    if (offline) {
      offline.hidden = false;
    }
  }
  tiles.on('tileload', function () {
    loaded += 1;
    element.setAttribute('data-map-state', 'online');
  });
  tiles.on('tileerror', giveUp);
  window.setTimeout(giveUp, 10000);
  tiles.addTo(map);

  var bounds = [[lat, lng]];
  L.marker([lat, lng], { title: element.getAttribute('data-name'), alt: element.getAttribute('data-name') })
    .addTo(map)
    .bindPopup(popup(element.getAttribute('data-name'), element.getAttribute('data-address')));
  document.querySelectorAll('[data-map-places] tr[data-lat]').forEach(function (row) {
    var placeLat = parseFloat(row.getAttribute('data-lat'));
    var placeLng = parseFloat(row.getAttribute('data-lng'));
    if (isNaN(placeLat) || isNaN(placeLng) || row.getAttribute('data-home') === 'true') {
      return;
    }
    var name = row.getAttribute('data-name');
    L.circleMarker([placeLat, placeLng], { radius: 7, color: '#a31d1d', weight: 2, fillOpacity: 0.35 })
      .addTo(map)
      .bindTooltip(name)
      .bindPopup(popup(name, null));
    bounds.push([placeLat, placeLng]);
  });
  if (bounds.length > 1) {
    map.fitBounds(bounds, { padding: [30, 30], maxZoom: 14 });
  }

  function popup(title, text) {
    var box = document.createElement('div');
    var strong = document.createElement('strong');
    strong.textContent = title || '';
    box.appendChild(strong);
    if (text) {
      box.appendChild(document.createElement('br'));
      box.appendChild(document.createTextNode(text));
    }
    return box;
  }
})();
