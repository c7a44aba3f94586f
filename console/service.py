"""The service view: how many triages ended at each urgency level, and how often each red flag came up, day by
day (from `triage_records`), drawn as SVG on the server; and the staff cases as CSV for audit."""
from __future__ import annotations

import csv
import datetime as dt
import io
from collections import Counter, defaultdict
from html import escape
from typing import Any

from clinical.db import session
from clinical.findings import BY_CODE
from clinical.records import TriageRecord
from console import store

LEVELS = ("emergency", "urgent", "soon", "self_care")
COLOURS = {"emergency": "#b00020", "urgent": "#e8710a", "soon": "#d4b106", "self_care": "#5a9e5a"}


def outcomes_by_day(day_from: dt.date, day_to: dt.date, url: str | None = None) -> dict[str, Any]:
    """Per day, how many conversations ended at each level (a conversation counts once a day, at its last
    outcome that day: a corrected answer does not count twice), and how often each red flag was recorded."""
    start = dt.datetime.combine(day_from, dt.time.min)
    end = dt.datetime.combine(day_to + dt.timedelta(days=1), dt.time.min)
    with session(url) as s:
        rows = (s.query(TriageRecord).filter(TriageRecord.created_at >= start, TriageRecord.created_at < end)
                .order_by(TriageRecord.id).all())
        last: dict[tuple[str, dt.date], tuple[str, set[str]]] = {}
        for row in rows:
            last[(row.conversation_id, row.created_at.date())] = (
                row.level, {flag["code"] for flag in row.red_flags or []})
    days = [day_from + dt.timedelta(days=n) for n in range((day_to - day_from).days + 1)]
    per_day: dict[dt.date, Counter] = defaultdict(Counter)
    flags: Counter = Counter()
    for (_, day), (level, codes) in last.items():
        per_day[day][level] += 1
        flags.update(codes)
    return {"days": days, "by_level": {level: [per_day[d][level] for d in days] for level in LEVELS},
            "red_flags": flags.most_common()}


def _label(code: str) -> str:
    finding = BY_CODE.get(code)
    return finding.summary if finding else code.replace("_", " ")


def levels_chart(data: dict[str, Any], width: int = 720, height: int = 240) -> str:
    """Stacked bars, one per day, coloured by urgency level, with a legend."""
    days, by_level = data["days"], data["by_level"]
    totals = [sum(by_level[level][i] for level in LEVELS) for i in range(len(days))]
    top = max([*totals, 1])
    left, bottom, plot_h = 40, 30, height - 60
    bar_w = max(2, (width - left - 10) // max(1, len(days)))
    parts = [f'<svg xmlns="http://www.w3.org/2000/svg" width="{width}" height="{height}" role="img" '
             f'aria-label="Triage outcomes per day by urgency level">',
             f'<text x="0" y="14" font-size="12">max {top} a day</text>']
    for i, day in enumerate(days):
        y = height - bottom
        for level in LEVELS:
            count = by_level[level][i]
            if not count:
                continue
            h = count / top * plot_h
            y -= h
            name = level.replace("_", " ")
            parts.append(f'<rect x="{left + i * bar_w}" y="{y:.1f}" width="{bar_w - 1}" height="{h:.1f}" '
                         f'fill="{COLOURS[level]}"><title>{day}: {count} {name}</title></rect>')
        if i == 0 or i == len(days) - 1 or len(days) <= 10:
            parts.append(f'<text x="{left + i * bar_w}" y="{height - 12}" font-size="10">{day:%d %b}</text>')
    for n, level in enumerate(LEVELS):
        x = left + n * 110
        parts.append(f'<rect x="{x}" y="22" width="10" height="10" fill="{COLOURS[level]}"/>'
                     f'<text x="{x + 14}" y="31" font-size="11">{level.replace("_", " ")}</text>')
    parts.append("</svg>")
    return "".join(parts)


def red_flags_chart(data: dict[str, Any], width: int = 860) -> str:
    """Horizontal bars: how often each red flag was recorded in the period."""
    flags = data["red_flags"]
    if not flags:
        return "<p>No red flag was recorded in this period.</p>"
    top, row_h, label_w = max(count for _, count in flags), 22, 430
    height = row_h * len(flags) + 10
    parts = [f'<svg xmlns="http://www.w3.org/2000/svg" width="{width}" height="{height}" role="img" '
             f'aria-label="Red flags recorded in the period">']
    for n, (code, count) in enumerate(flags):
        y, bar = n * row_h + 4, count / top * (width - label_w - 40)
        label = _label(code)
        label = label if len(label) <= 70 else label[:69] + "…"
        parts.append(f'<text x="0" y="{y + 13}" font-size="11">{escape(label)}<title>{escape(_label(code))}'
                     f'</title></text>'
                     f'<rect x="{label_w}" y="{y}" width="{bar:.1f}" height="16" fill="#123b5c"/>'
                     f'<text x="{label_w + bar + 4:.1f}" y="{y + 13}" font-size="11">{count}</text>')
    parts.append("</svg>")
    return "".join(parts)


CSV_COLUMNS = ("case", "raised_utc", "urgency", "reason", "status", "claimed_by", "outcome", "outcome_note",
               "handled_utc", "channel", "region", "red_flags_yes", "red_flags_not_sure", "their_words",
               "duration", "duration_band", "location", "severity", "medicines_tried", "mood")


def _cell(value: Any) -> str:
    """A CSV cell that a spreadsheet will not run as a formula (text a person typed is in some cells)."""
    text = "" if value is None else str(value)
    return "'" + text if text[:1] in ("=", "+", "-", "@", "\t", "\r") else text


def cases_csv(day_from: dt.date | None, day_to: dt.date | None, url: str | None = None) -> str:
    out = io.StringIO()
    writer = csv.writer(out)
    writer.writerow(CSV_COLUMNS)
    for case in store.search(day_from=day_from, day_to=day_to, limit=100_000, url=url):
        summary = case["summary"]
        flags = summary.get("red_flags", [])
        yes = [f for f in flags if f["answer"] == "yes"]
        writer.writerow(_cell(v) for v in (
            case["id"], case["created_at"], case["urgency"], case["reason"], case["status"],
            case["claimed_by"],
            store.OUTCOMES.get(case["outcome"] or "", ""), case["outcome_note"], case["handled_at"],
            case["channel"], case["region"], "; ".join(f["code"] for f in yes),
            "; ".join(f["code"] for f in flags if f["answer"] == "not sure"),
            " | ".join(f"{f['code']}: {f['words']}" for f in yes if f.get("words")),
            summary.get("duration"), summary.get("duration_band"), summary.get("location"),
            summary.get("severity"), summary.get("medicines_tried"), summary.get("mood")))
    return out.getvalue()
