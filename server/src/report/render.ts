// The one renderer of the board pack: a pure function from a report model to
// HTML. The command line writes it to a self-contained file (inline styles,
// inline SVG charts, no scripts, a policy that forbids any network request);
// the editor's scorecard panel shows the same HTML in a webview, with links
// that jump to the text, buttons for quick fixes and the editor's colours.
import {
  VERDICT_MARKS,
  VERDICT_MEANINGS,
  VERDICT_WORDS,
  type BaselineDiff,
  type Place,
  type Quote,
  type ReportFinding,
  type ReportItem,
  type ReportModel,
  type Verdict,
} from './model';
import { REPORT_CSS } from './styles';

export interface RenderOptions {
  /** A file for a browser, or the editor's panel. */
  target: 'file' | 'panel';
  /** The panel's script and style nonce (required for the panel). */
  nonce?: string;
  /** e.g. "strategy-lint 0.1.0". */
  generator?: string;
}

type Severity = keyof ReportModel['totals'];
const SEVERITY_ORDER: Severity[] = ['error', 'warning', 'info', 'hint'];
const SEVERITY_WORD: Record<Severity, [string, string]> = { error: ['error', 'errors'], warning: ['warning', 'warnings'], info: ['suggestion', 'suggestions'], hint: ['hint', 'hints'] };
const SHORT_QUALITY: Record<string, string> = { owned: 'Owned', integrated: 'Integrated', 'user-centred': 'User-centred', mainstream: 'Mainstream', realistic: 'Realistic', focused: 'Focused' };
/** Above this SMOG grade most readers struggle (the readability rule's default). */
const HARD_GRADE = 14;

export function esc(s: string): string {
  return s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);
}

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;
const sev = (s: Severity, n: number) => plural(n, ...SEVERITY_WORD[s]);

