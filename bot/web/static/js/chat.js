// The chat page (templates/chat/index.html).
//
// - Talks socket.io (socket.io-client, loaded before this file as `window.io`) to Rasa's
//   socketio channel with session persistence. The server chooses the conversation id and
//   gives it with a token that proves it (bot/rasa/channels/session_tokens.py): both are
//   kept in sessionStorage (this tab only) and sent with `session_request`, so a reload
//   carries on the same conversation, and closing the tab forgets it. An id the server
//   refuses (an expired token, a server restarted with a new key) is forgotten and a new
//   conversation starts.
// - Rasa does not replay a conversation over socket.io, so the page keeps a short
//   transcript in sessionStorage too: this tab only, gone when the tab closes.
// - Each message is sent with a socket.io acknowledgement: the server answers it once
//   the message has been handled. Until then the bubble says "Sending…"; with no answer
//   in ACK_MS it says "Not sent" and offers "Try again".
// - While the message box changes, `user_typing` is emitted (nothing with it, never the
//   text), at most every TYPING_EVERY_MS: a duty worker who has taken over the chat sees
//   "The young person is typing…".
// - "Exit this page" is GOV.UK Frontend's component, changed to forget the chat and to
//   replace the history entry (Back does not return here).
// - Bot and user text only ever reaches the page as text nodes: links and phone numbers
//   are found with regular expressions and built as elements, never with innerHTML, and
//   only http(s), tel and sms links are ever made (safeHref).
// - The page never scrolls, only the conversation does; the body is sized to the visual
//   viewport, so the message box stays above a phone's keyboard.
import { ExitThisPage, createAll } from '/static/vendor/govuk-frontend/govuk-frontend.min.js'

const SESSION_KEY = 'care-leavers-chat:session'
const TOKEN_KEY = 'care-leavers-chat:token'
const TRANSCRIPT_KEY = 'care-leavers-chat:transcript'
const PII_KEY = 'care-leavers-chat:pii-note'
const KEEP = 200 // messages kept in the transcript
const SLOW_MS = 15000 // no answer after this long: say so
const ACK_MS = 20000 // no word from the server that it got a message: offer to try again
const WARN_LEFT = 500 // show how many characters are left from here on
const TYPING_EVERY_MS = 2000 // "is typing" to the server at most this often

const root = document.getElementById('chat')
const log = document.getElementById('chat-log')
const list = document.getElementById('chat-messages')
const typing = document.getElementById('chat-typing')
const announcer = document.getElementById('chat-announcer')
const problem = document.getElementById('chat-problem')
const form = document.getElementById('chat-form')
const input = document.getElementById('chat-input')
const sendButton = document.getElementById('chat-send')
const count = document.getElementById('chat-count')
const countLive = document.getElementById('chat-count-live')
const piiNote = document.getElementById('chat-pii-text')
const MAX_CHARS = parseInt(root.getAttribute('data-max-chars'), 10) || 5000

let socket = null

// ------------------------------------------------------------------ the screen
// The body is fixed to the visual viewport (see chat.scss): when a phone's keyboard opens,
// the visible screen gets shorter and the message box moves up with it.
const html = document.documentElement
function fitScreen () {
  const vv = window.visualViewport
  if (!vv) return
  html.style.setProperty('--app-height', Math.round(vv.height) + 'px')
  html.style.setProperty('--app-top', Math.round(vv.offsetTop) + 'px')
  if (stick) scrollToEnd()
}
if (window.visualViewport) {
  window.visualViewport.addEventListener('resize', fitScreen)
  window.visualViewport.addEventListener('scroll', fitScreen)
}

// ------------------------------------------------------------------ storage
// Private browsing or blocked storage throws: the chat still works, it just forgets.
function read (area, key) {
  try { return window[area].getItem(key) } catch (e) { return null }
}
function write (area, key, value) {
  try { window[area].setItem(key, value) } catch (e) {}
}
function remove (area, key) {
  try { window[area].removeItem(key) } catch (e) {}
}

