"""The HTML view opened in a real headless Chromium: no errors, every node drawn.

The page writes what it drew and any error (window.onerror, unhandled
rejections, console.error) into ``#gk-status``; ``chromium --dump-dom`` after
a virtual-time budget gives us the DOM to read it.  Skips when Chromium is not
installed (``apt-get install -y chromium``).
"""
from __future__ import annotations

import os
import re
import shutil
import subprocess
from pathlib import Path

import pytest

from graphkit.cli import main

CHROMIUM = next((p for p in (os.environ.get("GRAPHKIT_CHROMIUM"), shutil.which("chromium"),
                             shutil.which("chromium-browser"), shutil.which("google-chrome")) if p), None)
pytestmark = pytest.mark.skipif(CHROMIUM is None, reason="chromium is not installed")
FLAGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
         "--disable-background-networking", "--disable-component-update", "--disable-sync",
         "--hide-scrollbars", "--disable-dev-shm-usage"]


def chromium(page: Path, tmp: Path, *args: str, budget_ms: int = 20000) -> str:
    profile = tmp / f"chromium-profile-{len(list(tmp.glob('chromium-profile-*')))}"
    cmd = [CHROMIUM, *FLAGS, f"--user-data-dir={profile}", f"--virtual-time-budget={budget_ms}",
           *args, page.resolve().as_uri()]
    done = subprocess.run(cmd, capture_output=True, text=True, timeout=120)
    return done.stdout


def status(dom: str) -> dict:
    m = re.search(r'<div id="gk-status"([^>]*)>', dom)
    assert m, "the page has no #gk-status element: it did not load"
    return dict(re.findall(r'data-([a-z]+)="([^"]*)"', m.group(1)))


def test_seed_view_draws_every_node(seed_build, tmp_path):
    page = tmp_path / "seed.html"
    assert main(["view", str(seed_build.out), "-o", str(page), "-q"]) == 0
    st = status(chromium(page, tmp_path, "--dump-dom"))
    expected = len([n for n in seed_build.graph.nodes.values() if n.label != "Article"])
    assert st["errors"] == ""
    assert int(st["nodes"]) == expected
    assert int(st["drawn"]) == expected
    assert st.get("stabilized") == "1"


def test_focused_view_and_profile_in_browser(seed_build, tmp_path):
    page = tmp_path / "imam.html"
    assert main(["view", str(seed_build.out), "--official", "Imam Hidayat", "--depth", "1",
                 "-o", str(page), "-q"]) == 0
    st = status(chromium(page, tmp_path, "--dump-dom"))
    assert st["errors"] == "" and int(st["drawn"]) == int(st["nodes"]) > 3
    prof = tmp_path / "profile.html"
    assert main(["view", str(seed_build.out), "--official", "Imam Hidayat", "--profile", "-o", str(prof), "-q"]) == 0
    dom = chromium(prof, tmp_path, "--dump-dom", budget_ms=3000)
    assert "Imam Hidayat" in dom and 'class="post"' in dom and 'class="statement"' in dom


def test_capped_view_says_so_in_the_page(dev_build, tmp_path):
    page = tmp_path / "dev.html"
    assert main(["view", str(dev_build.out), "--max-nodes", "40", "-o", str(page), "-q"]) == 0
    dom = chromium(page, tmp_path, "--dump-dom")
    st = status(dom)
    assert st["errors"] == "" and st["nodes"] == st["drawn"] == "40"
    notice = re.search(r'<div id="gk-notice">([^<]*)</div>', dom)  # shown: no "hidden" attribute left
    assert notice and notice.group(1).startswith("Showing 40 of ")


def test_deep_link_search_selects_and_details(seed_build, tmp_path):
    page = tmp_path / "seed.html"
    assert main(["view", str(seed_build.out), "-o", str(page), "-q"]) == 0
    link = tmp_path / "link.html"  # the helper passes a bare file URI; a redirect page adds the #q= fragment
    link.write_text(f'<meta http-equiv="refresh" content="0; url={page.as_uri()}#q=Imam%20Hidayat">')
    dom = chromium(link, tmp_path, "--dump-dom")
    assert status(dom)["errors"] == ""
    assert re.search(r'<div id="gk-found">1 match</div>', dom)
    details = dom.split('id="gk-details"', 1)[1].split('id="gk-status"', 1)[0]
    assert "Imam Hidayat" in details and "<mark>" in details  # the evidence sentence, span marked


def test_label_filter_hides_nodes(seed_build, tmp_path):
    page = tmp_path / "seed.html"
    assert main(["view", str(seed_build.out), "-o", str(page), "-q"]) == 0
    link = tmp_path / "hide.html"
    link.write_text(f'<meta http-equiv="refresh" content="0; url={page.as_uri()}#hide=Statement,Topic">')
    st = status(chromium(link, tmp_path, "--dump-dom"))
    hidden = [n for n in seed_build.graph.nodes.values() if n.label in ("Statement", "Topic")]
    assert hidden and st["errors"] == ""
    assert int(st["drawn"]) == int(st["nodes"]) - len(hidden)


