/**
 * Atomic class names, like Meta's build output: every layout fact (notably a message's
 * direction, `justify-content`) comes from a class defined in a <style> block, never from
 * an inline style. `rotateClassNames()` renames them all, as a new Meta build does, so
 * tests can check the reader never relies on a class name.
 */
const RULES = {
  row: 'display:flex;align-items:flex-end;gap:6px;margin:2px 0',
  customerSide: 'justify-content:flex-start',
  pageSide: 'justify-content:flex-end',
  bubble: 'max-width:60%;padding:7px 12px;border-radius:18px;line-height:1.3;white-space:pre-wrap',
  customerBubble: 'background:#e4e6eb;color:#050505',
  pageBubble: 'background:#0a7cff;color:#fff',
  sentBy: 'display:block;text-align:right;font-size:11px;color:#65676b;margin:0 4px 6px',
  avatar: 'width:28px;height:28px;border-radius:50%',
  unread: 'font-weight:700',
  read: 'font-weight:400',
  title: 'font-size:15px;overflow:hidden;text-overflow:ellipsis;white-space:nowrap',
  preview: 'font-size:13px;color:#65676b;overflow:hidden;text-overflow:ellipsis;white-space:nowrap',
  divider: 'text-align:center;font-size:12px;color:#65676b;margin:12px 0 4px',
  // The id-less build: a run is a flex row (side by justify-content) around a column of bubbles
  // (side by align-items); its dividers and system lines are plain centred text.
  runRow: 'display:flex;flex-direction:row;gap:6px;margin:2px 0',
  runColumn: 'display:flex;flex-direction:column;gap:2px;flex:1',
  columnStart: 'align-items:flex-start',
  columnEnd: 'align-items:flex-end',
  runAvatar: 'align-self:flex-end',
  sticker: 'width:64px;height:64px',
  systemLine: 'text-align:center;font-size:12px;color:#65676b;margin:8px 0',
} as const;

export type ClassRole = keyof typeof RULES;

let names: Record<ClassRole, string> = generateNames();

function generateNames(): Record<ClassRole, string> {
  const used = new Set<string>();
  const out = {} as Record<ClassRole, string>;
  for (const role of Object.keys(RULES) as ClassRole[]) {
    let name: string;
    do name = 'x' + Math.random().toString(36).slice(2, 9); while (used.has(name));
    used.add(name);
    out[role] = name;
  }
  return out;
}

/** The current class name of a role. */
export function cls(...roles: ClassRole[]): string {
  return roles.map((r) => names[r]).join(' ');
}

/** Writes (or rewrites) the <style id="demo-atomic"> block for the current names. */
export function installAtomicStyles(): void {
  let style = document.getElementById('demo-atomic');
  if (!style) {
    style = document.createElement('style');
    style.id = 'demo-atomic';
    document.head.append(style);
  }
  style.textContent = (Object.keys(RULES) as ClassRole[]).map((r) => `.${names[r]}{${RULES[r]}}`).join('\n');
}

/** Renames every atomic class (the caller re-renders). */
export function rotateClassNames(): void {
  names = generateNames();
  installAtomicStyles();
}
