// TIP Atlas: the pre-rendered picture's map answers the pointer and the keyboard before the app's code has run (see
// src/prerender/README.md). The build inlines it after the guard script, in the same <script> (one CSP hash).
// It reads the map's countries from the JSON the build wrote into the picture (src/prerender/pictureCountries.tsx:
// keyboard order, names, what a screen reader hears, each tooltip's lines, made by the app's own code), and does
// what the live map does (src/features/map/MapMain.tsx, useMapKeyboard.ts): a tooltip under the pointer, outlines,
// arrows, Home, End, Page Up/Down, letters, Enter, Esc. A click or Enter cannot open the country's panel, whose code
// is the app's, so it says that the panel is opening and leaves the country (and the one the keyboard is on) on
// #prerender for the app, which opens it when it takes over (src/prerender/pictureInput.ts). Everything else in the
// picture stays inert.
(function () {
  var root = document.documentElement;
  var SVG = 'http://www.w3.org/2000/svg';
  var on = false;
  var stopped = false;
  var picture, frame, svg, data, layer, tip, status, announcer;
  var byIso3 = {};
  var order = [];
  var madeInert = [];
  var hovered = null;
  var hoverAt = null;
  var dismissed = null;
  var active = null;
  var opened = null;
  var openedAt = null;
  var focused = false;
  var keyTipDismissed = false;
  var typed = '';
  var typedAt = 0;

  function activate() {
    if (on || stopped || document.readyState === 'loading') return;
    if (root.classList.contains('no-prerender') || root.classList.contains('fonts-pending')) return;
    picture = document.getElementById('prerender');
    var list = document.getElementById('picture-countries');
    if (!picture || !list || document.getElementById('app-failed')) return;
    try {
      data = JSON.parse(list.textContent || '');
    } catch {
      return;
    }
    // The page holds the one picture the guard fetched for this screen; a window resized since to a width it was
    // not drawn for hides it (styles.css), and a hidden picture answers nothing.
    frame = picture.querySelector('.map-frame');
    svg = frame && frame.querySelector('svg[data-prerendered]');
    if (!svg || svg.getClientRects().length === 0) return;
    for (var i = 0; i < data.countries.length; i++) {
      byIso3[data.countries[i][0]] = data.countries[i];
      order.push(data.countries[i][0]);
    }
    // Only the map answers: the rest of the picture (its drawn controls, lists, links) stays inert.
    for (var el = frame; el && el.parentElement && el !== picture; el = el.parentElement)
      for (var sib = el.parentElement.firstElementChild; sib; sib = sib.nextElementSibling)
        if (sib !== el && !sib.hasAttribute('inert')) {
          sib.setAttribute('inert', '');
          madeInert.push(sib);
        }
    layer = document.createElementNS(SVG, 'g');
    layer.setAttribute('pointer-events', 'none');
    layer.setAttribute('data-layer', 'picture-outlines');
    svg.appendChild(layer);
    announcer = document.createElement('p');
    announcer.className = 'visually-hidden';
    announcer.setAttribute('aria-live', 'polite');
    announcer.setAttribute('aria-atomic', 'true');
    announcer.setAttribute('data-testid', 'picture-announcer');
    frame.appendChild(announcer);
    frame.addEventListener('pointermove', onPointerMove);
    frame.addEventListener('pointerleave', onPointerLeave);
    frame.addEventListener('click', onClick);
    frame.addEventListener('keydown', onKey);
    frame.addEventListener('focus', onFocus);
    frame.addEventListener('blur', onBlur);
    document.addEventListener('keydown', onEscape);
    picture.removeAttribute('inert');
    picture.removeAttribute('aria-hidden');
    svg.setAttribute('data-answers-input', 'true');
    on = true;
  }

  // The app could not start: the picture goes back to being a still picture (the guard says so in an alert).
  function stop() {
    stopped = true;
    if (!on) return;
    on = false;
    hovered = opened = null;
    focused = false;
    render();
    if (status) status.remove();
    announcer.remove();
    for (var i = 0; i < madeInert.length; i++) madeInert[i].removeAttribute('inert');
    picture.setAttribute('inert', '');
    picture.setAttribute('aria-hidden', 'true');
    picture.removeAttribute('data-picture-open');
    picture.removeAttribute('data-picture-active');
    svg.removeAttribute('data-answers-input');
  }

  function countryAt(target) {
    var el = target && target.closest ? target.closest('[data-iso3]') : null;
    var iso3 = el && el.getAttribute('data-iso3');
    return iso3 && byIso3[iso3] ? iso3 : null;
  }

  function shapesOf(iso3) {
    return svg.querySelectorAll(
      '[data-layer="countries"] > path[data-iso3="' + iso3 + '"], circle[data-iso3="' + iso3 + '"]',
    );
  }

  function outline(iso3, style) {
    var g = document.createElementNS(SVG, 'g');
    g.setAttribute('data-outline', iso3);
    var shapes = shapesOf(iso3);
    for (var i = 0; i < shapes.length; i++) {
      var s = shapes[i];
      var copy;
      if (s.tagName.toLowerCase() === 'circle') {
        copy = document.createElementNS(SVG, 'circle');
        copy.setAttribute('cx', s.getAttribute('cx'));
        copy.setAttribute('cy', s.getAttribute('cy'));
        copy.setAttribute('r', String(Number(s.getAttribute('r')) + style[1] + 1));
      } else {
        copy = document.createElementNS(SVG, 'path');
        copy.setAttribute('d', s.getAttribute('d'));
        copy.setAttribute('stroke-linejoin', 'round');
      }
      copy.setAttribute('fill', 'none');
      copy.setAttribute('stroke', style[0]);
      copy.setAttribute('stroke-width', String(style[1]));
      g.appendChild(copy);
    }
    layer.appendChild(g);
  }

  // The point a key tip refers to: the middle of the country's largest shape, from the frame's top left.
  function anchorOf(iso3) {
    var shapes = shapesOf(iso3);
    var best = null;
    for (var i = 0; i < shapes.length; i++) {
      var r = shapes[i].getBoundingClientRect();
      if (!best || r.width * r.height > best.width * best.height) best = r;
    }
    var f = frame.getBoundingClientRect();
    return best ? [best.left + best.width / 2 - f.left, best.top + best.height / 2 - f.top] : [0, 0];
  }

  // Placed as MapTooltip places it: beside the point on a wide map, else below it or above it, inside the frame.
  function showTip(iso3, x, y) {
    if (!tip) {
      tip = document.createElement('div');
      tip.className = 'map-tooltip';
      tip.setAttribute('role', 'tooltip');
      tip.setAttribute('data-testid', 'picture-tooltip');
      frame.appendChild(tip);
    }
    if (
      tip.getAttribute('data-iso3') !== iso3 ||
      tip.getAttribute('data-opening') !== String(opened === iso3)
    ) {
      tip.innerHTML =
        byIso3[iso3][4] + (opened === iso3 ? '<p class="tt-muted">Opening the country’s panel…</p>' : '');
      tip.setAttribute('data-iso3', iso3);
      tip.setAttribute('data-opening', String(opened === iso3));
    }
    var off = data.tooltipOffset;
    var fw = frame.clientWidth;
    var fh = frame.clientHeight;
    var width = Math.min(data.tooltipWidth, fw - 2 * off);
    var left = x + off + width <= fw ? x + off : Math.max(0, x - off - width);
    tip.style.width = width + 'px';
    tip.style.left = left + 'px';
    tip.style.top = '0px';
    tip.style.bottom = '';
    tip.hidden = false;
    var h = tip.offsetHeight;
    if (left >= x + off || left + width <= x - off)
      tip.style.top = Math.max(0, Math.min(y - off, fh - h)) + 'px';
    else if (h <= fh - y - off || (h > y - off && fh - y >= y)) tip.style.top = y + off + 'px';
    else {
      tip.style.top = '';
      tip.style.bottom = fh - y + off + 'px';
    }
  }

  function render() {
    if (!layer) return;
    while (layer.firstChild) layer.removeChild(layer.firstChild);
    if (hovered && hovered !== active) outline(hovered, data.hover);
    if (opened) outline(opened, data.selected);
    if (focused && active) outline(active, data.focus);
    if (hovered && hoverAt) showTip(hovered, hoverAt[0], hoverAt[1]);
    else if (focused && active && !keyTipDismissed) {
      var a = anchorOf(active);
      showTip(active, a[0], a[1]);
    } else if (opened && openedAt) showTip(opened, openedAt[0], openedAt[1]);
    else if (tip) tip.hidden = true;
  }

  function setActive(iso3) {
    active = iso3;
    if (iso3) picture.setAttribute('data-picture-active', iso3);
    else picture.removeAttribute('data-picture-active');
  }

  function moveTo(iso3) {
    setActive(iso3);
    keyTipDismissed = false;
    hovered = null;
    announcer.textContent = byIso3[iso3][3];
    render();
  }

  function open(iso3, at) {
    opened = iso3;
    openedAt = at;
    setActive(iso3);
    picture.setAttribute('data-picture-open', iso3);
    if (!status) {
      status = document.createElement('p');
      status.className = 'picture-status';
      status.setAttribute('role', 'status');
      frame.appendChild(status);
    }
    status.textContent = 'Opening the panel for ' + byIso3[iso3][2] + '…';
    render();
  }

  function close() {
    opened = openedAt = null;
    picture.removeAttribute('data-picture-open');
    if (status) status.textContent = '';
    render();
  }

  function onPointerMove(e) {
    if (!on || e.pointerType === 'touch') return;
    var iso3 = countryAt(e.target);
    if (!iso3) {
      dismissed = null;
      if (hovered) {
        hovered = null;
        render();
      }
      return;
    }
    if (iso3 === dismissed) return;
    var f = frame.getBoundingClientRect();
    hovered = iso3;
    hoverAt = [e.clientX - f.left, e.clientY - f.top];
    render();
  }

  function onPointerLeave() {
    if (!on) return;
    hovered = dismissed = null;
    render();
  }

  function onClick(e) {
    if (!on) return;
    var iso3 = countryAt(e.target);
    if (!iso3) return;
    // A tap gets the status line only, as the live map shows no tooltip for a touch; a mouse click keeps its tooltip.
    var f = frame.getBoundingClientRect();
    var touch = e.pointerType === 'touch';
    if (touch) keyTipDismissed = true;
    open(iso3, touch ? null : [e.clientX - f.left, e.clientY - f.top]);
  }

  function onFocus(e) {
    if (!on || e.target !== frame) return;
    focused = true;
    render();
  }

  function onBlur(e) {
    if (!on || e.target !== frame) return;
    focused = false;
    render();
  }

  function onEscape(e) {
    if (on && e.key === 'Escape' && hovered) {
      dismissed = hovered;
      hovered = null;
      render();
    }
  }

  function onKey(e) {
    if (!on) return;
    var n = order.length;
    var start = active && byIso3[active] ? active : opened;
    var i = start ? order.indexOf(start) : -1;
    var go = function (iso3) {
      e.preventDefault();
      moveTo(iso3);
    };
    switch (e.key) {
      case 'ArrowRight':
      case 'ArrowDown':
        return go(order[i < 0 ? 0 : (i + 1) % n]);
      case 'ArrowLeft':
      case 'ArrowUp':
        return go(order[i < 0 ? n - 1 : (i - 1 + n) % n]);
      case 'Home':
        return go(order[0]);
      case 'End':
        return go(order[n - 1]);
      case 'PageDown':
      case 'PageUp': {
        e.preventDefault();
        var regions = data.regions;
        var here = start ? regions.indexOf(byIso3[start][1]) : -1;
        var step = e.key === 'PageDown' ? 1 : -1;
        for (var s = 1; s <= regions.length; s++) {
          var r = regions[(((here + step * s) % regions.length) + regions.length) % regions.length];
          for (var k = 0; k < n; k++) if (byIso3[order[k]][1] === r) return moveTo(order[k]);
        }
        return;
      }
      case 'Enter':
      case ' ':
        if (start) {
          e.preventDefault();
          open(start, null);
        }
        return;
      case 'Escape':
        if (focused && active && !keyTipDismissed) {
          e.preventDefault();
          keyTipDismissed = true;
          render();
        } else if (opened) {
          e.preventDefault();
          close();
        }
        return;
      default:
        if (e.key.length === 1 && /\S/.test(e.key) && !e.ctrlKey && !e.metaKey && !e.altKey) {
          var now = Date.now();
          typed = now - typedAt > data.typeaheadResetMs ? e.key : typed + e.key;
          typedAt = now;
          var hit = typeahead(typed.toLowerCase(), start);
          if (hit) go(hit);
        }
    }
  }

  // As typeaheadMatch (features/map/mapSelectors.ts): names in the order the build sorted them; a repeated first
  // letter moves on to the next name, a longer prefix may stay on the current one.
  function typeahead(prefix, from) {
    var byName = data.byName;
    var startAt = from ? byName.indexOf(from) : -1;
    var offset = prefix.length > 1 || startAt < 0 ? 0 : 1;
    var first = Math.max(startAt, 0);
    for (var k = 0; k < byName.length; k++) {
      var iso3 = byName[(first + offset + k) % byName.length];
      if (byIso3[iso3][2].toLowerCase().indexOf(prefix) === 0) return iso3;
    }
    return null;
  }

  document.addEventListener('DOMContentLoaded', activate);
  document.addEventListener('tip-picture-shown', activate);
  document.addEventListener('tip-app-failed', stop);
})();