export function renderReport(model: ReportModel, opts: RenderOptions): string {
  const panel = opts.target === 'panel';
  const nonce = opts.nonce ?? '';
  const title = model.facts.title?.text ?? model.path;
  const csp = panel
    ? `default-src 'none'; style-src 'nonce-${nonce}'; script-src 'nonce-${nonce}'; img-src data:;`
    : "default-src 'none'; style-src 'unsafe-inline'; img-src data:;";

  /** A place in the document: a link that jumps there in the panel, the line number in a file. */
  const at = (p: Place, label = `line ${p.line}`) =>
    panel ? `<a class="jump" href="#" data-start="${p.start}" data-end="${p.end}" title="Go to ${esc(label)}">${esc(label)}</a>` : `<span class="where">${esc(label)}</span>`;
  const quoted = (q: Quote) => `<blockquote class="quote"><p>“${esc(q.text)}”</p><footer>${q.under ? `under “${esc(q.under)}”, ` : ''}${at(q)}</footer></blockquote>`;
  const badge = (v: Verdict) => `<span class="badge ${v}"><span class="mark" aria-hidden="true">${VERDICT_MARKS[v]}</span> ${VERDICT_WORDS[v]}</span>`;
  const fixButton = (key: string, fix: { title: string } | undefined) =>
    panel && fix ? `<button type="button" class="fix" data-fix="${esc(key)}">${esc(fix.title)}</button>` : '';

  const card = (it: ReportItem) => {
    const parts = [`<li class="card ${it.verdict}">`, `<div class="card-head">${badge(it.verdict)}<h3>${esc(it.label)}</h3></div>`];
    if (it.evidence) {
      parts.push(`<p class="label">Evidence${it.moreEvidence ? ` (and ${plural(it.moreEvidence, 'more place', 'more places')})` : ''}</p>`, quoted(it.evidence));
    } else if (it.verdict !== 'unchecked') parts.push('<p class="label">Evidence</p><p class="none">Nothing in the strategy answers this yet.</p>');
    if (it.next) {
      parts.push(
        `<p class="label">Next step</p><p class="next">${esc(it.next.text)} <span class="at">(${at(it.next.at)})</span></p>`,
        fixButton(`${it.group}:${it.id}`, it.next.fix),
      );
    }
    parts.push('</li>');
    return parts.join('');
  };

  const legend = `<dl class="legend" aria-label="What the marks mean">${(['yes', 'partly', 'no'] as Verdict[])
    .map((v) => `<div><dt>${badge(v)}</dt><dd>${esc(VERDICT_MEANINGS[v])}</dd></div>`)
    .join('')}</dl>`;

  const f = model.facts;
  const period = f.period
    ? `${f.period.from !== undefined && f.period.to !== undefined ? `${f.period.from} to ${f.period.to}, ` : ''}${plural(f.period.years, 'year', 'years')}${f.period.to !== undefined && f.period.to > f.fiveYearsOn ? `: ${f.period.to - f.fiveYearsOn} past the five years the guidance allows` : ''}`
    : '';
  const fact = (name: string, value: string, q: Quote | undefined, missing: string) =>
    `<div class="fact"><dt>${name}</dt><dd>${q ? `${value ? `<strong>${esc(value)}</strong> ` : ''}${quoted(q)}` : `<span class="none">${esc(missing)}</span>`}</dd></div>`;
  const factsHtml = `<dl class="facts">${[
    `<div class="fact"><dt>Title</dt><dd>${f.title ? `<strong>${esc(f.title.text)}</strong><br><span class="where">${at(f.title)}</span>` : '<span class="none">No title heading.</span>'}</dd></div>`,
    fact('Period', period, f.period?.quote, `No period stated. The guidance asks for five years at most (to ${f.fiveYearsOn}).`),
    fact('Owner', '', f.owner, 'No sentence says who owns the strategy.'),
    fact('Review promise', '', f.review, 'No promise to review it on a stated cycle.'),
  ].join('')}</dl>`;

  const totalFindings = SEVERITY_ORDER.reduce((n, s) => n + model.totals[s], 0);
  const sections: string[] = [];
  sections.push(`<section aria-labelledby="glance"><h2 id="glance">At a glance</h2>
<p class="headline"><strong>${model.questionsAnswered} of ${model.questions.length}</strong> board questions answered · <strong>${model.qualitiesShown} of ${model.qualities.length}</strong> qualities shown · ${totalFindings ? SEVERITY_ORDER.filter((s) => model.totals[s]).map((s) => sev(s, model.totals[s])).join(', ') : 'no findings'} · reading age ${model.reading.age}</p>
${legend}
<h3 class="sub">What the strategy says about itself</h3>
${factsHtml}
<p class="profile">${esc(model.profileLine)}</p></section>`);
  if (model.baseline) sections.push(baselineSection(model.baseline));
  sections.push(`<section aria-labelledby="questions"><h2 id="questions">The board's five questions</h2>
<p class="intro">The questions NHS Providers' Digital Boards guidance gives a board to put to its digital strategy.</p>
<ol class="cards">${model.questions.map(card).join('')}</ol></section>`);
  sections.push(`<section aria-labelledby="qualities"><h2 id="qualities">The six qualities of a good strategy</h2>
<ol class="cards">${model.qualities.map(card).join('')}</ol></section>`);
  sections.push(`<section aria-labelledby="charts" class="charts"><h2 id="charts">In pictures</h2>
<div class="chart-grid">${findingsChart(model)}${timelineChart(model)}${readingChart(model, at)}${wgllChart(model)}</div></section>`);
  sections.push(topSection(model, at, fixButton));

  // The panel's one script: keeps the scroll position when the report is redrawn, and sends clicks on links and fix buttons to the extension.
  const script = panel
    ? `<script nonce="${nonce}">(function(){const vscode=acquireVsCodeApi();const st=vscode.getState();if(st&&st.y)window.scrollTo(0,st.y);let t=0;window.addEventListener('scroll',function(){clearTimeout(t);t=setTimeout(function(){vscode.setState({y:window.scrollY});},50);});document.addEventListener('click',function(e){const t=e.target.closest('[data-start],[data-fix]');if(!t)return;e.preventDefault();if(t.dataset.fix)vscode.postMessage({type:'fix',id:t.dataset.fix});else vscode.postMessage({type:'reveal',start:Number(t.dataset.start),end:Number(t.dataset.end)});});})();</script>`
    : '';
  return `<!DOCTYPE html>
<html lang="en-GB">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${csp}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="generator" content="${esc(opts.generator ?? 'strategy-lint')}">
<title>${esc(`Board pack: ${title}`)}</title>
<style${panel ? ` nonce="${nonce}"` : ''}>${REPORT_CSS}</style>
</head>
<body class="${panel ? 'in-panel' : 'in-file'}">
<a class="skip" href="#questions">Skip to the board's questions</a>
<header class="top">
<p class="kicker">${panel ? 'Strategy scorecard · updates as you type' : 'Board pack'}</p>
<h1>${esc(title)}</h1>
<p class="meta">${esc(model.path)} read against NHS Providers' Digital Boards guidance${panel ? '' : ` on ${esc(model.date)}`}.</p>
</header>
<main>
${sections.join('\n')}
</main>
<footer class="bottom"><p>Made with ${esc(opts.generator ?? 'strategy-lint')}. The board questions, qualities and pitfalls are from NHS Providers' Digital Boards guidance; the areas are NHS England's "What Good Looks Like". Reading age is the SMOG grade plus five. A check can miss what a careful reader would see: treat this as a prompt for the board's discussion, not a verdict.</p></footer>
${script}
</body>
</html>
`;
}