@pytest.mark.parametrize("fragment", ["q=%E0%A4%A", "hide=%ZZ,Statement", 'hide=a"],b[x="&q=%', "q=&hide=,,"])
def test_malformed_fragments_do_not_throw(seed_build, tmp_path, fragment):
    """#19 D15: a bad %-escape or quotes in #q= / #hide= are ignored, never a script error."""
    page = tmp_path / "seed.html"
    assert main(["view", str(seed_build.out), "-o", str(page), "-q"]) == 0
    link = tmp_path / "bad.html"
    link.write_text(f"<meta http-equiv=\"refresh\" content='0; url={page.as_uri()}#{fragment}'>")
    st = status(chromium(link, tmp_path, "--dump-dom"))
    assert st["errors"] == "" and int(st["drawn"]) > 0


HOVER = """<script>
/* test only: once laid out, move the mouse over one node and copy the tooltip into the DOM */
(function wait() {
  var st = document.getElementById("gk-status");
  if (st.getAttribute("data-stabilized") !== "1") { return setTimeout(wait, 100); }
  setTimeout(hover, 500);  /* one redraw after fit() so the node shapes have their sizes */
})();
var waited = 0;
function hover() {
  var net = window.gkNetwork, id = "official:imam-hidayat";
  var at = net.canvasToDOM(net.getPositions([id])[id]);
  if (net.getNodeAt(at) !== id && ++waited < 50) { return setTimeout(hover, 100); }  /* shapes not sized yet */
  var canvas = document.querySelector("#gk-graph canvas"), box = canvas.getBoundingClientRect();
  canvas.dispatchEvent(new MouseEvent("mousemove", {clientX: box.left + at.x, clientY: box.top + at.y, bubbles: true}));
  var tries = 0;
  (function report() {  /* wait for vis-network to show its tooltip (tooltipDelay), then copy it */
    var tip = document.querySelector(".vis-tooltip");
    var shown = tip ? getComputedStyle(tip).visibility : "none";
    if (shown !== "visible" && ++tries < 50) { return setTimeout(report, 100); }
    var out = document.createElement("div");
    out.id = "hover-result";
    out.setAttribute("data-visible", shown);
    out.innerHTML = tip ? tip.innerHTML : "";
    document.body.appendChild(out);
  })();
}
</script>"""


def test_hover_shows_properties_and_evidence(seed_build, tmp_path):
    page = tmp_path / "seed.html"
    assert main(["view", str(seed_build.out), "--official", "Imam Hidayat", "-o", str(page), "-q"]) == 0
    html = page.read_text(encoding="utf-8")
    probe = tmp_path / "probe.html"
    probe.write_text(html.replace("</body>", HOVER + "</body>"), encoding="utf-8")
    dom = chromium(probe, tmp_path, "--dump-dom")
    assert status(dom)["errors"] == ""
    m = re.search(r'<div id="hover-result" data-visible="([a-z]+)">(.*)</body>', dom, re.S)
    assert m and m.group(1) == "visible"
    tip = m.group(2)
    assert "Imam Hidayat" in tip and "official:imam-hidayat" in tip  # the name and the id row
    assert "<mark>Imam Hidayat</mark>" in tip  # the evidence sentence with its span
    assert "Audiensi Pjs Bupati Jember" in tip  # the article it comes from


COLOURS = """<script>
/* test only: count drawn nodes whose fill is not their label's legend colour */
(function wait() {
  if (document.getElementById("gk-status").getAttribute("data-stabilized") !== "1") { return setTimeout(wait, 100); }
  var net = window.gkNetwork, data = JSON.parse(document.getElementById("gk-data").textContent), bad = [];
  data.nodes.forEach(function (n) {
    if (net.body.nodes[n.id].options.color.background !== data.colors[n.group]) { bad.push(n.id); }
  });
  var legend = [].map.call(document.querySelectorAll("#gk-legend .swatch"), function (s) { return s.style.background; });
  var out = document.createElement("div");
  out.id = "colour-result";
  out.setAttribute("data-bad", bad.join(" "));
  out.setAttribute("data-legend", String(legend.length));
  document.body.appendChild(out);
})();
</script>"""


def test_nodes_have_their_legend_colour(dev_build, tmp_path):
    page = tmp_path / "dev.html"
    assert main(["view", str(dev_build.out), "-o", str(page), "-q"]) == 0
    probe = tmp_path / "probe.html"
    probe.write_text(page.read_text(encoding="utf-8").replace("</body>", COLOURS + "</body>"), encoding="utf-8")
    dom = chromium(probe, tmp_path, "--dump-dom", budget_ms=40000)
    m = re.search(r'<div id="colour-result" data-bad="([^"]*)" data-legend="(\d+)">', dom)
    labels = {n.label for n in dev_build.graph.nodes.values()} - {"Article"}
    assert m and m.group(1) == "" and int(m.group(2)) == len(labels)


def test_screenshot(seed_build, tmp_path):
    """A PNG of the seed view (what docs/img/view.png is made with)."""
    page = tmp_path / "seed.html"
    assert main(["view", str(seed_build.out), "-o", str(page), "-q"]) == 0
    png = tmp_path / "view.png"
    chromium(page, tmp_path, f"--screenshot={png}", "--window-size=1400,900")
    data = png.read_bytes()
    assert data[:8] == b"\x89PNG\r\n\x1a\n" and len(data) > 50_000  # a drawn graph, not a blank page
