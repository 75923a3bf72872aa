// Enhances the sales point list on /diem-ban; the list itself works without this script, the map library or
// the map tiles. With them: a map of the points that have coordinates (clustered when leaflet.markercluster is
// there), and a "near me" button that asks the browser for the visitor's position and re-sorts the list by
// distance on the page. The position never leaves the browser.
(function () {
  'use strict';

  function points(list) {
    return Array.prototype.slice.call(list.querySelectorAll('li[data-slug]'));
  }

  function locationOf(item) {
    var lat = parseFloat(item.getAttribute('data-lat'));
    var lon = parseFloat(item.getAttribute('data-lon'));
    return isNaN(lat) || isNaN(lon) ? null : { lat: lat, lon: lon };
  }

  // Haversine on the Earth's mean radius, as the server's GeoDistance does.
  function kilometres(a, b) {
    var rad = Math.PI / 180;
    var dLat = (b.lat - a.lat) * rad;
    var dLon = (b.lon - a.lon) * rad;
    var h = Math.pow(Math.sin(dLat / 2), 2) + Math.cos(a.lat * rad) * Math.cos(b.lat * rad) * Math.pow(Math.sin(dLon / 2), 2);
    return 2 * 6371.0088 * Math.asin(Math.min(1, Math.sqrt(h)));
  }

  function showDistance(item, km, template) {
    var body = item.querySelector('.card-body');
    var line = item.querySelector('.distance');
    if (!line) {
      line = document.createElement('p');
      line.className = 'distance';
      body.insertBefore(line, body.lastElementChild);
    }
    var number = km.toLocaleString(document.documentElement.lang || undefined, { minimumFractionDigits: 1, maximumFractionDigits: 1 });
    line.textContent = template.replace('{0}', number);
  }

  function sortByDistance(list, from) {
    var template = list.getAttribute('data-distance-template') || '{0}';
    var measured = points(list).map(function (item, index) {
      var at = locationOf(item);
      var km = at ? kilometres(from, at) : Infinity;
      if (at) {
        showDistance(item, km, template);
      }
      return { item: item, km: km, index: index };
    });
    measured.sort(function (a, b) { return a.km - b.km || a.index - b.index; });
    measured.forEach(function (m) { list.appendChild(m.item); });
  }

  function setUpNearMe(list) {
    var button = document.getElementById('near-me');
    var status = document.getElementById('near-me-status');
    if (!button || !navigator.geolocation) {
      return;
    }
    button.parentNode.hidden = false;
    button.addEventListener('click', function () {
      navigator.geolocation.getCurrentPosition(function (position) {
        sortByDistance(list, { lat: position.coords.latitude, lon: position.coords.longitude });
        status.textContent = button.getAttribute('data-sorted');
      }, function () {
        status.textContent = button.getAttribute('data-denied');
      }, { maximumAge: 300000, timeout: 15000 });
    });
  }

  function setUpMap(list) {
    var container = document.getElementById('sales-point-map');
    var L = window.L;
    if (!container || !L || typeof L.map !== 'function') {
      return;
    }
    var located = points(list).filter(function (item) { return locationOf(item); });
    if (located.length === 0) {
      return;
    }
    container.hidden = false;
    var map = L.map(container, { scrollWheelZoom: false });
    L.tileLayer(container.getAttribute('data-tile-url'), {
      attribution: container.getAttribute('data-attribution'),
      maxZoom: parseInt(container.getAttribute('data-max-zoom'), 10) || 19
    }).addTo(map);
    var layer = typeof L.markerClusterGroup === 'function' ? L.markerClusterGroup() : L.layerGroup();
    var bounds = [];
    located.forEach(function (item) {
      var at = locationOf(item);
      // Built as elements, never as HTML, so a name cannot inject markup into the popup.
      var link = document.createElement('a');
      // The list's own link, so the popup goes to the page in the list's language (/diem-ban/… or /en/sales-points/…).
      var own = item.querySelector('h3 a');
      link.href = own ? own.getAttribute('href') : '/diem-ban/' + encodeURIComponent(item.getAttribute('data-slug'));
      link.textContent = item.getAttribute('data-name');
      L.marker([at.lat, at.lon], { title: item.getAttribute('data-name'), alt: item.getAttribute('data-name') })
        .bindPopup(link)
        .addTo(layer);
      bounds.push([at.lat, at.lon]);
    });
    layer.addTo(map);
    map.fitBounds(bounds, { padding: [24, 24], maxZoom: 15 });
  }

  function start() {
    var list = document.getElementById('sales-point-list');
    if (!list) {
      return;
    }
    setUpNearMe(list);
    try {
      setUpMap(list);
    } catch (e) {
      // A broken map must never take the list with it.
      document.getElementById('sales-point-map').hidden = true;
    }
  }

  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', start);
  } else {
    start();
  }
}());