function baselineSection(b: BaselineDiff): string {
  const gained = b.changes.filter((c) => c.group === 'question' && c.after === 'yes' && c.before !== 'yes');
  const row = (c: BaselineDiff['changes'][number]) =>
    `<li><span class="change">${VERDICT_MARKS[c.before]} ${VERDICT_WORDS[c.before]} → <strong>${VERDICT_MARKS[c.after]} ${VERDICT_WORDS[c.after]}</strong></span> ${esc(c.label)}</li>`;
  const brief = (list: BaselineDiff['fixed'], cap = 12) =>
    list.length
      ? `<ul class="brief">${list
          .slice(0, cap)
          .map((x) => `<li><span class="sev ${x.severity}">${SEVERITY_WORD[x.severity][0]}</span> ${esc(x.message)} <span class="where">(${x.ruleId}, line ${x.line})</span></li>`)
          .join('')}${list.length > cap ? `<li class="none">and ${list.length - cap} more</li>` : ''}</ul>`
      : '<p class="none">None.</p>';
  return `<section aria-labelledby="changed" class="changed"><h2 id="changed">What changed since ${esc(b.label)}</h2>
<p class="headline">Board questions answered: <strong>${b.questionsBefore} → ${b.questionsAfter}</strong> of 5 · qualities shown: <strong>${b.qualitiesBefore} → ${b.qualitiesAfter}</strong> of 6 · findings fixed: <strong>${b.fixed.length}</strong> · new findings: <strong>${b.added.length}</strong></p>
${gained.length ? `<p>Newly answered: ${gained.map((g) => `<strong>${esc(g.label)}</strong>`).join('; ')}</p>` : '<p>No board question is newly answered.</p>'}
${b.changes.length ? `<h3 class="sub">Questions and qualities that moved</h3><ul class="moves">${b.changes.map(row).join('')}</ul>` : ''}
<div class="two"><div><h3 class="sub">Findings fixed (${b.fixed.length})</h3>${brief(b.fixed)}</div><div><h3 class="sub">New findings (${b.added.length})</h3>${brief(b.added)}</div></div>
</section>`;
}

