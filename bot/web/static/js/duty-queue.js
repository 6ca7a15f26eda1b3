// Live queue: listens to /duty/events (server-sent events), reloads the table rows, count
// and pagination from /duty/queue/rows (with this page's filters and page number: the
// query string) when a case changes, announces new cases to screen readers, and for a
// crisis case shows a banner and plays a sound (once the worker has allowed sound), even
// when the filters or the page hide it.
(function () {
  'use strict'

  var rows = document.getElementById('case-rows')
  if (!rows || !window.EventSource || !window.fetch) return

  var statusBox = document.getElementById('live-status')
  var statusText = document.getElementById('live-status-text')
  var announcer = document.getElementById('live-announcer')
  var caption = document.getElementById('queue-caption')
  var pagination = document.getElementById('queue-pagination')
  var banner = document.getElementById('crisis-banner')
  var bannerText = document.getElementById('crisis-banner-text')
  var bannerLink = document.getElementById('crisis-banner-link')
  var bannerDismiss = document.getElementById('crisis-banner-dismiss')
  var soundButton = document.getElementById('sound-toggle')
  var baseTitle = document.title
  var newCases = {}
  var unseenCrisis = 0
  var fetching = false
  var again = false
  var closed = false

  // ------------------------------------------------------------------ sound
  var audio = soundButton ? new Audio(soundButton.getAttribute('data-sound-url')) : null
  var soundOn = false
  var soundBlocked = false
  try { soundOn = window.localStorage.getItem('duty-sound') === 'on' } catch (e) {}

  function showSoundState (blocked) {
    if (!soundButton) return
    soundButton.hidden = false
    soundBlocked = blocked
    soundButton.setAttribute('data-state', blocked ? 'blocked' : (soundOn ? 'on' : 'off'))
    if (blocked) {
      soundButton.textContent = 'Sound is blocked: turn on sound alerts'
    } else {
      soundButton.textContent = soundOn ? 'Turn off sound alerts' : 'Turn on sound alerts'
    }
  }

  function playAlert () {
    if (!audio || !soundOn) return
    audio.currentTime = 0
    var played = audio.play()
    if (played && played.then) {
      played.then(function () {
        window.__dutyAlertsPlayed = (window.__dutyAlertsPlayed || 0) + 1
      }, function (error) {
        // NotAllowedError: autoplay is blocked until the worker clicks the button.
        // (An AbortError only means a newer alert interrupted this one.)
        if (!error || error.name === 'NotAllowedError') showSoundState(true)
      })
    }
  }

  if (soundButton) {
    soundButton.addEventListener('click', function () {
      soundOn = soundBlocked ? true : !soundOn
      try { window.localStorage.setItem('duty-sound', soundOn ? 'on' : 'off') } catch (e) {}
      showSoundState(false)
      if (soundOn) playAlert() // a click lets the browser play sound from now on
    })
    showSoundState(false)
  }

  // ------------------------------------------------------------------ status
  function setStatus (state, text) {
    statusBox.setAttribute('data-state', state)
    statusText.textContent = text
  }

  function announce (text) {
    announcer.textContent = ''
    window.setTimeout(function () { announcer.textContent = text }, 50)
  }

  function updateTitle () {
    document.title = unseenCrisis > 0 ? '(' + unseenCrisis + ') New crisis case – ' + baseTitle : baseTitle
  }

  // ------------------------------------------------------------------ ages
  function ageText (then) {
    var minutes = Math.floor((Date.now() - then.getTime()) / 60000)
    if (minutes < 1) return 'just now'
    if (minutes < 60) return minutes + ' min ago'
    var hours = Math.floor(minutes / 60)
    var rest = minutes % 60
    if (hours < 24) return rest ? hours + ' h ' + rest + ' min ago' : hours + ' h ago'
    var days = Math.floor(hours / 24)
    return days === 1 ? '1 day ago' : days + ' days ago'
  }

  function refreshAges () {
    var times = rows.querySelectorAll('time.app-age')
    for (var i = 0; i < times.length; i++) {
      var then = new Date(times[i].getAttribute('datetime'))
      if (!isNaN(then.getTime())) times[i].textContent = ageText(then)
    }
  }
  window.setInterval(refreshAges, 30000)

  // ------------------------------------------------------------------ rows
  function markNew () {
    var all = rows.querySelectorAll('tr[data-case-id]')
    for (var i = 0; i < all.length; i++) {
      if (newCases[all[i].getAttribute('data-case-id')]) all[i].classList.add('app-case-row--new')
    }
  }

  // The response holds <template data-part="case-rows|queue-caption|queue-pagination">.
  function swapIn (html) {
    var holder = document.createElement('template')
    holder.innerHTML = html
    var targets = { 'case-rows': rows, 'queue-caption': caption, 'queue-pagination': pagination }
    var parts = holder.content.querySelectorAll('template[data-part]')
    for (var i = 0; i < parts.length; i++) {
      var target = targets[parts[i].getAttribute('data-part')]
      if (target) target.innerHTML = parts[i].innerHTML
    }
  }

  function shown (caseId) {
    return !!rows.querySelector('tr[data-case-id="' + caseId + '"]')
  }

  // Callbacks to run once the rows include every change seen so far.
  var waiting = []

  function reloadRows (then) {
    if (typeof then === 'function') waiting.push(then)
    if (fetching) { again = true; return }
    fetching = true
    var callbacks = waiting
    waiting = []
    window.fetch('/duty/queue/rows' + window.location.search, { credentials: 'same-origin', cache: 'no-store' })
      .then(function (response) {
        if (response.status === 401) { signedOut(); return null }
        if (!response.ok) throw new Error('HTTP ' + response.status)
        return response.text()
      })
      .then(function (html) {
        if (html !== null && html !== undefined) {
          swapIn(html)
          markNew()
          refreshAges()
          for (var i = 0; i < callbacks.length; i++) callbacks[i]()
        }
      })
      .catch(function () { setStatus('error', 'Could not refresh the cases. Trying again…') })
      .then(function () {
        fetching = false
        if (again) { again = false; reloadRows() }
      })
  }

  function signedOut () {
    if (closed) return
    closed = true
    if (source) source.close()
    setStatus('off', 'You have been signed out, so new cases will not appear. Reload the page to sign in again.')
    banner.hidden = false
    banner.querySelector('.govuk-notification-banner__title').textContent = 'Signed out'
    bannerText.textContent = 'You have been signed out after a period without activity. New cases will not appear until you sign in again.'
    bannerLink.textContent = 'Sign in again'
    bannerLink.href = '/duty/login?next=%2Fduty%2Fqueue'
    document.title = 'Signed out – ' + baseTitle
  }

  function onCase (change) {
    if (change.kind === 'raised') {
      newCases[change.case_id] = true
      var text = 'New ' + change.severity_label.toLowerCase() + ' case ' + change.case_id + ' (' + change.authority_name + ').'
      reloadRows(function () {
        announce(shown(change.case_id) ? text : text + ' Your filters or this page do not show it.')
      })
      if (change.severity === 'crisis') {
        unseenCrisis += 1
        banner.querySelector('.govuk-notification-banner__title').textContent = 'New crisis case'
        bannerText.textContent = 'Crisis case ' + change.case_id + ' (' + change.authority_name + ') was raised just now.'
        bannerLink.textContent = 'Open case ' + change.case_id
        bannerLink.href = '/duty/cases/' + change.case_id
        banner.hidden = false
        updateTitle()
        playAlert()
      }
      return
    }
    reloadRows()
  }

  if (bannerDismiss) {
    bannerDismiss.addEventListener('click', function () {
      banner.hidden = true
      unseenCrisis = 0
      updateTitle()
    })
  }

  // ------------------------------------------------------------------ stream
  var source = null
  var connectedOnce = false

  function connect () {
    source = new EventSource('/duty/events')
    source.addEventListener('hello', function () {
      setStatus('on', 'Live: new cases appear here as they are raised.')
      // After a reconnection, catch up on anything missed while disconnected.
      if (connectedOnce) reloadRows()
      connectedOnce = true
    })
    source.addEventListener('case', function (event) {
      try { onCase(JSON.parse(event.data)) } catch (e) { reloadRows() }
    })
    source.addEventListener('resync', reloadRows)
    source.addEventListener('expired', signedOut)
    source.onerror = function () {
      if (closed) return
      setStatus('error', 'Connection lost. Reconnecting…')
      if (source.readyState === EventSource.CLOSED) {
        // The browser gave up (the server answered with an error, such as 401 when
        // signed out). Check by reloading the rows, then open a new stream.
        reloadRows()
        window.setTimeout(function () { if (!closed) connect() }, 5000)
      }
    }
  }
  connect()

  // Signing out ends the stream from the server side; without this, the stream's error
  // handler would reload the rows while the page is leaving and meet a 401.
  var signOut = document.querySelector('form[action="/duty/logout"]')
  if (signOut) {
    signOut.addEventListener('submit', function () {
      closed = true
      if (source) source.close()
    })
  }
})()
