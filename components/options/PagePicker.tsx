import { type Translate, useI18n } from '../i18n';

type PageChoice = { pageId: string; pageName: string | null };

/** How a Page is named in the options: its name, or "Page <id>" when the inbox never showed one. */
export function pageLabel(t: Translate, page: PageChoice): string {
  return page.pageName ?? t('options_page_unnamed', [page.pageId]);
}

export interface PagePickerProps {
  pages: ReadonlyArray<PageChoice>;
  /** null: the default for all Pages without their own settings. */
  pageId: string | null;
  onChange: (pageId: string | null) => void;
}

/** Which Page the settings below apply to; "default for all Pages" first. */
export function PagePicker({ pages, pageId, onChange }: PagePickerProps) {
  const { t } = useI18n();
  return (
    <div class="page-picker">
      <label for="page-picker">{t('options_page_picker')}</label>
      <select
        id="page-picker"
        value={pageId ?? ''}
        onChange={(e) => {
          const next = e.currentTarget.value || null;
          // The parent decides whether to switch (it may ask first): until it does, the picker shows the current Page.
          e.currentTarget.value = pageId ?? '';
          onChange(next);
        }}
      >
        <option value="">{t('options_page_default')}</option>
        {pages.map((p) => <option key={p.pageId} value={p.pageId}>{pageLabel(t, p)}</option>)}
      </select>
    </div>
  );
}