function topSection(model: ReportModel, at: (p: Place, label?: string) => string, fixButton: (key: string, fix: { title: string } | undefined) => string): string {
  const count = model.top.reduce((n, g) => n + g.findings.length, 0);
  if (!count) return `<section aria-labelledby="top" class="top-findings"><h2 id="top">What to fix first</h2><p>No findings: nothing to fix.</p></section>`;
  let i = 0;
  const one = (x: ReportFinding) => {
    const key = `finding:${i++}`;
    return `<li class="finding"><p class="msg"><span class="sev ${x.severity}">${SEVERITY_WORD[x.severity][0]}</span> ${esc(x.message)}</p>
${x.at.text ? `<blockquote class="quote"><p>“${esc(x.at.text)}”</p><footer>${at(x.at)}</footer></blockquote>` : `<p class="where-line">About the whole document (${at(x.at)}).</p>`}
<p class="why">${esc(x.why)} <a href="${esc(x.docsUrl)}">About ${esc(x.ruleId)}</a>${x.more ? ` · ${plural(x.more, 'more finding', 'more findings')} like this` : ''}</p>${fixButton(key, x.fix)}</li>`;
  };
  return `<section aria-labelledby="top" class="top-findings"><h2 id="top">The ${count === 10 ? 'ten' : count} findings to fix first</h2>
<p class="intro">The most serious findings first, and those a board question hangs on, grouped by the pitfalls the guidance names.</p>
${model.top.map((g) => `<section class="pitfall" aria-labelledby="p-${esc(g.id)}"><h3 id="p-${esc(g.id)}">${esc(g.title)}</h3><ol class="findings">${g.findings.map(one).join('')}</ol></section>`).join('\n')}
</section>`;
}

// ---- charts: a few hand-drawn SVG shapes each, coloured by CSS classes so they follow the theme ----

function figure(id: string, title: string, svg: string, note = ''): string {
  return `<figure class="chart" aria-labelledby="${id}"><figcaption id="${id}">${esc(title)}</figcaption>${svg}${note ? `<p class="note">${note}</p>` : ''}</figure>`;
}

function svgOpen(width: number, height: number, label: string): string {
  return `<svg viewBox="0 0 ${width} ${height}" width="100%" role="img" aria-label="${esc(label)}" xmlns="http://www.w3.org/2000/svg">`;
}

const trimLabel = (s: string, n: number) => (s.length > n ? s.slice(0, n - 1) + '…' : s);

function findingsChart(model: ReportModel): string {
  const rows = model.findingsByQuality;
  const W = 520;
  const L = 100;
  const H = 26;
  const max = Math.max(1, ...rows.map((r) => SEVERITY_ORDER.reduce((n, s) => n + r.counts[s], 0)));
  const scale = (W - L - 40) / max;
  const label = `Findings by quality and severity. ${rows
    .map((r) => {
      const parts = SEVERITY_ORDER.filter((s) => r.counts[s]).map((s) => sev(s, r.counts[s]));
      return `${SHORT_QUALITY[r.quality] ?? r.label}: ${parts.length ? parts.join(', ') : 'none'}`;
    })
    .join('; ')}.`;
  let out = svgOpen(W, rows.length * H + 34, label);
  rows.forEach((r, i) => {
    const y = i * H + 4;
    const name = SHORT_QUALITY[r.quality] ?? r.label;
    out += `<text class="axis" x="${L - 8}" y="${y + 15}" text-anchor="end">${esc(name)}</text>`;
    let x = L;
    let total = 0;
    for (const s of SEVERITY_ORDER) {
      const n = r.counts[s];
      if (!n) continue;
      total += n;
      const w = Math.max(2, n * scale);
      out += `<rect class="fill-${s}" x="${x.toFixed(1)}" y="${y}" width="${w.toFixed(1)}" height="${H - 8}"><title>${esc(`${name}: ${sev(s, n)}`)}</title></rect>`;
      x += w;
    }
    out += `<text class="value" x="${(x + 6).toFixed(1)}" y="${y + 15}">${total}</text>`;
  });
  const ly = rows.length * H + 16;
  let lx = L;
  for (const s of SEVERITY_ORDER) {
    out += `<rect class="fill-${s}" x="${lx}" y="${ly}" width="12" height="12"/><text class="axis" x="${lx + 16}" y="${ly + 10}">${SEVERITY_WORD[s][1]}</text>`;
    lx += 100;
  }
  out += '</svg>';
  return figure('chart-findings', 'Findings by quality and severity', out);
}

