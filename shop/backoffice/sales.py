"""The seller's sales dashboard, with charts drawn here as SVG shapes (no script, no style
attribute: the Content-Security-Policy allows neither) and the figures beside them."""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal

from babel.dates import format_date
from flask import render_template
from flask_login import current_user

from shop.accounts.permissions import Permission, requires
from shop.backoffice import bp
from shop.dashboards.services import supplier_for
from shop.database import utcnow
from shop.i18n import FORMAT_LOCALES, current_language, text_direction
from shop.ledger import sales
from shop.ledger.views import BATCH_STATUS_NAMES
from shop.orders import states

CHART_WIDTH, CHART_HEIGHT, LABEL_SPACE = 600, 220, 28
BAR_COLOURS = ("#c8751a", "#1d6b2a", "#0b4a8b", "#7a4b00", "#8b1f1f")


@dataclass(frozen=True)
class Column:
    x: float
    y: float
    width: float
    height: float
    label: str
    label_x: float
    value: Decimal


@dataclass(frozen=True)
class Bar:
    label: str
    value: str
    percent: int  # of the largest bar, for the SVG's width
    colour: str


def month_columns(months: list[sales.MonthRevenue], *, rtl: bool) -> list[Column]:
    """One column per month, scaled to the best month; in right-to-left pages time runs
    from the right, as the reader reads."""
    slot = CHART_WIDTH / max(len(months), 1)
    width = slot * 0.7
    top = max((month.amount for month in months), default=Decimal(0))
    usable = CHART_HEIGHT - LABEL_SPACE
    columns = []
    for index, month in enumerate(months):
        height = float(month.amount / top) * usable if top > 0 and month.amount > 0 else 0.0
        position = len(months) - 1 - index if rtl else index
        x = position * slot + (slot - width) / 2
        columns.append(
            Column(
                x=round(x, 1),
                y=round(usable - height, 1),
                width=round(width, 1),
                height=round(height, 1),
                label=format_date(month.month, "MMM", locale=FORMAT_LOCALES[current_language()]),
                label_x=round(x + width / 2, 1),
                value=month.amount,
            )
        )
    return columns


def bars(items: list[tuple[str, Decimal | int, str]]) -> list[Bar]:
    top = max((value for _label, value, _shown in items), default=0)
    return [
        Bar(
            label,
            shown,
            max(1, round(100 * value / top)) if top and value > 0 else 0,
            BAR_COLOURS[index % len(BAR_COLOURS)],
        )
        for index, (label, value, shown) in enumerate(items)
    ]


@bp.route("/supplier/<slug>/sales")
@requires(Permission.SUPPLIER_MANAGE)
def sales_dashboard(slug: str):
    supplier = supplier_for(current_user, slug)
    language = current_language()
    figures = sales.sales_figures(
        current_user,
        supplier,
        today=utcnow().date(),  # the ledger's months are UTC months
        language=language,
    )
    products = bars([(p.name, p.quantity, str(p.quantity)) for p in figures.top_products])
    statuses = bars(
        [
            (str(states.STATUS_NAMES[status]), count, str(count))
            for status, count in figures.parts_by_status.items()
        ]
    )
    return render_template(
        "backoffice/sales/dashboard.html",
        supplier=supplier,
        figures=figures,
        columns=month_columns(figures.months, rtl=text_direction(language) == "rtl"),
        chart=(CHART_WIDTH, CHART_HEIGHT, LABEL_SPACE),
        product_bars=products,
        status_bars=statuses,
        batch_status_names=BATCH_STATUS_NAMES,
    )
