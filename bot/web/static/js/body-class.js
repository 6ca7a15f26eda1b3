// Runs first in <body>: tells GOV.UK Frontend's CSS that JavaScript is on.
// Kept in a file because the Content-Security-Policy allows no inline scripts.
document.body.className += ' js-enabled' + ('noModule' in HTMLScriptElement.prototype ? ' govuk-frontend-supported' : '')
