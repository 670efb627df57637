/**
 * The report's stylesheet: readable on screen (light and dark), and on paper (A4 or Letter,
 * margins, no heading alone at the foot of a page, table rows and diagrams kept whole).
 * Diagrams are drawn in the light theme and sit on a white card in dark mode too.
 */
export const REPORT_CSS = `
:root { color-scheme: light dark; --text: #1a1b1e; --muted: #495057; --line: #ced4da; --head: #edf2ff; --accent: #3b5bdb; --page: #ffffff; }
@media (prefers-color-scheme: dark) { :root { --text: #f1f3f5; --muted: #c1c2c5; --line: #5c5f66; --head: #2b2f45; --accent: #91a7ff; --page: #1a1b1e; } }
* { box-sizing: border-box; }
body { margin: 0 auto; max-width: 60rem; padding: 2rem 1.5rem; font: 11pt/1.45 system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif; color: var(--text); background: var(--page); }
h1 { font-size: 1.7rem; margin: 0 0 1rem; color: var(--accent); }
h2 { font-size: 1.25rem; margin: 2rem 0 0.6rem; padding-bottom: 0.2rem; border-bottom: 2px solid var(--accent); break-after: avoid; }
h3 { font-size: 1.05rem; margin: 1.2rem 0 0.4rem; break-after: avoid; }
p { margin: 0.5rem 0; }
table { border-collapse: collapse; width: 100%; margin: 0.6rem 0; font-size: 9.5pt; }
th, td { border: 1px solid var(--line); padding: 0.25rem 0.4rem; text-align: left; vertical-align: top; }
th { background: var(--head); }
tr { break-inside: avoid; }
dl.facts { display: grid; grid-template-columns: max-content 1fr; gap: 0.2rem 1rem; margin: 0.5rem 0; }
dl.facts dt { font-weight: 600; }
dl.facts dd { margin: 0; }
ul.checklist { list-style: none; padding-left: 0.2rem; }
ul.checklist li::before { content: "\\2610"; margin-right: 0.5rem; }
ul.checklist li.met::before { content: "\\2611"; }
figure { margin: 1rem 0; break-inside: avoid; background: #ffffff; border: 1px solid var(--line); border-radius: 4px; padding: 0.5rem; }
figure svg { display: block; max-width: 100%; height: auto; margin: 0 auto; }
figcaption { font-weight: 600; margin-bottom: 0.4rem; color: #1a1b1e; }
section.calendar td:first-child { white-space: nowrap; }
pre.mermaid-source { white-space: pre-wrap; font-size: 8pt; color: #1a1b1e; }
@page { margin: 16mm 14mm 18mm; }
@media print {
  body { max-width: none; padding: 0; font-size: 10pt; background: #ffffff; color: #1a1b1e; }
  :root { --text: #1a1b1e; --muted: #495057; --line: #adb5bd; --head: #edf2ff; --accent: #364fc7; --page: #ffffff; }
  h2 { break-before: auto; }
  figure { border: none; padding: 0; }
  figure svg { max-height: 235mm; }
  section.sign-off { break-before: page; }
}
`;
