/**
 * The map's HTML page, for the VS Code webview (script and styles from the extension's files) and for the CLI's
 * `--format html` (both inlined, with the data, into one file that works offline). Either way the Content-Security-
 * Policy allows only the page's own script and styles, by nonce or by the webview's source.
 */
export interface PageParts {
  title: string;
  nonce: string;
  script: { src: string } | { inline: string };
  styles: { href: string } | { inline: string };
  /** The webview's resource origin (`webview.cspSource`); absent for a standalone page. */
  cspSource?: string;
  /** The map, embedded for a standalone page; a webview receives it by message. */
  data?: unknown;
}

const escapeHtml = (s: string) => s.replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c]!);

/** JSON inside a script element: `<` is escaped, so no `</script>` in a name can end it. */
const scriptJson = (data: unknown) => JSON.stringify(data).replace(/</g, '\\u003c').replace(/\u2028/g, '\\u2028').replace(/\u2029/g, '\\u2029');

export function mapPage(p: PageParts): string {
  const source = p.cspSource ? ` ${p.cspSource}` : '';
  const csp = `default-src 'none'; img-src data:${source}; style-src 'nonce-${p.nonce}'${source}; script-src 'nonce-${p.nonce}'; font-src${source || " 'none'"}`;
  const styles = 'inline' in p.styles ? `<style nonce="${p.nonce}">${p.styles.inline}</style>` : `<link rel="stylesheet" href="${escapeHtml(p.styles.href)}">`;
  const script = 'inline' in p.script ? `<script nonce="${p.nonce}">${p.script.inline.replace(/<\/script/gi, '<\\/script')}</script>` : `<script nonce="${p.nonce}" src="${escapeHtml(p.script.src)}"></script>`;
  // Cytoscape inserts this stylesheet itself unless one with its id exists; the CSP would block its insertion.
  const cytoscapeStyles = `<style nonce="${p.nonce}" id="__________cytoscape_stylesheet">.__________cytoscape_container { position: relative; }</style>`;
  const data = p.data === undefined ? '' : `<script type="application/json" id="map-data" nonce="${p.nonce}">${scriptJson(p.data)}</script>`;
  return `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${csp}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(p.title)}</title>
${cytoscapeStyles}
${styles}
</head>
<body>
<div id="app"></div>
${data}
${script}
</body>
</html>
`;
}
