// The board pack's styles: light and dark (the reader's setting in a browser,
// the editor's theme in the panel), and A4 print styles that always print light.
// Marks carry a symbol and a word as well as a colour, so nothing rests on colour alone.

const LIGHT = `
  --bg: #ffffff; --fg: #0b0c0c; --muted: #4d5256; --card: #f5f5f4; --border: #b1b4b6; --accent: #1d5fa0;
  --yes: #00703c; --partly: #8a4200; --no: #b10e1e; --unchecked: #4d5256;
  --f-error: #d4351c; --f-warning: #f47738; --f-info: #1d70b8; --f-hint: #8c9196; --f-yes: #00703c; --f-partly: #f47738; --f-accent: #1d70b8; --track: #e6e6e4;
  --yes-bg: #e3f2e9; --partly-bg: #fcefe2; --no-bg: #fbe6e8; --unchecked-bg: #ececec;`;
const DARK = `
  --bg: #101418; --fg: #e8eaed; --muted: #b3bac2; --card: #1a2027; --border: #46505a; --accent: #8cc4ff;
  --yes: #6fdd8b; --partly: #f0c050; --no: #ff8f87; --unchecked: #b3bac2;
  --f-error: #f85149; --f-warning: #d29922; --f-info: #58a6ff; --f-hint: #7d8590; --f-yes: #3fb950; --f-partly: #d29922; --f-accent: #58a6ff; --track: #2a323b;
  --yes-bg: #12301d; --partly-bg: #33270c; --no-bg: #3a1517; --unchecked-bg: #262b31;`;