function loadTranscript () {
  try {
    const kept = JSON.parse(read('sessionStorage', TRANSCRIPT_KEY) || '[]')
    return Array.isArray(kept) ? kept.filter(function (e) { return e && typeof e.text === 'string' }) : []
  } catch (e) {
    return []
  }
}

let transcript = loadTranscript()

// Before issue 19 the conversation id was kept in localStorage for ever; since issue 17 an
// id is no use without its token, so the old copy just goes.
remove('localStorage', SESSION_KEY)

function saveTranscript () {
  transcript = transcript.slice(-KEEP)
  write('sessionStorage', TRANSCRIPT_KEY, JSON.stringify(transcript.map(function (e) {
    const kept = Object.assign({}, e)
    delete kept.element
    return kept
  })))
}

function forget () {
  transcript = []
  remove('sessionStorage', TRANSCRIPT_KEY)
  remove('sessionStorage', SESSION_KEY)
  remove('sessionStorage', TOKEN_KEY)
  remove('sessionStorage', PII_KEY)
  remove('localStorage', SESSION_KEY)
}

// ------------------------------------------------------------------ Exit this page
class QuickExit extends ExitThisPage {
  // GOV.UK's exitPage, plus: forget the chat, and location.replace (not href) so that
  // Back does not bring the chat back. In a council's iframe, the whole page leaves.
  exitPage () {
    forget()
    if (socket) socket.disconnect()
    if (!this.$updateSpan) return
    this.$updateSpan.textContent = ''
    document.body.classList.add('govuk-exit-this-page-hide-content')
    this.$overlay = document.createElement('div')
    this.$overlay.className = 'govuk-exit-this-page-overlay'
    this.$overlay.setAttribute('role', 'alert')
    document.body.appendChild(this.$overlay)
    this.$overlay.textContent = this.i18n.t('activated')
    const url = this.$button.href
    try {
      window.top.location.replace(url)
    } catch (e) {
      window.location.replace(url)
    }
  }
}
QuickExit.moduleName = 'app-exit-this-page'
createAll(QuickExit)

// ------------------------------------------------------------------ text to elements
const TOKEN = new RegExp([
  '\\[([^\\]\\n]{1,200})\\]\\((https?:\\/\\/[^\\s)]+)\\)', // 1, 2: [text](https://...)
  '(https?:\\/\\/[^\\s<>"]+|\\bwww\\.[a-z0-9-]+(?:\\.[a-z0-9-]+)+(?:\\/[^\\s<>"]*)?)', // 3
  '\\b([a-z0-9._%+-]+@[a-z0-9-]+(?:\\.[a-z0-9-]+)+)', // 4: email (left as text)
  '\\b(0\\d{2,4}(?:[ -]?\\d{2,4}){1,3})\\b', // 5: UK number, 0808 800 4444
  '\\b(116 ?\\d{3})\\b', // 6: 116 123 and the other 116 helplines
  '\\b(85258)\\b', // 7: text SHOUT to 85258
  '\\b((?:call|dial|ring|phone|nhs)\\s+)(999|111)\\b' // 8, 9: "call 999", "NHS 111"
].join('|'), 'gi')

// The only kinds of link a message can become: web pages, phone calls and texts.
const SAFE_SCHEMES = ['http:', 'https:', 'tel:', 'sms:']

function safeHref (href) {
  try {
    const url = new URL(href, window.location.href)
    return SAFE_SCHEMES.indexOf(url.protocol) >= 0 ? url.href : null
  } catch (e) {
    return null
  }
}

function link (href, text, external) {
  const safe = safeHref(href)
  if (!safe) return null
  const a = document.createElement('a')
  a.className = 'govuk-link'
  a.href = safe
  a.textContent = text
  if (external) {
    a.target = '_blank'
    a.rel = 'noopener noreferrer'
    const hint = document.createElement('span')
    hint.className = 'govuk-visually-hidden'
    hint.textContent = ' (opens in new tab)'
    a.appendChild(hint)
  }
  return a
}

function ukNumber (text) {
  const digits = text.replace(/\D/g, '')
  if (digits.length === 10 || digits.length === 11) return digits
  if (/^0800|^0808/.test(digits) && digits.length >= 8) return digits
  return null
}

