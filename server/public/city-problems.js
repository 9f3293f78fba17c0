/**
 * The draft's validation in "Your scenarios": a check (POST /v1/scenarios/validate) a moment
 * after each edit, only the latest answer counted, the state set to valid or invalid with the
 * count; and the problems shown, each beside the field (or row) its JSON path names
 * (city-form.js `fieldForProblem`), the rest listed above the form (`#city-problems`).
 */
import { fieldForProblem } from './city-form.js';
import { $, call, city, el, fail, setCityState } from './city-state.js';
import { t } from './i18n.js';

export function scheduleCheck(delayMs = 300) {
  clearTimeout(city.checkTimer);
  setCityState('checking');
  city.checkTimer = setTimeout(() => check().catch(fail), delayMs);
}

async function check() {
  const seq = ++city.checkSeq;
  const res = await call('POST', '/v1/scenarios/validate', city.draft);
  if (seq !== city.checkSeq) return null;
  const problems = res.ok ? [] : (res.data?.problems ?? [{ path: res.data?.path ?? '', message: res.data?.message }]);
  showProblems(problems);
  if (problems.length === 0) setCityState('valid', 'page.city.valid');
  else
    setCityState('invalid', problems.length === 1 ? 'page.city.problemsOne' : 'page.city.problemsMany', {
      count: problems.length,
    });
  return problems;
}

/** Each problem beside its field (or its row); the rest in the list above the form. */
export function showProblems(problems) {
  const slots = new Map([...document.querySelectorAll('#city [data-error-for]')].map((s) => [s.dataset.errorFor, s]));
  for (const s of slots.values()) s.textContent = '';
  for (const i of document.querySelectorAll('#city [data-path]')) i.classList.remove('invalid');
  const rest = [];
  for (const p of problems) {
    const at = fieldForProblem(String(p.path ?? '').replace(/^scenario\./, ''), slots);
    if (at === null) {
      rest.push(p);
      continue;
    }
    const slot = slots.get(at);
    slot.textContent = slot.textContent ? `${slot.textContent}; ${p.message}` : p.message;
    document.querySelector(`#city [data-path="${CSS.escape(at)}"]`)?.classList.add('invalid');
  }
  $('#city-problems').replaceChildren(
    ...rest.map((p) =>
      el('li', {}, el('code', { textContent: p.path || t('page.city.wholeScenario') }), ` ${p.message}`),
    ),
  );
}
