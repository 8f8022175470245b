// The CLI under node: Emscripten does not pass the process environment to getenv(), so hand over
// the variables the CLI reads, and point it at the data tables next to this script.
Module['preRun'] = Module['preRun'] || [];
Module['preRun'].push(function () {
  ENV['OWNERCHECK_DATA_DIR'] = process.env['OWNERCHECK_DATA_DIR'] || require('path').join(__dirname, 'data');
  if (process.env['OWNERCHECK_REDACT_KEY'] !== undefined) ENV['OWNERCHECK_REDACT_KEY'] = process.env['OWNERCHECK_REDACT_KEY'];
});
