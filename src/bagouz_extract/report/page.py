"""The report page: one self-contained HTML file (inline CSS and JS, nothing fetched).

A Content-Security-Policy forbids every network fetch and allows only the page's own
script (by nonce), so even a bug in escaping could not run an article's `<script>`.
"""

from __future__ import annotations

import hashlib

from ..corpus.build import build_corpus
from ..corpus.models import CorpusTable
from ..corpus.sources import keyed_sheets, source_labels
from ..models import FactSheet
from .article import LABEL, SourceRefs, esc, render_article
from .claims import render_claims, render_event_dates
from .mapsvg import render_map
from .timeline import render_timeline

CSS = """
:root{--date:#bfe1d9;--place:#feca74;--actor:#7aecec;--count:#f4a9d0;--ink:#1d2330;--muted:#667}
*{box-sizing:border-box}
body{font:15px/1.5 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;color:var(--ink);
margin:0;background:#f6f7f9}
header{background:#1d2330;color:#fff;padding:14px 28px}
header h1{margin:0;font-size:22px} header p{margin:4px 0 0;color:#cfd6e4}
nav a{color:#9fd0ff;margin-right:14px}
main{max-width:1180px;margin:0 auto;padding:10px 28px 40px}
section.card{background:#fff;border:1px solid #dde1e8;border-radius:8px;padding:12px 18px;
margin:16px 0}
h2{font-size:19px;margin:4px 0 10px} h3{margin:4px 0}
.muted{color:var(--muted)} .meta{color:var(--muted);margin:0 0 8px;font-size:13px}
.text{white-space:pre-wrap;line-height:2.1;background:#fcfcfd;border:1px solid #eee;
padding:10px 14px;border-radius:6px;max-height:34em;overflow:auto}
mark{padding:.2em .25em;border-radius:.3em;color:inherit}
mark.multi{box-shadow:inset 0 -3px 0 #556}
.k-date{background:var(--date)} .k-place{background:var(--place)}
.k-actor{background:var(--actor)} .k-count{background:var(--count)}
.lbl{font-size:.62em;font-weight:700;text-transform:uppercase;margin:0 .35em 0 .15em;
padding:.05em .3em;border-radius:.25em;vertical-align:middle;line-height:1}
.furn{color:#aab}
.anc:target+mark,.anc:target+span{outline:3px solid #e8590c}
.tag{font-size:11px;font-weight:700;padding:1px 5px;border-radius:3px}
ul.facts{columns:2;font-size:13.5px;padding-left:18px} ul.facts li{break-inside:avoid}
.ev a{color:#1864ab;text-decoration:none} .ev a:hover{text-decoration:underline}
table{border-collapse:collapse;width:100%;font-size:13.5px}
th,td{border-bottom:1px solid #e3e6ec;padding:6px 8px;text-align:left;vertical-align:top}
th{background:#f0f2f6} td.num{text-align:right;font-variant-numeric:tabular-nums}
ul.claims,ul.why{margin:0;padding-left:16px} ul.why{color:#a61e4d;font-size:12.5px}
.hide-single tr.single{display:none}
.st{font-weight:700;font-size:12px;padding:1px 6px;border-radius:10px;white-space:nowrap}
.st.contested{background:#ffe3e3;color:#a61e4d} .st.ok{background:#d3f9d8;color:#2b8a3e}
.st.single{background:#eceef2;color:#556} .flag{font-size:11px;color:#a61e4d}
svg{width:100%;height:auto;display:block}
svg.timeline .tick{stroke:#dde1e8} svg.timeline .row{stroke:#c9ced8;stroke-dasharray:2 3}
svg.timeline .tl{font-size:11px;fill:#556;text-anchor:middle}
svg.timeline .rl{font-size:12px;fill:#1d2330;text-anchor:end}
svg.timeline .pt{fill:#1c7ed6;stroke:#fff;stroke-width:1.5}
svg.timeline .span{fill:#74c0fc;stroke:#1c7ed6;opacity:.8}
svg.map .sea{fill:#eef4fa} svg.map .grid{stroke:#c5d3e2;stroke-width:1}
svg.map circle.local{fill:#e8590c;fill-opacity:.85;stroke:#fff;stroke-width:2}
svg.map circle.broad{fill:none;stroke:#7b8794;stroke-width:2;stroke-dasharray:3 2}
svg.map text{font-size:13px;font-weight:600;fill:#1d2330;paint-order:stroke;stroke:#fff;
stroke-width:3px} svg.map text.broad{font-weight:400;font-style:italic;fill:#5c6672}
svg.map text.gl{font-size:11px;font-weight:400;fill:#6b7f95;stroke:none}
.mapbox{display:flex;gap:12px;align-items:flex-start} .mapbox svg{flex:1;min-width:0}
aside.offmap{width:190px;font-size:13px;flex:none} aside.offmap ul{margin:4px 0;padding-left:16px}
svg.timeline .edge{stroke:#9aa3b2} svg.timeline .cut{fill:#1c7ed6}
svg.timeline .om{font-size:9.5px;fill:#7b8794}
svg.timeline .out .cut{fill:#7b8794} svg.timeline .ol{font-size:11px;fill:#495260}
.legend label{margin-right:12px;font-size:13px}
body.off-date mark.k-date,body.off-place mark.k-place,body.off-actor mark.k-actor,
body.off-count mark.k-count{background:none;box-shadow:none}
"""

