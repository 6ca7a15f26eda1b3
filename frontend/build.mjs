// Builds bot/web/static/vendor/ from npm packages, so nothing is fetched from a CDN at
// run time:
//   vendor/govuk-frontend/  GOV.UK Frontend's JavaScript and assets (copied)
//   vendor/app.css          src/app.scss compiled with GOV.UK Frontend's Sass
//   vendor/chat.css         src/chat.scss (the chat page), compiled the same way
//   vendor/socket.io-client/socket.io.min.js  socket.io-client's browser bundle (one file,
//                           with its dependencies; sets `window.io`) for the chat page
//   vendor/axe-core/axe.min.js  axe-core, for the accessibility test (no page loads it)
//   *.css.gz, *.js.gz       gzipped copies of the CSS and JavaScript pages load: aiohttp's
//                           static route sends them to browsers that accept gzip, which on
//                           a slow phone connection cuts the chat page from ~280 KB to ~100.
// Run with `npm ci && npm run build` in this folder.
import { cpSync, mkdirSync, rmSync, writeFileSync, readFileSync, readdirSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { gzipSync } from 'node:zlib'
import * as sass from 'sass'

const here = dirname(fileURLToPath(import.meta.url))
const govuk = join(here, 'node_modules', 'govuk-frontend', 'dist', 'govuk')
const out = join(here, '..', 'bot', 'web', 'static', 'vendor')

rmSync(out, { recursive: true, force: true })
mkdirSync(join(out, 'govuk-frontend'), { recursive: true })

for (const file of ['govuk-frontend.min.js', 'govuk-frontend.min.js.map']) {
  cpSync(join(govuk, file), join(out, 'govuk-frontend', file))
}
cpSync(join(govuk, 'assets'), join(out, 'govuk-frontend', 'assets'), { recursive: true })

const compile = (name) => sass.compile(join(here, 'src', `${name}.scss`), {
  loadPaths: [join(here, 'node_modules')],
  style: 'compressed',
  quietDeps: true
}).css
const sizes = {}
for (const name of ['app', 'chat']) {
  const css = compile(name)
  writeFileSync(join(out, `${name}.css`), css)
  sizes[name] = css.length
}

const socketio = join(here, 'node_modules', 'socket.io-client', 'dist')
mkdirSync(join(out, 'socket.io-client'), { recursive: true })
for (const file of ['socket.io.min.js', 'socket.io.min.js.map']) {
  cpSync(join(socketio, file), join(out, 'socket.io-client', file))
}
mkdirSync(join(out, 'axe-core'), { recursive: true })
cpSync(join(here, 'node_modules', 'axe-core', 'axe.min.js'), join(out, 'axe-core', 'axe.min.js'))

// Gzipped copies (not axe-core: only the tests load it, from the file).
let gzipped = 0
for (const entry of readdirSync(out, { recursive: true })) {
  const file = join(out, String(entry))
  if (!/\.(css|js)$/.test(file) || file.includes('axe-core')) continue
  const gz = gzipSync(readFileSync(file), { level: 9 })
  writeFileSync(file + '.gz', gz)
  gzipped += gz.length
}

const versionOf = (name) => JSON.parse(readFileSync(join(here, 'node_modules', name, 'package.json'), 'utf8')).version
const versions = ['govuk-frontend', 'socket.io-client', 'axe-core'].map((name) => `${name} ${versionOf(name)}`)
writeFileSync(join(out, 'VERSION'), versions.join('\n') + '\n')
console.log(`built ${out} (${versions.join(', ')}; app.css ${sizes.app} bytes, chat.css ${sizes.chat} bytes; ${gzipped} bytes gzipped)`)
