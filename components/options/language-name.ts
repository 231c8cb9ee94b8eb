/** "Deutsch" / "German": a template language named in the user's language by Intl (no string to translate). */
export function languageName(code: string, locale: string): string {
  try {
    return new Intl.DisplayNames([locale], { type: 'language' }).of(code) ?? code;
  } catch {
    return code;
  }
}