function readingChart(model: ReportModel, at: (p: Place, label?: string) => string): string {
  // Top-level sections long enough for a reading age to mean something, at most sixteen.
  let rows = model.reading.sections.filter((s) => s.sentences >= 3);
  if (rows.length > 16) {
    const keep = new Set([...rows].sort((a, b) => b.sentences - a.sentences).slice(0, 16));
    rows = rows.filter((r) => keep.has(r));
  }
  const hardAge = HARD_GRADE + 5;
  if (!rows.length) {
    return figure('chart-reading', 'Reading age by section', `<p class="none">No section has enough sentences for a reading age. The whole document reads at about reading age ${model.reading.age}.</p>`);
  }
  const W = 520;
  const L = 180;
  const H = 22;
  const top = Math.max(hardAge + 2, ...rows.map((r) => r.age + 1));
  const scale = (W - L - 40) / top;
  const height = rows.length * H + 40;
  let out = svgOpen(
    W,
    height,
    `Reading age by section. ${rows.map((r) => `${r.heading}: reading age ${r.age}`).join('; ')}. Above reading age ${hardAge} most readers struggle.`,
  );
  rows.forEach((r, i) => {
    const y = i * H + 4;
    const w = Math.max(2, r.age * scale);
    const hard = r.grade > HARD_GRADE;
    out += `<text class="axis" x="${L - 8}" y="${y + 13}" text-anchor="end">${esc(trimLabel(r.heading, 26))}</text>`;
    out += `<rect class="${hard ? 'fill-warning' : 'fill-accent'}" x="${L}" y="${y}" width="${w.toFixed(1)}" height="${H - 7}"><title>${esc(`${r.heading}: reading age ${r.age} (SMOG grade ${r.grade}, from ${plural(r.sentences, 'sentence', 'sentences')})`)}</title></rect>`;
    out += `<text class="value" x="${(L + w + 5).toFixed(1)}" y="${y + 13}">${r.age}</text>`;
  });
  const hx = L + hardAge * scale;
  const base = rows.length * H + 4;
  out += `<line class="rule" x1="${hx.toFixed(1)}" y1="0" x2="${hx.toFixed(1)}" y2="${base}"/><text class="axis" x="${hx.toFixed(1)}" y="${base + 14}" text-anchor="middle">${hardAge}: most readers struggle</text>`;
  out += `<text class="axis" x="${L}" y="${base + 30}">Reading age in years; hover a bar for its SMOG grade</text>`;
  out += '</svg>';
  const hardest = [...rows].sort((a, b) => b.age - a.age)[0];
  return figure(
    'chart-reading',
    'Reading age by section',
    out,
    `The whole document: reading age <abbr title="SMOG grade ${model.reading.grade}">${model.reading.age}</abbr>. Hardest: ${esc(hardest.heading)} (${at(hardest.at)}).`,
  );
}