// Appends `text` to `parent` as text nodes and links.
function appendInline (parent, text) {
  let last = 0
  TOKEN.lastIndex = 0
  let m
  while ((m = TOKEN.exec(text)) !== null) {
    let whole = m[0]
    let node = null
    if (m[1] !== undefined) {
      node = link(m[2], m[1], true)
    } else if (m[3] !== undefined) {
      whole = whole.replace(/[.,;:!?)\]'"]+$/, '') // "see www.derby.gov.uk." ends the sentence
      const href = /^https?:/i.test(whole) ? whole : 'https://' + whole
      node = link(href, whole, true)
    } else if (m[4] !== undefined) {
      continue // an email address stays text: only web, phone and text links are made
    } else if (m[5] !== undefined) {
      const digits = ukNumber(whole)
      if (digits) node = link('tel:' + digits, whole, false)
    } else if (m[6] !== undefined) {
      node = link('tel:' + whole.replace(/\D/g, ''), whole, false)
    } else if (m[7] !== undefined) {
      node = link('sms:85258?&body=SHOUT', whole, false)
    } else if (m[8] !== undefined) {
      parent.appendChild(document.createTextNode(text.slice(last, m.index) + m[8]))
      parent.appendChild(link('tel:' + m[9], m[9], false))
      last = m.index + whole.length
      continue
    }
    if (!node) continue
    parent.appendChild(document.createTextNode(text.slice(last, m.index)))
    parent.appendChild(node)
    last = m.index + whole.length
    TOKEN.lastIndex = last
  }
  parent.appendChild(document.createTextNode(text.slice(last)))
}

// Lines become paragraphs; lines starting "- " or "• " become a bulleted list.
function appendText (parent, text) {
  let ul = null
  for (const raw of String(text).split('\n')) {
    const line = raw.trim()
    if (!line) { ul = null; continue }
    const bullet = /^[-•*]\s+/.exec(line)
    if (bullet) {
      if (!ul) {
        ul = document.createElement('ul')
        parent.appendChild(ul)
      }
      const li = document.createElement('li')
      appendInline(li, line.slice(bullet[0].length))
      ul.appendChild(li)
    } else {
      ul = null
      const p = document.createElement('p')
      appendInline(p, line)
      parent.appendChild(p)
    }
  }
}

// ------------------------------------------------------------------ times
const DAY = 24 * 60 * 60 * 1000

function clock (date) {
  return date.toLocaleTimeString('en-GB', { hour: '2-digit', minute: '2-digit' })
}

// What the bubble shows: "just now", "5 min ago", "14:05", "Yesterday 14:05", "2 Dec 14:05".
function relative (at, now) {
  const date = new Date(at)
  const ago = now - at
  if (ago < 60 * 1000) return 'just now'
  if (ago < 60 * 60 * 1000) return Math.floor(ago / 60000) + ' min ago'
  const today = new Date(now)
  today.setHours(0, 0, 0, 0)
  if (at >= today.getTime()) return clock(date)
  if (at >= today.getTime() - DAY) return 'Yesterday ' + clock(date)
  return date.toLocaleDateString('en-GB', { day: 'numeric', month: 'short' }) + ' ' + clock(date)
}

// What a screen reader says: "at 14:05 on Thursday 3 December".
function fullTime (at) {
  const date = new Date(at)
  return 'at ' + clock(date) + ' on ' +
    date.toLocaleDateString('en-GB', { weekday: 'long', day: 'numeric', month: 'long' })
}

function timeElement (at) {
  const time = document.createElement('time')
  time.className = 'app-msg__time'
  time.dateTime = new Date(at).toISOString()
  time.setAttribute('data-at', String(at))
  const shown = document.createElement('span')
  shown.setAttribute('aria-hidden', 'true')
  shown.textContent = relative(at, Date.now())
  const said = document.createElement('span')
  said.className = 'govuk-visually-hidden'
  said.textContent = fullTime(at)
  time.appendChild(shown)
  time.appendChild(said)
  return time
}

