import { useState, type ChangeEvent } from 'react';
import type { SettingsKey } from '@/lib/i18n';
import { MAX_PROMPT_LENGTH } from '@/lib/prompts/limits';
import {
  categoryOf,
  defaultChoice,
  knownKeys,
  planImport,
  themesFor,
  type ImportPlan,
  type ThemeChoice,
} from '@/lib/prompts/import/plan';
import type { BankProblem } from '@/lib/prompts/import/types';
import { customToPrompt } from '@/lib/prompts/custom';
import { customPrompts, importPrompts } from '@/storage/prompts';
import { useDb } from '../app/db-context';
import { loadCatalogue } from '../prompts/load-catalogue';
import { ImportPreview } from './import-preview';
import { readQuestionFile } from './read-question-file';
import { useSettingsI18n } from './use-settings-i18n';

type State =
  | { step: 'idle' }
  | { step: 'reading' }
  | { step: 'preview'; file: string; plan: ImportPlan; choices: ReadonlyMap<string, ThemeChoice> }
  | { step: 'writing' }
  | { step: 'done'; count: number }
  | { step: 'refused'; problem: BankProblem; detail?: string }
  | { step: 'failed'; error: string };

const PROBLEM_KEYS: Record<BankProblem, SettingsKey> = {
  'too-large': 'importProblem_too_large',
  'too-many': 'importProblem_too_many',
  'not-text': 'importProblem_not_text',
  'not-json': 'importProblem_not_json',
  'bad-csv': 'importProblem_bad_csv',
  'no-questions': 'importProblem_no_questions',
  'no-text-column': 'importProblem_no_text_column',
};

/**
 * Import a question bank (JSON or CSV): read and check it whole, preview what it holds
 * (count, duplicates, rows with errors), let the manager map its categories to themes,
 * and write only on `Import`, in one transaction.
 */
export function QuestionImport() {
  const db = useDb();
  const { t } = useSettingsI18n();
  const [state, setState] = useState<State>({ step: 'idle' });

  const choose = (e: ChangeEvent<HTMLInputElement>) => {
    const file = e.target.files?.[0];
    // Choosing the same file again must fire `change` again.
    e.target.value = '';
    if (!file) return;
    setState({ step: 'reading' });
    (async () => {
      const parsed = await readQuestionFile(file);
      if (!parsed.ok) {
        setState({ step: 'refused', problem: parsed.problem, detail: parsed.detail });
        return;
      }
      const [builtIn, custom] = await Promise.all([loadCatalogue(), customPrompts(db)]);
      const plan = planImport(
        parsed.questions,
        parsed.errors,
        knownKeys([...builtIn, ...custom.map(customToPrompt)]),
      );
      const choices = new Map(plan.categories.map((c) => [c, defaultChoice(c)]));
      setState({ step: 'preview', file: file.name, plan, choices });
    })().catch((error: unknown) => setState({ step: 'failed', error: String(error) }));
  };

  const write = (plan: ImportPlan, choices: ReadonlyMap<string, ThemeChoice>) => {
    setState({ step: 'writing' });
    const prompts = plan.fresh.map((q) => ({
      text: q.text,
      themes: themesFor(q, choices.get(categoryOf(q)) ?? 'auto'),
    }));
    importPrompts(db, prompts)
      .then((rows) => setState({ step: 'done', count: rows.length }))
      .catch((error: unknown) => setState({ step: 'failed', error: String(error) }));
  };

  // While a preview waits for `Import`, the file button steps aside: one import at a time.
  const showInput = state.step !== 'preview' && state.step !== 'writing';

  return (
    <div className="settings-action">
      {showInput && (
        <label className={`file-button${state.step === 'reading' ? ' disabled' : ''}`}>
          <input
            type="file"
            accept=".json,.csv,.tsv,.txt,application/json,text/csv"
            aria-label={t('importQuestions')}
            disabled={state.step === 'reading'}
            onChange={choose}
          />
          <span aria-hidden="true">{t('importQuestions')}</span>
        </label>
      )}
      {state.step === 'reading' && (
        <p className="message" role="status">
          {t('importReading')}
        </p>
      )}
      {state.step === 'preview' && (
        <ImportPreview
          file={state.file}
          plan={state.plan}
          choices={state.choices}
          onChoose={(category, choice) =>
            setState({ ...state, choices: new Map(state.choices).set(category, choice) })
          }
          onImport={() => write(state.plan, state.choices)}
          onCancel={() => setState({ step: 'idle' })}
        />
      )}
      {state.step === 'writing' && (
        <p className="message" role="status">
          {t('importWriting')}
        </p>
      )}
      {state.step === 'done' && (
        <p className="message" role="status">
          {t('importDone', { count: state.count })}
        </p>
      )}
      {state.step === 'refused' && (
        <div role="alert" className="message error">
          <p>{t('importRefused', { reason: t(PROBLEM_KEYS[state.problem], { max: MAX_PROMPT_LENGTH }) })}</p>
          {state.detail && <p className="hint">{t('importDetail', { detail: state.detail })}</p>}
        </div>
      )}
      {state.step === 'failed' && (
        <p role="alert" className="message error">
          {t('importFailed', { error: state.error })}
        </p>
      )}
    </div>
  );
}