export const REPORT_CSS = `
:root {${LIGHT} color-scheme: light dark; }
@media (prefers-color-scheme: dark) { :root {${DARK} } }
body.vscode-light, body.vscode-high-contrast-light {${LIGHT} }
body.vscode-dark, body.vscode-high-contrast {${DARK} }
body.in-panel { --bg: var(--vscode-editor-background); --fg: var(--vscode-editor-foreground); --card: var(--vscode-editorWidget-background, var(--card)); --border: var(--vscode-widget-border, var(--vscode-editorWidget-border, #8888)); --accent: var(--vscode-textLink-foreground); font-family: var(--vscode-font-family); }
* { box-sizing: border-box; }
html { background: var(--bg); }
body { margin: 0 auto; max-width: 62rem; padding: 1.5rem 1.5rem 3rem; background: var(--bg); color: var(--fg); font: 16px/1.5 system-ui, -apple-system, "Segoe UI", Roboto, Arial, sans-serif; }
body.in-panel { font-size: 14px; padding: 0.5rem 1.25rem 2rem; }
a { color: var(--accent); }
a:focus-visible, button:focus-visible { outline: 3px solid var(--accent); outline-offset: 2px; }
.skip { position: absolute; left: -999px; top: 0; background: var(--bg); padding: 0.5rem; }
.skip:focus { left: 0.5rem; }
header.top { border-bottom: 4px solid var(--accent); margin-bottom: 1.25rem; }
.kicker { text-transform: uppercase; letter-spacing: 0.08em; font-size: 0.8rem; font-weight: 700; color: var(--muted); margin: 0; }
h1 { font-size: 1.9rem; line-height: 1.2; margin: 0.2rem 0 0.4rem; }
.meta { color: var(--muted); margin: 0 0 0.8rem; }
h2 { font-size: 1.35rem; margin: 2rem 0 0.6rem; padding-top: 0.4rem; border-top: 1px solid var(--border); }
h3 { font-size: 1.02rem; margin: 0; }
h3.sub { margin: 1.1rem 0 0.4rem; }
.intro, .note { color: var(--muted); margin: 0 0 0.8rem; }
.note { font-size: 0.9rem; margin-top: 0.4rem; }
.headline { font-size: 1.1rem; margin: 0.3rem 0 0.8rem; }
.legend { display: flex; flex-wrap: wrap; gap: 0.4rem 1.2rem; margin: 0 0 0.5rem; font-size: 0.9rem; }
.legend div { display: flex; gap: 0.4rem; align-items: baseline; }
.legend dt, .legend dd { margin: 0; }
.legend dd { color: var(--muted); }
.badge { display: inline-block; white-space: nowrap; border-radius: 999px; padding: 0.05rem 0.6rem; font-size: 0.85rem; font-weight: 700; border: 1px solid currentColor; }
.badge.yes { color: var(--yes); background: var(--yes-bg); }
.badge.partly { color: var(--partly); background: var(--partly-bg); }
.badge.no { color: var(--no); background: var(--no-bg); }
.badge.unchecked { color: var(--unchecked); background: var(--unchecked-bg); }
.facts { display: grid; grid-template-columns: repeat(auto-fit, minmax(13rem, 1fr)); gap: 0.6rem; margin: 0; }
.fact { background: var(--card); border: 1px solid var(--border); border-radius: 6px; padding: 0.5rem 0.7rem; }
.fact dt { font-weight: 700; font-size: 0.85rem; text-transform: uppercase; letter-spacing: 0.05em; color: var(--muted); }
.fact dd { margin: 0.2rem 0 0; }
.cards, .findings { list-style: none; padding: 0; margin: 0; display: grid; gap: 0.6rem; }
.card { background: var(--card); border: 1px solid var(--border); border-left: 6px solid var(--border); border-radius: 6px; padding: 0.6rem 0.8rem; }
.card.yes { border-left-color: var(--f-yes); }
.card.partly { border-left-color: var(--f-partly); }
.card.no { border-left-color: var(--f-error); }
.card-head { display: flex; gap: 0.6rem; align-items: baseline; flex-wrap: wrap; }
.label { font-size: 0.78rem; text-transform: uppercase; letter-spacing: 0.06em; font-weight: 700; color: var(--muted); margin: 0.5rem 0 0.1rem; }
.quote { margin: 0.1rem 0 0; padding: 0 0 0 0.7rem; border-left: 3px solid var(--border); }
.quote p { margin: 0; font-style: italic; }
.quote footer, .where, .at, .where-line { color: var(--muted); font-size: 0.85rem; }
.quote footer a, .at a, .where-line a { color: var(--accent); }
.none { color: var(--muted); margin: 0; }
.next { margin: 0; }
button.fix { margin-top: 0.5rem; font: inherit; font-size: 0.9rem; padding: 0.25rem 0.8rem; border-radius: 4px; cursor: pointer; border: 1px solid var(--vscode-button-border, transparent); color: var(--vscode-button-foreground, #fff); background: var(--vscode-button-background, #1d5fa0); }
button.fix:hover { background: var(--vscode-button-hoverBackground, #174c80); }
.chart-grid { display: grid; grid-template-columns: repeat(auto-fit, minmax(22rem, 1fr)); gap: 1rem; }
.chart { margin: 0; background: var(--card); border: 1px solid var(--border); border-radius: 6px; padding: 0.6rem 0.8rem; }
.chart figcaption { font-weight: 700; margin-bottom: 0.4rem; }
.chart svg { display: block; max-width: 100%; height: auto; overflow: visible; }
.chart text { font: 12px system-ui, -apple-system, "Segoe UI", Roboto, Arial, sans-serif; }
.chart .axis { fill: var(--muted); }
.chart .value { fill: var(--fg); font-weight: 700; }
.axis-line { stroke: var(--muted); stroke-width: 1; }
.rule { stroke: var(--muted); stroke-dasharray: 3 3; }
.five { stroke: var(--f-error); stroke-width: 2; stroke-dasharray: 5 3; }
.fill-error { fill: var(--f-error); } .fill-warning { fill: var(--f-warning); } .fill-info { fill: var(--f-info); } .fill-hint { fill: var(--f-hint); }
.fill-yes { fill: var(--f-yes); } .fill-partly { fill: var(--f-partly); } .fill-accent { fill: var(--f-accent); } .track { fill: var(--track); }
.pitfall h3 { margin: 1rem 0 0.4rem; }
.finding { background: var(--card); border: 1px solid var(--border); border-radius: 6px; padding: 0.6rem 0.8rem; }
.finding .msg { margin: 0 0 0.3rem; }
.finding .why { margin: 0.4rem 0 0; color: var(--muted); font-size: 0.9rem; }
.sev { display: inline-block; font-size: 0.75rem; font-weight: 700; text-transform: uppercase; letter-spacing: 0.05em; padding: 0 0.4rem; border-radius: 3px; border: 1px solid currentColor; }
.sev.error { color: var(--no); } .sev.warning { color: var(--partly); } .sev.info, .sev.hint { color: var(--muted); }
.changed .two { display: grid; grid-template-columns: repeat(auto-fit, minmax(18rem, 1fr)); gap: 1rem; }
.moves, .brief { padding-left: 1.1rem; margin: 0; }
.moves li, .brief li { margin: 0.2rem 0; }
.change { color: var(--muted); margin-right: 0.3rem; }
footer.bottom { margin-top: 2.5rem; border-top: 1px solid var(--border); color: var(--muted); font-size: 0.85rem; }
abbr { text-decoration: underline dotted; cursor: help; }
@page { size: A4; margin: 14mm 14mm 16mm; }
@media print {
  :root, body {${LIGHT} }
  html, body { background: #fff; }
  body { max-width: none; padding: 0; font-size: 10pt; line-height: 1.4; }
  .skip, button.fix { display: none; }
  a { color: inherit; text-decoration: none; }
  h1 { font-size: 20pt; }
  h2 { font-size: 14pt; break-after: avoid; page-break-after: avoid; }
  h3 { break-after: avoid; page-break-after: avoid; }
  .card, .fact, .chart, .finding, .legend, .headline { break-inside: avoid; page-break-inside: avoid; }
  .charts { break-before: page; page-break-before: always; }
  .facts { grid-template-columns: repeat(4, 1fr); }
  .chart-grid { grid-template-columns: 1fr 1fr; gap: 5mm; }
  .chart { padding: 3mm; }
  .cards { grid-template-columns: 1fr 1fr; gap: 3mm; }
  .card, .finding, .fact { padding: 2mm 3mm; }
  .findings { gap: 2.5mm; }
  h2 { margin: 6mm 0 2mm; }
  .changed .two { grid-template-columns: 1fr 1fr; }
}
`;
