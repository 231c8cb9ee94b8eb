import { useEffect, useState } from 'preact/hooks';
import { useI18n } from '../i18n';
import { pageLabel } from './PagePicker';

export interface AgentName { shown: string; name: string }

export interface AgentsSectionProps {
  pages: ReadonlyArray<{ pageId: string; pageName: string | null }>;
  load: (pageId: string) => Promise<AgentName[]>;
  /** Resolves to false when the names were refused (too long). */
  save: (pageId: string, names: Record<string, string>) => Promise<boolean>;
}

type Status = { kind: 'idle' | 'saved' | 'invalid' } | { kind: 'error'; message: string };

/** Rename or merge the agents a Page's inbox showed: each shown name gets the team's name for it. */
export function AgentsSection({ pages, load, save }: AgentsSectionProps) {
  const { t } = useI18n();
  const [pageId, setPageId] = useState<string | null>(pages[0]?.pageId ?? null);
  const [agents, setAgents] = useState<AgentName[] | null>(null);
  const [status, setStatus] = useState<Status>({ kind: 'idle' });
  const failed = (error: unknown) => setStatus({ kind: 'error', message: error instanceof Error ? error.message : String(error) });

  useEffect(() => { if (pageId === null && pages[0]) setPageId(pages[0].pageId); }, [pages]);
  useEffect(() => {
    setAgents(null);
    setStatus({ kind: 'idle' });
    if (pageId !== null) load(pageId).then(setAgents, failed);
  }, [pageId]);

  const submit = (event: Event) => {
    event.preventDefault();
    if (pageId === null || !agents) return;
    save(pageId, Object.fromEntries(agents.map((a) => [a.shown, a.name]))).then((ok) => setStatus({ kind: ok ? 'saved' : 'invalid' }), failed);
  };
  const rename = (shown: string, name: string) => setAgents((list) => list?.map((a) => (a.shown === shown ? { shown, name } : a)) ?? null);

  return (
    <section class="agents" aria-labelledby="agents-section-heading">
      <h2 id="agents-section-heading">{t('options_agents_heading')}</h2>
      <p class="help">{t('options_agents_help')}</p>
      {pages.length === 0 ? <p class="empty">{t('options_agents_choose_page')}</p> : (
        <form onSubmit={submit}>
          <label for="agents-page">{t('options_agents_page')}</label>
          <select id="agents-page" value={pageId ?? ''} onChange={(e) => setPageId(e.currentTarget.value)}>
            {pages.map((p) => <option key={p.pageId} value={p.pageId}>{pageLabel(t, p)}</option>)}
          </select>
          {agents && agents.length === 0 && <p class="empty">{t('options_agents_none')}</p>}
          {agents?.map((a, i) => (
            <div class="field" key={a.shown}>
              <label for={`agent-${i}`}>{t('options_agents_name_for', [a.shown])}</label>
              <input id={`agent-${i}`} value={a.name} maxLength={200} onInput={(e) => rename(a.shown, e.currentTarget.value)} />
            </div>
          ))}
          {agents && agents.length > 0 && <button type="submit">{t('options_agents_save')}</button>}
          <p class="status" role="status">
            {status.kind === 'saved' && t('options_agents_saved')}
            {status.kind === 'invalid' && t('options_agents_invalid')}
            {status.kind === 'error' && t('options_agents_failed', [status.message])}
          </p>
        </form>
      )}
    </section>
  );
}
