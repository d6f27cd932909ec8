"""Translated names of the groupings domain's codes, for pages and e-mails."""

from __future__ import annotations

from flask_babel import gettext
from flask_babel import lazy_gettext as _l

from groupings.models import GroupingRule

SUPPLIER_KIND_NAMES = {
    "cooperative": _l("Cooperative"),
    "micro_entrepreneur": _l("Micro-entrepreneur"),
}
SUPPLIER_STATUS_NAMES = {
    "pending": _l("waiting for approval"),
    "active": _l("active"),
    "suspended": _l("suspended"),
}
EVIDENCE_KIND_NAMES = {"microcredit": _l("Microcredit"), "honour_loan": _l("Honour loan")}


def describe_rule(rule: GroupingRule) -> str:
    value = rule.value
    if rule.kind == "verified_attestation":
        return gettext(
            "Every member holds a verified, unexpired microcredit or honour-loan attestation."
        )
    if rule.kind == "min_producer_share":
        return gettext(
            "The producer receives at least %(percent)s%% of the retail price.",
            percent=int(value * 100),
        )
    if rule.kind == "max_commission":
        return gettext(
            "The grouping's commission is at most %(percent)s%%.", percent=int(value * 100)
        )
    if rule.kind == "max_payment_days":
        return gettext("Producers are paid within %(days)s days of delivery.", days=int(value))
    return rule.kind