function timelineChart(model: ReportModel): string {
  const f = model.facts;
  const p = f.period;
  const from = p?.from ?? f.year.value;
  const to = p?.to ?? from + (p?.years ?? 0);
  const lo = Math.min(from, f.year.value) - 1;
  const hi = Math.max(to, f.fiveYearsOn) + 1;
  const W = 520;
  const L = 20;
  const R = 20;
  const x = (year: number) => L + ((year - lo) / (hi - lo)) * (W - L - R);
  const label = p
    ? `The stated period runs from ${from} to ${to}; five years on from ${f.year.value} is ${f.fiveYearsOn}${to > f.fiveYearsOn ? `, so the period runs ${to - f.fiveYearsOn} years past it` : ', so the period is within it'}.`
    : `No period stated. Five years on from ${f.year.value} is ${f.fiveYearsOn}.`;
  let out = svgOpen(W, 110, label);
  // The axis, with a tick each year (labelled every year, or every other when crowded).
  out += `<line class="axis-line" x1="${L}" y1="70" x2="${W - R}" y2="70"/>`;
  const every = hi - lo > 14 ? 2 : 1;
  for (let y = lo; y <= hi; y++) {
    out += `<line class="axis-line" x1="${x(y).toFixed(1)}" y1="66" x2="${x(y).toFixed(1)}" y2="74"/>`;
    if ((y - lo) % every === 0) out += `<text class="axis" x="${x(y).toFixed(1)}" y="88" text-anchor="middle">${y}</text>`;
  }
  if (p) {
    const inEnd = Math.min(to, f.fiveYearsOn);
    out += `<rect class="fill-accent" x="${x(from).toFixed(1)}" y="40" width="${Math.max(2, x(Math.max(from, inEnd)) - x(from)).toFixed(1)}" height="20"><title>${esc(`Stated period ${from} to ${to}`)}</title></rect>`;
    if (to > f.fiveYearsOn) out += `<rect class="fill-error" x="${x(f.fiveYearsOn).toFixed(1)}" y="40" width="${(x(to) - x(f.fiveYearsOn)).toFixed(1)}" height="20"><title>${esc(`${to - f.fiveYearsOn} years beyond five years on`)}</title></rect>`;
    out += `<text class="value" x="${x(from).toFixed(1)}" y="33">Stated period ${from}–${to}</text>`;
  } else {
    out += `<text class="value" x="${L}" y="33">No period stated</text>`;
  }
  out += `<line class="five" x1="${x(f.fiveYearsOn).toFixed(1)}" y1="10" x2="${x(f.fiveYearsOn).toFixed(1)}" y2="76"/><text class="axis" x="${(x(f.fiveYearsOn) + 4).toFixed(1)}" y="18">five years on</text>`;
  out += `<text class="axis" x="${L}" y="104">Dated ${f.year.value}${f.year.from === 'today' ? ' (no year stated: this year)' : ` (from its ${f.year.from === 'dated line' || f.year.from === 'text' ? 'text' : f.year.from})`}</text>`;
  out += '</svg>';
  return figure('chart-period', 'The period it covers, and the five-year line', out);
}

function wgllChart(model: ReportModel): string {
  if (!model.wgll.length) {
    return figure('chart-wgll', 'What Good Looks Like areas it touches', `<p class="none">NHS England's "What Good Looks Like" is for NHS organisations; this strategy is read with the general profile.</p>`);
  }
  const W = 520;
  const L = 180;
  const H = 22;
  const cap = 12;
  const scale = (W - L - 70) / cap;
  let out = svgOpen(W, model.wgll.length * H + 8, `What Good Looks Like areas it touches: ${model.wgll.map((w) => `${w.label}: ${plural(w.mentions, 'sentence', 'sentences')}`).join('; ')}.`);
  model.wgll.forEach((w, i) => {
    const y = i * H + 4;
    const bar = Math.min(cap, w.mentions) * scale;
    out += `<text class="axis" x="${L - 8}" y="${y + 13}" text-anchor="end">${esc(w.label)}</text>`;
    out += `<rect class="track" x="${L}" y="${y}" width="${(cap * scale).toFixed(1)}" height="${H - 7}"/>`;
    if (bar) out += `<rect class="fill-${w.verdict === 'yes' ? 'yes' : 'partly'}" x="${L}" y="${y}" width="${bar.toFixed(1)}" height="${H - 7}"><title>${esc(`${w.label}: ${plural(w.mentions, 'sentence speaks', 'sentences speak')} to it`)}</title></rect>`;
    out += `<text class="value" x="${(L + cap * scale + 6).toFixed(1)}" y="${y + 13}">${w.mentions ? `${w.mentions > cap ? `${cap}+` : w.mentions}` : 'none'}</text>`;
  });
  out += '</svg>';
  return figure('chart-wgll', 'What Good Looks Like areas it touches', out, 'Sentences that speak to each of NHS England\'s seven success measures: for information, never a finding.');
}
