// Starts GOV.UK Frontend's components (skip link, error summary, radios, ...).
import { initAll } from '/static/vendor/govuk-frontend/govuk-frontend.min.js'

initAll()
