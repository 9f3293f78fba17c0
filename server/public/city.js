/**
 * "Your scenarios": start from a template, a library city or an uploaded file (JSON, or XLSX
 * read by POST /v1/scenarios/import-xlsx), edit the tables that change most, see each
 * validation problem (POST /v1/scenarios/validate) beside the field its JSON path names, save
 * under a name (POST / PUT /v1/saved), list, open, duplicate, download and delete saved
 * scenarios, and hand one to the what-if below (event `baogong:use-saved`, app.js runs it as
 * `{ saved: id, overrides }`). `#city[data-state]` is idle | editing | checking | valid |
 * invalid | saving (the browser test waits on it). Texts are in the page's language (i18n.js);
 * a switch re-renders the form from the draft and checks it again, so the problems come back
 * in the new language too. This file wires the panel's buttons to its parts:
 *   city-state.js    the shared state, the status line, the request helper
 *   city-start.js    the starting points: templates, library cities, an uploaded file
 *   city-editor.js   the draft opened in the form, and the form's tables
 *   city-problems.js the validation and each problem beside its field
 *   city-saved.js    saving, the saved list, download, use in the what-if
 *   city-form.js     the tables as data, and the pure helpers by JSON path
 */
import { renderForm, showSavedAs } from './city-editor.js';
import { scheduleCheck } from './city-problems.js';
import { download, loadSaved, save, useInWhatIf } from './city-saved.js';
import { loadStartingPoints, renderStartingPoints, startFrom, upload } from './city-start.js';
import { $, city, fail, setCityState } from './city-state.js';
import { t } from './i18n.js';

/** A new language: the starting points, the form (from the draft, checked again) and the saved list re-rendered. */
async function relabel() {
  renderStartingPoints();
  if (city.draft) {
    showSavedAs();
    renderForm();
    scheduleCheck(0);
  } else if (city.status) $('#city-status').textContent = t(city.status.key, city.status.params);
  await loadSaved();
}

$('#city-start').addEventListener('click', () => startFrom($('#city-from').value).catch(fail));
$('#city-upload').addEventListener('change', () => {
  const file = $('#city-upload').files?.[0];
  if (file) upload(file).catch(fail);
});
$('#city-save').addEventListener('click', () => save(false).catch(fail));
$('#city-save-new').addEventListener('click', () => save(true).catch(fail));
$('#city-download').addEventListener('click', () => download($('#city-name').value, city.draft));
$('#city-use').addEventListener('click', async () => {
  try {
    const entry = await save(false);
    if (entry) useInWhatIf(entry);
  } catch (err) {
    fail(err);
  }
});
document.addEventListener('baogong:lang', () => relabel().catch(fail));
setCityState('idle');
Promise.all([loadStartingPoints(), loadSaved()]).catch(fail);