function refreshTimes () {
  const now = Date.now()
  for (const time of list.querySelectorAll('time[data-at]')) {
    time.firstChild.textContent = relative(Number(time.getAttribute('data-at')), now)
  }
}
window.setInterval(refreshTimes, 30000)

// ------------------------------------------------------------------ the conversation
let turnStart = null // the user's last message: an answer is shown from there down
let stick = true // the reader is at the end of the conversation

function scrollToEnd () {
  log.scrollTop = log.scrollHeight
}

// Shows the newest answer from its start: the question at the top of the box when the
// answer is too long to fit, else simply the end.
function scrollToTurn () {
  if (!turnStart || !turnStart.isConnected) return scrollToEnd()
  const offset = turnStart.getBoundingClientRect().top - log.getBoundingClientRect().top
  log.scrollTop = Math.min(log.scrollHeight - log.clientHeight, log.scrollTop + offset - 8)
}

log.addEventListener('scroll', function () {
  stick = log.scrollHeight - log.scrollTop - log.clientHeight < 40
})
window.addEventListener('resize', function () {
  if (stick) scrollToEnd()
})

function removeChoices () {
  for (const item of list.querySelectorAll('.app-choices-item')) item.remove()
}

function renderChoices (buttons) {
  const item = document.createElement('li')
  item.className = 'app-choices-item'
  const group = document.createElement('div')
  group.className = 'app-choices'
  group.setAttribute('role', 'group')
  group.setAttribute('aria-label', 'Answers you can choose')
  for (const button of buttons) {
    // "Call 999" and "Text SHOUT" buttons carry tel: and sms: links: they open the
    // phone's dialler or messages instead of sending anything to the bot.
    if (/^(tel|sms):[0-9+]+(\?body=[A-Za-z]+)?$/.test(button.payload)) {
      const link = document.createElement('a')
      link.className = 'govuk-button govuk-button--warning'
      link.href = button.payload
      link.textContent = button.title
      group.appendChild(link)
      continue
    }
    const element = document.createElement('button')
    element.type = 'button'
    element.className = 'govuk-button govuk-button--secondary'
    element.textContent = button.title
    element.addEventListener('click', function () {
      send(button.payload, button.title)
      input.focus()
    })
    group.appendChild(element)
  }
  item.appendChild(group)
  list.appendChild(item)
}

const SAID = { user: 'You said: ', bot: 'The assistant said: ' }
const SHOWN_STATE = { sending: 'Sending…', failed: 'Not sent.' }

function personName (entry) {
  return (entry.name ? entry.name + ', ' : '') + 'duty worker'
}

// The line under a bubble: who (not for your own), when, and whether it was sent.
function renderMeta (entry) {
  const meta = document.createElement('p')
  meta.className = 'app-msg__meta'
  if (entry.who === 'bot') {
    const from = document.createElement('span')
    from.setAttribute('aria-hidden', 'true')
    from.textContent = 'Assistant'
    meta.appendChild(from)
  }
  if (entry.at) meta.appendChild(timeElement(entry.at))
  if (entry.who === 'user' && SHOWN_STATE[entry.state]) {
    const state = document.createElement('span')
    state.className = 'app-msg__state app-msg__state--' + entry.state
    state.textContent = SHOWN_STATE[entry.state]
    meta.appendChild(state)
    if (entry.state === 'failed') {
      const retry = document.createElement('button')
      retry.type = 'button'
      retry.className = 'govuk-button govuk-button--secondary app-msg__retry'
      retry.textContent = 'Try again'
      retry.addEventListener('click', function () { resend(entry) })
      meta.appendChild(retry)
    }
  }
  return meta
}

function render (entry) {
  const item = document.createElement('li')
  item.className = 'app-msg app-msg--' + entry.who
  const who = document.createElement('span')
  who.className = 'govuk-visually-hidden'
  who.textContent = SAID[entry.who] || personName(entry) + ' (a person) said: '
  item.appendChild(who)
  if (entry.who === 'person') {
    const from = document.createElement('p')
    from.className = 'app-msg__from'
    from.setAttribute('aria-hidden', 'true')
    from.textContent = personName(entry) + ' (a person)'
    item.appendChild(from)
  }
  appendText(item, entry.text)
  item.appendChild(renderMeta(entry))
  list.appendChild(item)
  entry.element = item
  return item
}