# Only classList and attribute changes: the script never turns data into markup.
JS = """
(function () {
  var box = document.getElementById('show-single');
  var table = document.querySelector('table.claims-table');
  if (box && table) {
    box.addEventListener('change', function () {
      table.classList.toggle('hide-single', !box.checked);
    });
  }
  document.querySelectorAll('input[data-kind]').forEach(function (el) {
    el.addEventListener('change', function () {
      document.body.classList.toggle('off-' + el.getAttribute('data-kind'), !el.checked);
    });
  });
  document.body.setAttribute('data-report-ready', '1');
})();
"""


def _legend() -> str:
    boxes = "".join(f'<label><input type="checkbox" data-kind="{k}" checked> '
                    f'<span class="tag k-{k}">{v}</span></label>' for k, v in LABEL.items())
    return f'<p class="legend">Highlight: {boxes}</p>'


def _summary(sheets: list[FactSheet], table: CorpusTable) -> str:
    facts = sum(len(s.dates) + len(s.places) + len(s.actors) + len(s.counts) for s in sheets)
    multi = sum(1 for g in table.claims if len(g.sources) > 1)
    contested = sum(1 for g in table.claims if g.contested)
    return (f"{len(sheets)} articles · {facts} facts · {len(table.places)} places · "
            f"{multi} claims made by several sources · {contested} contested")


def render_report(sheets: list[FactSheet], texts: dict[str, str],
                  corpus: CorpusTable | None = None) -> str:
    """The whole page; `texts` maps each source's key (its path: corpus.sources) to the
    text the sheet's offsets index."""
    keyed = keyed_sheets(sheets)
    sheets = [sheet for _, sheet in keyed]
    table = corpus if corpus is not None else build_corpus(sheets)
    refs = SourceRefs(indexes={key: i for i, (key, _) in enumerate(keyed)},
                      labels=source_labels((s.key, s.id) for s in table.sources))
    body = "".join([
        f'<section class="card" id="claims"><h2>Claims across sources</h2>'
        f"{render_claims(table, refs)}</section>",
        f'<section class="card" id="event-dates"><h2>Event dates across sources</h2>'
        f"{render_event_dates(table.event_dates, refs)}</section>",
        f'<section class="card" id="timeline"><h2>Timeline</h2>'
        f"{render_timeline(keyed, refs)}</section>",
        f'<section class="card" id="map"><h2>Map</h2>{render_map(table.places)}</section>',
        f'<section class="card" id="articles"><h2>Articles</h2>{_legend()}'
        + "".join(render_article(s, i, texts.get(key)) for i, (key, s) in enumerate(keyed))
        + "</section>",
    ])
    nonce = hashlib.sha256(body.encode("utf-8")).hexdigest()[:24]
    csp = (f"default-src 'none'; style-src 'unsafe-inline'; script-src 'nonce-{nonce}'; "
           "img-src data:; base-uri 'none'; form-action 'none'")
    return (f'<!doctype html>\n<html lang="en"><head><meta charset="utf-8">'
            f'<meta http-equiv="Content-Security-Policy" content="{csp}">'
            f'<meta name="viewport" content="width=device-width, initial-scale=1">'
            f"<title>bagouz-extract report</title><style>{CSS}</style></head><body>"
            f"<header><h1>bagouz-extract report</h1><p>{esc(_summary(sheets, table))}</p>"
            f'<nav><a href="#claims">claims</a><a href="#event-dates">event dates</a>'
            f'<a href="#timeline">timeline</a><a href="#map">map</a>'
            f'<a href="#articles">articles</a></nav></header><main>{body}</main>'
            f'<script nonce="{nonce}">{JS}</script></body></html>\n')
