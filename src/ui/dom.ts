// A tiny element builder for the content script, which stays framework-free (it runs cold
// in every board tab). Attributes are set as strings and children appended as nodes or
// text nodes: page text can never be parsed as HTML here.
export type Child = Node | string | false | null | undefined;

export function el<K extends keyof HTMLElementTagNameMap>(tag: K, attrs: Record<string, string> = {}, ...children: Child[]): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) node.setAttribute(k, v);
  for (const child of children) if (child) node.append(child);
  return node;
}