function setState (entry, state) {
  entry.state = state
  saveTranscript()
  if (!entry.element) return
  const old = entry.element.querySelector('.app-msg__meta')
  const retryHadFocus = old && old.contains(document.activeElement)
  const meta = renderMeta(entry)
  if (old) old.replaceWith(meta)
  else entry.element.appendChild(meta)
  if (retryHadFocus) input.focus()
}

function add (entry) {
  entry.at = entry.at || Date.now()
  transcript.push(entry)
  saveTranscript()
  const item = render(entry)
  if (entry.buttons && entry.buttons.length) renderChoices(entry.buttons)
  if (entry.who === 'user') {
    turnStart = item
    scrollToEnd()
  } else {
    scrollToTurn()
  }
  return entry
}

function announce (text) {
  const p = document.createElement('p')
  p.textContent = text
  announcer.appendChild(p)
  while (announcer.childNodes.length > 5) announcer.removeChild(announcer.firstChild)
}

// ------------------------------------------------------------------ problems and typing
let slowTimer = null
let problemKind = null

function showProblem (kind) {
  if (problemKind === kind) return
  problemKind = kind
  problem.textContent = ''
  if (!kind) {
    problem.hidden = true
    return
  }
  const lines = {
    offline: [
      "Sorry, the chat can't connect right now. We'll keep trying, so you can leave this page open.",
      'If you need to talk to someone now, call Samaritans free on 116 123 or text SHOUT to 85258.'
    ],
    lost: ['The connection was lost. Trying to reconnect…'],
    queued: ['Your message will be sent when the chat connects again.'],
    slow: ['Sorry, this is taking longer than usual. Please wait a moment.'],
    failed: [
      "Sorry, your message didn't get through. Press Try again.",
      'If you need to talk to someone now, call Samaritans free on 116 123.'
    ]
  }[kind]
  for (const line of lines) {
    const p = document.createElement('p')
    appendInline(p, line)
    problem.appendChild(p)
  }
  problem.hidden = false
  if (stick) scrollToEnd()
}

function waiting (on) {
  typing.hidden = !on
  window.clearTimeout(slowTimer)
  if (on) {
    slowTimer = window.setTimeout(function () { if (ready) showProblem('slow') }, SLOW_MS)
    scrollToEnd()
  }
}

// ------------------------------------------------------------------ socket.io
let sessionId = read('sessionStorage', SESSION_KEY)
let sessionToken = read('sessionStorage', TOKEN_KEY)
let ready = false
let greeted = transcript.length > 0
const pending = [] // entries typed while not connected

// Sends with an acknowledgement: Rasa's handler answers once it has handled the message.
function emit (entry) {
  setState(entry, 'sending')
  socket.timeout(ACK_MS).emit('user_uttered', { message: entry.payload || entry.text, session_id: sessionId },
    function (err, answer) {
      if (entry.state !== 'sending') return
      if (err || (answer && answer.error)) {
        setState(entry, 'failed')
        waiting(false)
        showProblem('failed')
      } else {
        setState(entry, 'sent')
        if (problemKind === 'failed') showProblem(null)
      }
    })
}

function deliver (entry) {
  waiting(true)
  if (ready) {
    emit(entry)
  } else {
    setState(entry, 'sending')
    if (pending.indexOf(entry) < 0) pending.push(entry)
    if (problemKind !== 'offline') showProblem('queued')
  }
}

function send (message, shown) {
  const text = String(message || '').trim()
  if (!text) return
  removeChoices()
  const entry = add({ who: 'user', text: shown || text, payload: shown ? text : undefined, state: 'sending' })
  deliver(entry)
  afterSend()
}

function resend (entry) {
  if (problemKind === 'failed') showProblem(null)
  deliver(entry)
}

