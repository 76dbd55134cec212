import type { ExplorerPayload } from "./payload";

/** The page's own script and style sheet, and the CSP source expressions that allow exactly them. */
export type AppAssets = {
  readonly script: string;
  readonly scriptHash: string;
  readonly style: string;
  readonly styleHash: string;
};

/**
 * The Content-Security-Policy of the page. `default-src 'none'` forbids every fetch (scripts,
 * styles, images, fonts, connections, workers, frames, even `<form>` posts are covered below); the
 * page's one script and one style sheet are allowed by their SHA-256 hashes, so nothing a dataset
 * smuggles in can run. Trusted Types with no policy make every HTML-parsing DOM sink (`innerHTML`,
 * `document.write`, …) throw: the script builds its DOM from text nodes only.
 */
export function contentSecurityPolicy(assets: AppAssets): string {
  // Our own text and base64 hashes: nothing to escape inside a double-quoted attribute.
  return [
    "default-src 'none'",
    `script-src '${assets.scriptHash}'`,
    `style-src '${assets.styleHash}'`,
    "base-uri 'none'",
    "form-action 'none'",
    "require-trusted-types-for 'script'",
    "trusted-types 'none'",
  ].join("; ");
}

/** `text` escaped for HTML text and double-quoted attribute values. */
export function escapeHtml(text: string): string {
  return text.replace(
    /[&<>"']/g,
    (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" })[c] as string,
  );
}

/**
 * `value` as JSON that can sit inside a `<script type="application/json">` element whatever its
 * strings hold: `<`, `>` and `&` are written as `\u003c`, `\u003e` and `\u0026`, so no `</script>`
 * or `<!--` can appear, and JSON.parse reads back the same strings. U+2028 and U+2029 are escaped
 * too, for any tool that still reads JSON as JavaScript.
 */
export function jsonForScript(value: unknown): string {
  return JSON.stringify(value).replace(
    /[<>&\u2028\u2029]/g,
    (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`,
  );
}

/** An inline script's text made safe to close with `</script>` (the bundle contains no such text). */
function scriptText(code: string): string {
  if (/<\/script|<!--/i.test(code))
    throw new Error(
      "renderExplorer: the bundled script contains `</script` or `<!--`; rebuild it.",
    );
  return code;
}

/** The whole page. */
export function pageOf(payload: ExplorerPayload, assets: AppAssets): string {
  return `<!doctype html>
<html lang="en" dir="ltr">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${contentSecurityPolicy(assets)}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="referrer" content="no-referrer">
<meta name="generator" content="@accordkg/explorer">
<title>${escapeHtml(payload.title)}</title>
<style>${assets.style}</style>
</head>
<body>
<noscript><p>This page needs JavaScript (its own, inline: it loads nothing from the network).</p></noscript>
<script type="application/json" id="accordkg-data">${jsonForScript(payload)}</script>
<script>${scriptText(assets.script)}</script>
</body>
</html>
`;
}
