// A list of link-styled buttons (the examples and the history): each item a label, a tooltip and an action.
export interface LinkItem {
  text: string;
  title?: string;
  onClick(): void;
}

export function renderLinkList(list: HTMLElement, items: readonly LinkItem[]): void {
  list.replaceChildren(
    ...items.map((item) => {
      const b = Object.assign(document.createElement('button'), {
        type: 'button',
        className: 'cc-link',
        textContent: item.text,
      });
      if (item.title !== undefined) b.title = item.title;
      b.addEventListener('click', item.onClick);
      const li = document.createElement('li');
      li.append(b);
      return li;
    }),
  );
}
