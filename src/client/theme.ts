/**
 * Theme toggle: system -> the opposite of the system -> the same as the system
 * (chosen explicitly) -> system, so the first press always changes something.
 * The choice is remembered in localStorage; the inline script in Base.astro
 * applies it before first paint, this only handles the buttons.
 */
type Mode = 'system' | 'light' | 'dark';

const KEY = 'theme';
const root = document.documentElement;
const dark = matchMedia('(prefers-color-scheme: dark)');

function stored(): Mode {
  try {
    const v = localStorage.getItem(KEY);
    if (v === 'light' || v === 'dark') return v;
  } catch {
    // Storage can be blocked (private mode, policies): fall back to system.
  }
  return 'system';
}

function set(mode: Mode): void {
  try {
    if (mode === 'system') localStorage.removeItem(KEY);
    else localStorage.setItem(KEY, mode);
  } catch {
    // Not remembered, still applied for this page.
  }
  if (mode === 'system') delete root.dataset.theme;
  else root.dataset.theme = mode;
  for (const b of buttons) b.dataset.mode = mode;
}

const buttons = document.querySelectorAll<HTMLButtonElement>('[data-theme-toggle]');
for (const b of buttons) {
  b.addEventListener('click', () => {
    const order: Mode[] = dark.matches ? ['system', 'light', 'dark'] : ['system', 'dark', 'light'];
    const at = order.indexOf((b.dataset.mode as Mode | undefined) ?? 'system');
    set(order[(at + 1) % 3] ?? 'system');
  });
}
set(stored());

// A module, not a global script: keeps these names out of other client files' scope.
export {};
