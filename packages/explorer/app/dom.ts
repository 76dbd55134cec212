// The page's only way to make DOM: elements by tag name, attributes by setAttribute, and text by
// text nodes. Nothing here parses HTML, so a label such as `<img onerror=…>` is shown as written.
// (The page's CSP also enforces Trusted Types with no policy: an innerHTML assignment would throw.)

type Child = Node | string | number | null | undefined | false;
type AttributeValue = string | number | boolean | null | undefined;

/** An element with `attributes` (false, null and undefined ones left out) and `children`. */
export function h<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  attributes: Readonly<Record<string, AttributeValue>> = {},
  ...children: Child[]
): HTMLElementTagNameMap[K] {
  const element = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes))
    if (value !== false && value !== null && value !== undefined)
      element.setAttribute(name, value === true ? "" : String(value));
  append(element, ...children);
  return element;
}

/** Appends children, strings and numbers as text nodes. */
export function append(parent: Node, ...children: Child[]): void {
  for (const child of children)
    if (child !== null && child !== undefined && child !== false)
      parent.appendChild(
        typeof child === "object" ? child : document.createTextNode(String(child)),
      );
}

/** Replaces every child of `parent`. */
export function replaceChildren(parent: Element, ...children: Child[]): void {
  parent.replaceChildren();
  append(parent, ...children);
}

const SVG = "http://www.w3.org/2000/svg";

/** An SVG element (for the legend's shapes). */
export function svg(
  tag: string,
  attributes: Readonly<Record<string, string | number>>,
): SVGElement {
  const element = document.createElementNS(SVG, tag);
  for (const [name, value] of Object.entries(attributes)) element.setAttribute(name, String(value));
  return element;
}
