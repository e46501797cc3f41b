// The add-on menu as Sheets draws it: items, separators and submenus (Ui.createMenu added with
// addSubMenu), opened by click or keyboard: arrows move, Right/Enter opens a submenu, Left or
// Escape closes it, Home/End jump (the WAI-ARIA menu pattern).
export type MenuEntry = { caption: string; fn: string } | { caption: string; items: MenuEntry[] } | { separator: true };

function items(menu: HTMLElement): HTMLElement[] {
  return [...menu.children].filter((x): x is HTMLElement => x.getAttribute('role') === 'menuitem');
}

function closeSubmenus(menu: HTMLElement): void {
  menu.querySelectorAll<HTMLElement>(':scope > [aria-haspopup]').forEach((b) => {
    b.setAttribute('aria-expanded', 'false');
    (b.nextElementSibling as HTMLElement).hidden = true;
  });
}

/** Fills `menu` with the entries; `run` is called with the function of the item chosen. */
export function drawMenu(menu: HTMLElement, entries: MenuEntry[], run: (fn: string) => void): void {
  for (const e of entries) {
    if ('separator' in e) {
      const hr = document.createElement('div');
      hr.setAttribute('role', 'separator');
      menu.append(hr);
      continue;
    }
    const b = document.createElement('button');
    b.type = 'button';
    b.textContent = e.caption;
    b.setAttribute('role', 'menuitem');
    b.tabIndex = -1;
    menu.append(b);
    if ('fn' in e) {
      b.onclick = () => run(e.fn);
      continue;
    }
    // A submenu: opens beside its item, as Sheets' do.
    b.setAttribute('aria-haspopup', 'menu');
    b.setAttribute('aria-expanded', 'false');
    b.classList.add('submenu');
    const sub = document.createElement('div');
    sub.setAttribute('role', 'menu');
    sub.setAttribute('aria-label', e.caption);
    sub.hidden = true;
    drawMenu(sub, e.items, run);
    menu.append(sub);
    const open = (focus: boolean) => {
      closeSubmenus(menu);
      b.setAttribute('aria-expanded', 'true');
      sub.hidden = false;
      if (focus) items(sub)[0]?.focus();
    };
    b.onclick = () => open(true);
    b.onmouseenter = () => open(false);
  }
  menu.addEventListener('keydown', (ev) => {
    if (ev.currentTarget !== menu || !(ev.target instanceof HTMLElement) || ev.target.parentElement !== menu) return;
    const list = items(menu);
    const i = list.indexOf(ev.target);
    const to = (j: number) => list[(j + list.length) % list.length]?.focus();
    if (ev.key === 'ArrowDown') to(i + 1);
    else if (ev.key === 'ArrowUp') to(i - 1);
    else if (ev.key === 'Home') to(0);
    else if (ev.key === 'End') to(list.length - 1);
    else if (ev.key === 'ArrowRight' && ev.target.hasAttribute('aria-haspopup')) ev.target.click();
    else if ((ev.key === 'ArrowLeft' || ev.key === 'Escape') && menu.parentElement?.getAttribute('role') === 'menu') {
      // Back to the item that opened this submenu.
      const opener = menu.previousElementSibling as HTMLElement;
      menu.hidden = true;
      opener.setAttribute('aria-expanded', 'false');
      opener.focus();
    } else return;
    ev.preventDefault();
    ev.stopPropagation();
  });
}