function onBotMessage (data) {
  if (!data || typeof data !== 'object') return
  const buttons = (data.quick_replies || data.buttons || [])
    .filter(function (b) { return b && b.title && b.payload })
    .map(function (b) { return { title: String(b.title), payload: String(b.payload) } })
  let text = typeof data.text === 'string' ? data.text : ''
  const attachment = data.attachment
  if (!text && attachment && attachment.payload && attachment.payload.src) {
    text = 'Image: ' + attachment.payload.src
  }
  if (!text && !buttons.length) return
  // A duty worker's message (see docs/chat-mobile.md): {"sender": "person", "name": ...}.
  const person = data.sender === 'person'
  const name = person && typeof data.name === 'string' ? data.name.slice(0, 60) : ''
  waiting(false)
  if (problemKind === 'slow') showProblem(null)
  add(person ? { who: 'person', name, text, buttons } : { who: 'bot', text, buttons })
  announce((person ? personName({ name }) + ', a person, says: ' : 'The assistant says: ') + text +
    (buttons.length ? ' There are ' + buttons.length + ' answers to choose from, after the message.' : ''))
}

function connect () {
  if (typeof window.io !== 'function') {
    root.setAttribute('data-connection', 'offline')
    showProblem('offline')
    return
  }
  socket = window.io(root.getAttribute('data-socket-url'), {
    path: root.getAttribute('data-socket-path') || '/socket.io',
    reconnectionDelayMax: 10000
  })
  socket.on('connect', function () {
    // Every new connection joins the conversation's room again, proving it with the token.
    socket.emit('session_request', sessionId && sessionToken ? { session_id: sessionId, token: sessionToken } : {})
  })
  socket.on('session_refused', function () {
    // This tab's id is no longer accepted: start a new conversation.
    sessionId = null
    sessionToken = null
    remove('sessionStorage', SESSION_KEY)
    remove('sessionStorage', TOKEN_KEY)
    socket.emit('session_request', {})
  })
  socket.on('session_confirm', function (confirmed) {
    const id = confirmed && typeof confirmed === 'object' ? confirmed.session_id : confirmed
    if (id) {
      sessionId = String(id)
      write('sessionStorage', SESSION_KEY, sessionId)
    }
    if (confirmed && typeof confirmed.token === 'string') {
      sessionToken = confirmed.token
      write('sessionStorage', TOKEN_KEY, sessionToken)
    }
    ready = true
    root.setAttribute('data-connection', 'connected')
    if (window.performance && performance.mark) performance.mark('chat-connected')
    if (problemKind !== 'slow' && problemKind !== 'failed') showProblem(null)
    while (pending.length) emit(pending.shift())
    if (!greeted) {
      greeted = true
      socket.emit('user_uttered', { message: '/greet', session_id: sessionId })
      waiting(true)
    }
  })
  socket.on('bot_uttered', onBotMessage)
  socket.on('connect_error', function () {
    ready = false
    root.setAttribute('data-connection', 'offline')
    showProblem('offline')
  })
  socket.on('disconnect', function (reason) {
    ready = false
    if (reason === 'io client disconnect') return
    root.setAttribute('data-connection', 'reconnecting')
    showProblem('lost')
  })
}

// ------------------------------------------------------------------ the message box
// Grows with what is typed (up to a few lines, then scrolls), counts down before the
// server's limit and never cuts: a message over the limit is not sent, and says so.
function grow () {
  input.style.height = 'auto'
  input.style.height = input.scrollHeight + input.offsetHeight - input.clientHeight + 'px'
}

let countTimer = null
function updateCount () {
  const left = MAX_CHARS - input.value.length
  let message = ''
  if (left < 0) {
    message = 'Your message is ' + (-left).toLocaleString('en-GB') + ' characters too long. Please make it shorter, or send it in parts.'
  } else if (left <= WARN_LEFT) {
    message = 'You have ' + left.toLocaleString('en-GB') + ' characters left.'
  }
  count.textContent = message
  count.hidden = !message
  count.classList.toggle('app-chat__count--over', left < 0)
  input.classList.toggle('govuk-textarea--error', left < 0)
  window.clearTimeout(countTimer)
  countTimer = window.setTimeout(function () { countLive.textContent = message }, 1000)
}

