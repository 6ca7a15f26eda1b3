// The chat page (templates/chat/index.html).
//
// - Talks socket.io (socket.io-client, loaded before this file as `window.io`) to Rasa's
//   socketio channel with session persistence: the conversation id is kept in localStorage
//   and sent with `session_request`, so a reload carries on the same conversation.
// - Rasa does not replay a conversation over socket.io, so the page keeps a short
//   transcript in sessionStorage: this tab only, gone when the tab closes.
// - "Exit this page" is GOV.UK Frontend's component, changed to forget the chat and to
//   replace the history entry (Back does not return here).
// - Bot and user text only ever reaches the page as text nodes: links and phone numbers
//   are found with regular expressions and built as elements, never with innerHTML.
import { ExitThisPage, createAll } from '/static/vendor/govuk-frontend/govuk-frontend.min.js'

const SESSION_KEY = 'care-leavers-chat:session'
const TRANSCRIPT_KEY = 'care-leavers-chat:transcript'
const KEEP = 200 // messages kept in the transcript
const SLOW_MS = 15000 // no answer after this long: say so

const root = document.getElementById('chat')
const log = document.getElementById('chat-log')
const list = document.getElementById('chat-messages')
const typing = document.getElementById('chat-typing')
const announcer = document.getElementById('chat-announcer')
const problem = document.getElementById('chat-problem')
const form = document.getElementById('chat-form')
const input = document.getElementById('chat-input')

let socket = null

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
    return Array.isArray(kept) ? kept : []
  } catch (e) {
    return []
  }
}

let transcript = loadTranscript()

function saveTranscript () {
  transcript = transcript.slice(-KEEP)
  write('sessionStorage', TRANSCRIPT_KEY, JSON.stringify(transcript))
}

function forget () {
  transcript = []
  remove('sessionStorage', TRANSCRIPT_KEY)
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
  '\\b([a-z0-9._%+-]+@[a-z0-9-]+(?:\\.[a-z0-9-]+)+)', // 4: email
  '\\b(0\\d{2,4}(?:[ -]?\\d{2,4}){1,3})\\b', // 5: UK number, 0808 800 4444
  '\\b(116 ?\\d{3})\\b', // 6: 116 123 and the other 116 helplines
  '\\b(85258)\\b', // 7: text SHOUT to 85258
  '\\b((?:call|dial|ring|phone|nhs)\\s+)(999|111)\\b' // 8, 9: "call 999", "NHS 111"
].join('|'), 'gi')

function link (href, text, external) {
  const a = document.createElement('a')
  a.className = 'govuk-link'
  a.href = href
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
      whole = whole.replace(/\.+$/, '')
      node = link('mailto:' + whole, whole, false)
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

// ------------------------------------------------------------------ the conversation
let turnStart = null // the user's last message: an answer is shown from there down
let stick = true // the reader is at the end of the conversation

function scrollToEnd () {
  log.scrollTop = log.scrollHeight
}

// Shows the newest answer from its start: the question at the top of the box when the
// answer is too long to fit, else simply the end.
function scrollToTurn () {
  if (!turnStart) return scrollToEnd()
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

function render (entry) {
  const item = document.createElement('li')
  item.className = 'app-msg app-msg--' + entry.who
  const who = document.createElement('span')
  who.className = 'govuk-visually-hidden'
  who.textContent = entry.who === 'user' ? 'You said: ' : 'The assistant said: '
  item.appendChild(who)
  appendText(item, entry.text)
  list.appendChild(item)
  return item
}

function add (entry) {
  removeChoices()
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
    queued: ["Your message will be sent when the chat connects again."],
    slow: ["Sorry, this is taking longer than usual. Please wait a moment, or try sending your message again."]
  }[kind]
  for (const line of lines) {
    const p = document.createElement('p')
    appendInline(p, line)
    problem.appendChild(p)
  }
  problem.hidden = false
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
let sessionId = read('localStorage', SESSION_KEY)
let ready = false
let greeted = transcript.length > 0
const pending = []

function emit (message) {
  socket.emit('user_uttered', { message, session_id: sessionId })
}

function send (message, shown) {
  const text = String(message || '').trim()
  if (!text) return
  add({ who: 'user', text: shown || text })
  waiting(true)
  if (ready) {
    emit(text)
  } else {
    pending.push(text)
    if (problemKind !== 'offline') showProblem('queued')
  }
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
  waiting(false)
  if (problemKind === 'slow') showProblem(null)
  add({ who: 'bot', text, buttons })
  announce('The assistant says: ' + text +
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
    // Every new connection joins the conversation's room again.
    socket.emit('session_request', { session_id: sessionId })
  })
  socket.on('session_confirm', function (confirmed) {
    const id = confirmed && typeof confirmed === 'object' ? confirmed.session_id : confirmed
    if (id) {
      sessionId = String(id)
      write('localStorage', SESSION_KEY, sessionId)
    }
    ready = true
    root.setAttribute('data-connection', 'connected')
    if (problemKind !== 'slow') showProblem(null)
    while (pending.length) emit(pending.shift())
    if (!greeted) {
      greeted = true
      emit('/greet')
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

// ------------------------------------------------------------------ start
for (const entry of transcript) render(entry)
const lastEntry = transcript[transcript.length - 1]
if (lastEntry && lastEntry.who === 'bot' && lastEntry.buttons && lastEntry.buttons.length) {
  renderChoices(lastEntry.buttons)
}
scrollToEnd()

form.addEventListener('submit', function (event) {
  event.preventDefault()
  const text = input.value
  if (!text.trim()) {
    input.focus()
    return
  }
  input.value = ''
  send(text)
})

connect()
