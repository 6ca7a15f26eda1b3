// Takeover panel on a case page (bot/web/templates/duty/_takeover.html): polls
// /duty/cases/<id>/takeover/live for new messages, shows them at once, and on a crisis
// message during a takeover shows a banner and plays the alert sound. While the young
// person is typing (the live view's `typing`, website chat only) it says so in a polite
// live region, and says nothing otherwise. The reply form and
// the starters are sent with fetch, so the page stays put; without JavaScript they are
// plain forms.
(function () {
  'use strict'

  var panel = document.getElementById('takeover')
  if (!panel || !window.fetch) return

  var list = document.getElementById('takeover-messages')
  var empty = document.getElementById('takeover-empty')
  var alertBox = document.getElementById('takeover-alert')
  var alertText = document.getElementById('takeover-alert-text')
  var form = document.getElementById('takeover-form')
  var text = document.getElementById('takeover-text')
  var error = document.getElementById('takeover-error')
  var typingBox = document.getElementById('takeover-typing')
  var typingLine = null
  var liveUrl = panel.getAttribute('data-live-url')
  var after = parseInt(panel.getAttribute('data-after'), 10) || 0
  var pollMs = parseInt(panel.getAttribute('data-poll-ms'), 10) || 500
  var state = panel.getAttribute('data-state')
  var audio = new Audio(panel.getAttribute('data-sound-url'))
  var lastAlert = alertBox && !alertBox.hidden ? 'shown' : null
  var stopped = false
  window.__takeoverAlerts = 0

  var WHO = { user: 'Young person', bot: 'Assistant' }

  function time (iso) {
    if (!iso) return ''
    var d = new Date(iso)
    return d.toLocaleTimeString('en-GB', { hour: '2-digit', minute: '2-digit', timeZone: 'Europe/London' })
  }

  function add (message) {
    if (!list) return
    if (empty) { empty.remove(); empty = null }
    var item = document.createElement('li')
    var speaker = message.speaker === 'person' ? 'bot' : message.speaker
    item.className = 'app-message app-message--' + speaker + (message.crisis ? ' app-message--flagged' : '')
    item.setAttribute('data-speaker', message.speaker)
    var meta = document.createElement('p')
    meta.className = 'app-message__meta'
    var who = document.createElement('strong')
    who.textContent = message.speaker === 'person' ? (message.name || 'Duty worker') + ' (duty worker)' : WHO[message.speaker]
    meta.appendChild(who)
    meta.appendChild(document.createTextNode(' ' + time(message.at)))
    var body = document.createElement('p')
    body.className = 'app-message__text'
    body.textContent = message.text
    item.appendChild(meta)
    item.appendChild(body)
    if (message.crisis) {
      var flag = document.createElement('p')
      flag.className = 'app-message__flag'
      flag.textContent = 'Crisis detector: ' + message.crisis.level
      item.appendChild(flag)
    }
    list.appendChild(item)
  }

  function raiseAlert (key) {
    if (!alertBox || key === lastAlert) return
    lastAlert = key
    alertBox.hidden = false
    window.__takeoverAlerts += 1
    audio.currentTime = 0
    var played = audio.play()
    if (played && played.catch) {
      played.catch(function (error) {
        // Autoplay is blocked until the worker has clicked on this page: say so once.
        if (error && error.name === 'NotAllowedError' && alertText && !alertText.getAttribute('data-muted')) {
          alertText.setAttribute('data-muted', '1')
          alertText.appendChild(document.createTextNode(' (The alert sound is blocked in this browser until you click on this page.)'))
        }
      })
    }
    document.title = 'Crisis message – ' + document.title.replace(/^Crisis message – /, '')
  }

  // The line is added to and removed from the live region (which stays on the page), so a
  // screen reader says it once when it appears.
  function showTyping (on) {
    if (!typingBox || on === !!typingLine) return
    if (on) {
      typingLine = document.createElement('p')
      typingLine.className = 'govuk-body-s app-secondary app-takeover-typing__text'
      typingLine.textContent = typingBox.getAttribute('data-text')
      typingBox.appendChild(typingLine)
    } else {
      typingLine.remove()
      typingLine = null
    }
  }

  function poll () {
    if (stopped) return
    fetch(liveUrl + '?after=' + after, { credentials: 'same-origin', headers: { Accept: 'application/json' } })
      .then(function (reply) {
        if (reply.status === 401 || reply.status === 404) { stopped = true; return null }
        return reply.ok ? reply.json() : null
      })
      .then(function (data) {
        if (!data || !data.ok) return
        after = data.after
        data.messages.forEach(add)
        var takeover = data.takeover
        var now = !takeover ? 'free' : (takeover.mine ? 'mine' : 'held')
        if (now !== state) {
          // Someone took over or handed back (or the 15-minute timer did): show the new state.
          stopped = true
          window.location.reload()
          return
        }
        showTyping(!!(takeover && data.typing))
        if (takeover && takeover.alert) raiseAlert(takeover.alert_at)
        else if (alertBox && lastAlert) { alertBox.hidden = true; lastAlert = null }
      })
      .catch(function () {})
      .then(function () { if (!stopped) window.setTimeout(poll, pollMs) })
  }

  if (form && text) {
    Array.prototype.forEach.call(document.querySelectorAll('.app-takeover-starter'), function (button) {
      button.hidden = false
      var plain = button.nextElementSibling
      if (plain) plain.hidden = true
      button.addEventListener('click', function () {
        text.value = button.getAttribute('data-text')
        text.focus()
      })
    })
    form.addEventListener('submit', function (event) {
      event.preventDefault()
      var body = new URLSearchParams(new FormData(form))
      var words = text.value
      if (!words.trim()) { showError('Write a message first.'); return }
      text.value = ''
      fetch(form.action, {
        method: 'POST', body: body, credentials: 'same-origin',
        headers: { Accept: 'application/json' }
      }).then(function (reply) {
        return reply.json().catch(function () { return { ok: false } })
      }).then(function (data) {
        if (data.ok) { showError(''); return }
        text.value = words
        showError(data.message || 'That did not send. Try again.')
      }).catch(function () {
        text.value = words
        showError('That did not send. Check your connection and try again.')
      })
    })
  }

  function showError (message) {
    if (!error) return
    error.textContent = message
    error.hidden = !message
  }

  window.setTimeout(poll, 0)
})()