// The first time something like a phone number, email address or home address is typed,
// a short note says what happens to it and how to delete the chat.
const PII = [
  /(?:\+44\s?|\b0)7\d{3}[\s-]?\d{3}[\s-]?\d{3}\b/, // mobile
  /(?:\+44\s?|\b0)[1-3]\d{2,4}[\s-]?\d{3}[\s-]?\d{3,4}\b/, // landline
  /\b[a-z0-9._%+-]+@[a-z0-9-]+(?:\.[a-z0-9-]+)+\b/i, // email
  /\b[a-z]{1,2}\d[a-z\d]?\s*\d[a-z]{2}\b/i, // postcode
  /\b\d{1,4}[a-z]?,?\s+(?:[a-z]+\s+){1,3}(?:street|st|road|rd|avenue|ave|lane|ln|close|drive|dr|way|court|crescent|place|gardens|grove|terrace|walk|hill|park|square|view|mews|row)\b/i // 12 Acacia Road
]
let piiShownFor = 0 // messages sent since the note appeared

function checkPII () {
  if (!piiNote.hidden || read('sessionStorage', PII_KEY)) return
  const text = input.value
  if (PII.some(function (re) { return re.test(text) })) {
    write('sessionStorage', PII_KEY, '1')
    piiNote.hidden = false
    piiShownFor = 0
  }
}

function afterSend () {
  if (!piiNote.hidden && ++piiShownFor > 1) piiNote.hidden = true
}

// "Is typing" for a duty worker: only when the box's content has changed, at most every
// TYPING_EVERY_MS, and without the text.
let typedValue = ''
let typedAt = 0
function typed () {
  if (input.value === typedValue) return
  typedValue = input.value
  const now = Date.now()
  if (!ready || !socket || now - typedAt < TYPING_EVERY_MS) return
  typedAt = now
  socket.emit('user_typing')
}

input.addEventListener('input', function () {
  grow()
  updateCount()
  checkPII()
  typed()
})

// Enter sends; Shift+Enter starts a new line.
input.addEventListener('keydown', function (event) {
  if (event.key === 'Enter' && !event.shiftKey && !event.isComposing) {
    event.preventDefault()
    if (typeof form.requestSubmit === 'function') form.requestSubmit()
    else form.dispatchEvent(new Event('submit', { cancelable: true }))
  }
})

// Tapping Send must not take focus from the message box: on a phone that would close the
// keyboard.
sendButton.addEventListener('mousedown', function (event) { event.preventDefault() })
sendButton.addEventListener('touchend', function (event) {
  if (event.cancelable) {
    event.preventDefault()
    if (typeof form.requestSubmit === 'function') form.requestSubmit()
    else form.dispatchEvent(new Event('submit', { cancelable: true }))
  }
})

form.addEventListener('submit', function (event) {
  event.preventDefault()
  const text = input.value
  if (!text.trim() || text.length > MAX_CHARS) {
    updateCount()
    input.focus()
    return
  }
  input.value = ''
  grow()
  updateCount()
  send(text)
  input.focus()
})

// ------------------------------------------------------------------ start
let lastUser = -1
transcript.forEach(function (entry, i) { if (entry.who === 'user') lastUser = i })
transcript.forEach(function (entry, i) {
  // A message still "Sending…" when the page was closed may not have arrived.
  if (entry.who === 'user' && entry.state === 'sending') entry.state = 'failed'
  const item = render(entry)
  if (i === lastUser) turnStart = item
  // The answers to choose from after your last message are still there to choose.
  if (i > lastUser && entry.buttons && entry.buttons.length) renderChoices(entry.buttons)
})
fitScreen()
scrollToEnd()
updateCount()
root.setAttribute('data-ready', 'true')
// For docs/chat-mobile.md's figures: the message box is on screen and works from here.
if (window.performance && performance.mark) performance.mark('chat-composer-ready')

connect()
