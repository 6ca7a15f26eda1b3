// Builds bot/web/static/vendor/ from npm packages, so nothing is fetched from a CDN at
// run time:
//   vendor/govuk-frontend/  GOV.UK Frontend's JavaScript and assets (copied)
//   vendor/app.css          src/app.scss compiled with GOV.UK Frontend's Sass
// Run with `npm ci && npm run build` in this folder.
import { cpSync, mkdirSync, rmSync, writeFileSync, readFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
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

const result = sass.compile(join(here, 'src', 'app.scss'), {
  loadPaths: [join(here, 'node_modules')],
  style: 'compressed',
  quietDeps: true
})
writeFileSync(join(out, 'app.css'), result.css)

const version = JSON.parse(readFileSync(join(here, 'node_modules', 'govuk-frontend', 'package.json'), 'utf8')).version
writeFileSync(join(out, 'VERSION'), `govuk-frontend ${version}\n`)
console.log(`built ${out} (govuk-frontend ${version}, app.css ${result.css.length} bytes)`)
