// TIP Atlas pre-render guard, inlined by the build at the top of <head> (CSP: admitted by its hash), so it runs
// before the body is parsed (see src/prerender/README.md). It fetches a picture of the default view for the page
// (on a phone, of a shared link to the tier map of any report and region too).
(function () {
  var root = document.documentElement;
  // A link that asks for anything but what the picture shows must never show the picture as if it were the view
  // asked for: hide it; the app draws the view itself. A parameter that only restates the picture (its report year,
  // the map, the world, the tiers mode: `?year=2025` when the picture is of the 2025 report) keeps it; any other
  // parameter or value, or the same parameter twice with another value, does not. The build fills in the year.
  var pictureYear = /*picture-year*/ 0;
  var restated = { view: 'map', year: String(pictureYear), region: 'world', mode: 'tiers' };
  var otherView = false;
  var params = {};
  var twice = false;
  new URLSearchParams(window.location.search).forEach(function (value, name) {
    if (!Object.prototype.hasOwnProperty.call(restated, name) || restated[name] !== value) otherView = true;
    if (Object.prototype.hasOwnProperty.call(params, name) && params[name] !== value) twice = true;
    params[name] = value;
  });
  // The two pictures (drawn for a laptop screen and for a phone held upright) are files of their own, fetched only
  // by a link that shows one, on a screen it was drawn for: a link to anything else, a tablet, and a screen's other
  // picture cost neither bytes nor parsing. The build fills in each picture's media query and file.
  var pictureFiles = /*picture-files*/ [];
  var file = null;
  if (!otherView)
    for (var f = 0; f < pictureFiles.length && !file; f++)
      if (window.matchMedia(pictureFiles[f][0]).matches) file = pictureFiles[f][1];
  // A phone also has a picture for a shared link to the tier map of any report and region (`?year=2020&region=
  // europe`): the latest report's map of that region, which the report's own file (its classes, subtitle, tooltip
  // lines and sentences, made by the build with the app's code) turns into that report's before it is shown. The
  // build fills in the files. Any other parameter or value (a country, the Changes mode) gets no picture.
  var regionPictures = /*region-pictures*/ [];
  // The files of the earlier reports: [prefix, suffix, years], each named prefix + year + suffix.
  var yearFiles = /*year-files*/ [];
  var hasYear = function (value) {
    for (var y = 0; y < yearFiles[2].length; y++) if (String(yearFiles[2][y]) === value) return true;
    return false;
  };
  var yearFile = null;
  var region = 'world';
  if (otherView && !twice && regionPictures.length && window.matchMedia(regionPictures[0]).matches) {
    var known = true;
    for (var name in params) {
      var value = params[name];
      if (name === 'view' || name === 'mode') known = known && value === restated[name];
      else if (name === 'region')
        known = known && Object.prototype.hasOwnProperty.call(regionPictures[1], value);
      else if (name === 'year') known = known && (value === restated.year || hasYear(value));
      else known = false;
    }
    if (known) {
      region = params.region || 'world';
      file = regionPictures[1][region];
      if (params.year && params.year !== restated.year) yearFile = yearFiles[0] + params.year + yearFiles[1];
    }
  }
  // Without a picture the app's code is wanted at once: preload it. With one, main.tsx loads it after the picture's
  // frame. The build fills in the files.
  var appModules = /*app-modules*/ [];
  // A link to another view (`?view=trends`) needs that view's code and data files too: the build fills in which.
  // Fetched with the page, they are in by the time the app asks for them, not one round trip after another.
  var viewFiles = /*view-files*/ {};
  // The data every view reads (core.json) and the world geometry the map is drawn from. Without a picture they are
  // fetched with the app's code, at once (the geometry only for a map link); under a picture, once the picture's
  // frame is painted: on a slow network the picture's own file and fonts then have the bandwidth to themselves (the
  // app's code waits for that frame too, main.tsx).
  var firstData = /*first-data*/ {};
  function preload(href) {
    var link = document.createElement('link');
    if (/\.css$/.test(href)) {
      // A stylesheet of the app's code: Vite's loader applies it when it loads that code.
      link.rel = 'preload';
      link.as = 'style';
      link.crossOrigin = '';
    } else if (/\.json$/.test(href)) {
      // A data file: the app fetches it (a CORS request, as core.json's preload in index.html).
      link.rel = 'preload';
      link.as = 'fetch';
      link.crossOrigin = 'anonymous';
    } else {
      link.rel = 'modulepreload';
      link.crossOrigin = '';
    }
    link.href = href;
    document.head.appendChild(link);
  }
  // Runs `then` once the picture's frame is on screen: at the browser's first-contentful-paint entry, which comes
  // once that frame is presented (requests started before it would be counted by Lighthouse's simulation as holding
  // back the first paint), or two frames and 100 ms later, for a page that gets no entry (one that was ever in the
  // background: an end-to-end test caught a page that never started). Frames wait while a tab is hidden.
  function whenPainted(then) {
    var done = false;
    var observer = null;
    var go = function () {
      if (done) return;
      done = true;
      if (observer) observer.disconnect();
      then();
    };
    var types = window.PerformanceObserver && PerformanceObserver.supportedEntryTypes;
    var timing = !!types && types.indexOf('paint') >= 0;
    if (timing) {
      observer = new PerformanceObserver(function (list) {
        var entries = list.getEntries();
        for (var i = 0; i < entries.length; i++)
          if (entries[i].name === 'first-contentful-paint') return go();
      });
      observer.observe({ type: 'paint', buffered: true });
    }
    requestAnimationFrame(function () {
      requestAnimationFrame(function () {
        setTimeout(go, timing ? 100 : 0);
      });
    });
  }
  var view = new URLSearchParams(window.location.search).get('view');
  var dataPreloaded = false;
  function preloadData() {
    if (dataPreloaded) return;
    dataPreloaded = true;
    if (firstData.core) preload(firstData.core);
    if (firstData.geometry && (!view || view === 'map')) preload(firstData.geometry);
  }
  function preloadApp() {
    for (var i = 0; i < appModules.length; i++) preload(appModules[i]);
    preloadData();
  }
  // A link to another view: that view's code and data, once the app's first frame (the header, the view's heading
  // and lede) is on screen. Lighthouse's simulation counts every request started before the page's largest paint
  // into it (3.2 s on a phone for a Trends link with them at page start, 2.3 s without); on a slow network the app's
  // own code gets the bandwidth first. ViewContent starts the view at the same mark, so its files are asked for
  // once, together.
  function preloadViewLater() {
    var files = view && Object.prototype.hasOwnProperty.call(viewFiles, view) ? viewFiles[view] : [];
    whenAppDrawn(function () {
      whenPainted(function () {
        // A few links per task: each starts a request, ~1-2 ms on a phone; all fifteen of a Trends link at once
        // were one task of ~45 ms, which Lighthouse's phone preset counts four times over as blocking time.
        var next = 0;
        (function slice() {
          for (var end = Math.min(next + 4, files.length); next < end; next++) preload(files[next]);
          if (next < files.length) setTimeout(slice, 0);
          else root.setAttribute('data-app-painted', 'true');
        })();
      });
    });
  }
  // Once the app has put its first content into #root (the frames counted by whenPainted are then the app's).
  function whenAppDrawn(then) {
    whenParsed(function () {
      var app = document.getElementById('root');
      if (!app) return;
      if (hasContent(app)) return then();
      var observer = new MutationObserver(function () {
        if (!hasContent(app)) return;
        observer.disconnect();
        then();
      });
      observer.observe(app, { childList: true });
    });
  }
  var html = null;
  var year = null;
  var inserted = false;
  var fontsIn = false;
  var settled = false;
  // No picture after all (the file did not come, or not within 1.5 s): the app draws the view itself, as for any
  // other link.
  function giveUp() {
    if (settled) return;
    settled = true;
    root.classList.add('no-prerender');
    root.classList.remove('fonts-pending');
    preloadApp();
    preloadViewLater();
    sayFailed();
  }
  // Shown once it is in the page and its three Inter weights are in (styles.css: visibility), so it is first painted
  // in its own font: text laid out in a fallback font and then in Inter moves the page under it (layout shift 0.25
  // on a phone). The fonts are preloaded with the page, so this costs a frame or two; after 1.5 s it shows regardless.
  function show() {
    if (settled || !inserted) return;
    settled = true;
    root.classList.remove('fonts-pending');
    // The picture's map may now answer the pointer and the keyboard (picture-input.js).
    document.dispatchEvent(new Event('tip-picture-shown'));
    // Once the picture is on screen: the map's data, and the app's code (main.tsx's afterFirstPaint waits for the
    // mark).
    whenPainted(function () {
      preloadData();
      root.setAttribute('data-picture-painted', 'true');
    });
  }
  function insert() {
    if (settled || inserted || html === null || document.readyState === 'loading') return;
    var slot = document.getElementById('prerender');
    if (!slot) return giveUp();
    slot.innerHTML = html;
    slot.setAttribute('data-picture-region', region);
    var turned = false;
    try {
      turned = !year || toYear(slot, year);
    } catch {
      // A file that is not what the build wrote: no picture rather than a wrong one.
    }
    if (!turned) {
      slot.innerHTML = '';
      return giveUp();
    }
    inserted = true;
    if (fontsIn) show();
  }
  // Turns the picture (the latest report's) into the one of `data.year`, the report the link asks for: the subtitle
  // and the map's name, each country's class and fill (a fill that says nothing of a class, such as unrated land or
  // a country outside the region, is kept), and the country list picture-input.js answers with. What lies below the
  // map (the year control, the legend and its counts, the side panel, the tables) is of the latest report: hidden
  // (styles.css, data-picture-year) until the app draws it. False if the picture is not the one expected.
  function toYear(slot, data) {
    var subtitle = slot.querySelector('[data-testid="map-subtitle"]');
    var frame = slot.querySelector('.map-frame');
    var svg = frame && frame.querySelector('svg[data-prerendered]');
    var list = document.getElementById('picture-countries');
    if (!subtitle || !svg || !list || !subtitle.firstChild) return false;
    if (typeof data.year !== 'number' || typeof data.subtitle !== 'string') return false;
    var old = subtitle.firstChild.nodeValue;
    subtitle.firstChild.nodeValue = data.subtitle;
    frame.setAttribute('aria-label', frame.getAttribute('aria-label').replace(old, data.subtitle));
    var shapes = svg.querySelectorAll('[data-iso3]');
    for (var i = 0; i < shapes.length; i++) {
      var shape = shapes[i];
      var cls = data.classes[shape.getAttribute('data-iso3')];
      if (cls === undefined) continue;
      if (typeof data.fills[cls] !== 'string') return false;
      shape.setAttribute('data-class', cls);
      if (data.keep.indexOf(shape.getAttribute('fill')) < 0) shape.setAttribute('fill', data.fills[cls]);
    }
    var countries = JSON.parse(list.textContent);
    countries.year = data.year;
    for (var c = 0; c < countries.countries.length; c++) {
      var lines = data.lines[countries.countries[c][0]];
      if (!lines) return false;
      countries.countries[c][3] = lines[0];
      countries.countries[c][4] = lines[1];
    }
    list.textContent = JSON.stringify(countries);
    slot.setAttribute('data-picture-year', String(data.year));
    return true;
  }
  // The page's three Inter weights, asked for once the page is parsed (whenParsed, below), so they are in before
  // the app's first text (or the picture's) is laid out, on every link. Not `<link rel=preload as=font>`: with
  // those, Lighthouse's phone run (Chromium 156) presented no frame for about a second after the page had painted,
  // which counted the app's code into its first paint (observed 1.2–2.3 s, 0.39–0.58 s without; README.md here).
  var fontsLoaded = null;
  function loadFonts() {
    if (fontsLoaded) return fontsLoaded;
    fontsLoaded =
      document.fonts && document.fonts.load
        ? Promise.all(
            ['400', '600', '700'].map(function (weight) {
              return document.fonts.load(weight + ' 1em Inter');
            }),
          )
        : Promise.resolve();
    return fontsLoaded;
  }
  // Once the page is parsed: not DOMContentLoaded, which also waits for the entry module to be fetched and run.
  function whenParsed(then) {
    if (document.readyState !== 'loading') return then();
    var onChange = function () {
      if (document.readyState === 'loading') return;
      document.removeEventListener('readystatechange', onChange);
      then();
    };
    document.addEventListener('readystatechange', onChange);
  }
  if (!file) {
    root.classList.add('no-prerender');
    preloadApp();
    preloadViewLater();
    whenParsed(function () {
      loadFonts().then(null, function () {});
    });
  } else {
    root.classList.add('fonts-pending');
    var text = function (response) {
      return response.ok ? response.text() : Promise.reject(new Error(String(response.status)));
    };
    Promise.all([fetch(file).then(text), yearFile ? fetch(yearFile).then(text) : null])
      .then(function (texts) {
        html = texts[0];
        year = texts[1] ? JSON.parse(texts[1]) : null;
        insert();
      })
      .then(null, giveUp);
    setTimeout(function () {
      if (inserted) show();
      else giveUp();
    }, 1500);
    whenParsed(function () {
      insert();
      var fontsReady = function () {
        fontsIn = true;
        show();
      };
      loadFonts().then(fontsReady, fontsReady);
    });
  }

  // The app has started once its code runs (boot.tsx marks <html>) or it has put anything into #root.
  function started() {
    if (root.hasAttribute('data-app-started')) return true;
    var app = document.getElementById('root');
    return !!app && hasContent(app);
  }
  function hasContent(app) {
    for (var el = app.firstElementChild; el; el = el.nextElementSibling)
      if (el.tagName !== 'NOSCRIPT') return true;
    return false;
  }
  // If the app's code cannot load or fails to start, say so, rather than leave a picture that looks interactive
  // (or an empty page).
  // The failure notice names the picture while there is one, or one on its way (it may arrive after the notice).
  function sayFailed() {
    var note = document.getElementById('app-failed');
    if (!note) return;
    var picture = document.getElementById('prerender');
    var withPicture = file && !root.classList.contains('no-prerender') && picture;
    note.textContent = withPicture
      ? 'TIP Atlas could not start: its code did not load. Below is a still picture of the map, which does not ' +
        'respond to clicks. Reload the page to try again.'
      : 'TIP Atlas could not start: its code did not load. Reload the page to try again.';
  }
  function failed() {
    if (started() || document.getElementById('app-failed')) return;
    if (!document.body) {
      document.addEventListener('DOMContentLoaded', failed);
      return;
    }
    var note = document.createElement('div');
    note.id = 'app-failed';
    note.className = 'state state-error app-failed';
    note.setAttribute('role', 'alert');
    document.body.insertBefore(note, document.body.firstChild);
    sayFailed();
    // The picture stops answering input (picture-input.js): nothing will open what it is asked for.
    document.dispatchEvent(new Event('tip-app-failed'));
  }
  // A script or module preload of the page that fails to download (errors of resources do not bubble: capture).
  window.addEventListener(
    'error',
    function (e) {
      var t = e.target;
      if (t && (t.tagName === 'SCRIPT' || (t.tagName === 'LINK' && t.rel === 'modulepreload')))
        setTimeout(failed, 0);
    },
    true,
  );
  // The app's code imported once the picture is painted (main.tsx) and failing to download or to run.
  window.addEventListener('unhandledrejection', function () {
    setTimeout(failed, 0);
  });
  // Code that loaded but threw before rendering anything.
  window.addEventListener('load', function () {
    setTimeout(failed, 10000);
  });
})();
