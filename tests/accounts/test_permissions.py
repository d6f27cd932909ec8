"""The access matrix: every role against every role-protected page."""

import pytest

from shop.accounts.permissions import Permission, can, ensure
from shop.errors import AccessDenied
from tests.conftest import login
from tests.factories import (
    PASSWORD,
    add_grouping_manager,
    add_supplier_member,
    create_grouping,
    create_organisation,
    create_supplier,
    create_user,
)


@pytest.fixture
def world(db_session):
    """Two of everything, so each role can be tried on its own object and on another's."""
    supplier, other_supplier = create_supplier(slug="tifaout"), create_supplier(slug="atlas")
    grouping, other_grouping = create_grouping(slug="souss"), create_grouping(slug="oriental")
    users = {
        "anonymous": None,
        "consumer": create_user(email="consumer@example.ma"),
        "owner": create_user(email="owner@example.ma"),
        "staff": create_user(email="staff@example.ma"),
        "grouping_manager": create_user(email="manager@example.ma"),
        "public_buyer": create_user(email="buyer@example.ma"),
        "admin": create_user(email="admin@example.ma", is_admin=True),
    }
    add_supplier_member(supplier, users["owner"], "owner")
    add_supplier_member(supplier, users["staff"], "staff")
    add_grouping_manager(grouping, users["grouping_manager"])
    organisation = create_organisation(slug="ministere", members=[users["public_buyer"]])
    create_organisation(slug="commune")
    return {
        "users": users,
        "supplier": supplier,
        "other_supplier": other_supplier,
        "grouping": grouping,
        "other_grouping": other_grouping,
        "organisation": organisation,
    }


PAGES = {
    "account": "/fr/account/",
    "own_supplier": "/fr/supplier/tifaout/",
    "other_supplier": "/fr/supplier/atlas/",
    "own_grouping": "/fr/grouping/souss/",
    "other_grouping": "/fr/grouping/oriental/",
    "own_organisation": "/fr/organisation/ministere/",
    "other_organisation": "/fr/organisation/commune/",
    "admin": "/fr/admin/",
    "admin_label_queue": "/fr/admin/labels",
    "admin_label_registry": "/fr/admin/labels/registry",
    "own_supplier_labels": "/fr/supplier/tifaout/labels",
    "other_supplier_labels": "/fr/supplier/atlas/labels",
}

# 200: allowed; 403: refused; "login": anonymous visitors are sent to the login page.
EXPECTED = {
    "anonymous": dict.fromkeys(PAGES, "login"),
    "consumer": {**dict.fromkeys(PAGES, 403), "account": 200},
    "owner": {
        **dict.fromkeys(PAGES, 403),
        "account": 200,
        "own_supplier": 200,
        "own_supplier_labels": 200,
    },
    "staff": {
        **dict.fromkeys(PAGES, 403),
        "account": 200,
        "own_supplier": 200,
        "own_supplier_labels": 200,
    },
    "grouping_manager": {**dict.fromkeys(PAGES, 403), "account": 200, "own_grouping": 200},
    "public_buyer": {**dict.fromkeys(PAGES, 403), "account": 200, "own_organisation": 200},
    "admin": {
        **dict.fromkeys(PAGES, 200),
        "own_organisation": 403,
        "other_organisation": 403,
    },
}


@pytest.mark.parametrize("role", list(EXPECTED))
def test_access_matrix(app, world, role):
    client = app.test_client()
    user = world["users"][role]
    if user is not None:
        assert login(client, user.email, PASSWORD).status_code == 302
    for page, path in PAGES.items():
        response = client.get(path)
        expected = EXPECTED[role][page]
        if expected == "login":
            assert response.status_code == 302, (role, page)
            assert "/fr/account/login" in response.headers["Location"], (role, page)
        else:
            assert response.status_code == expected, (role, page, response.status_code)


def test_services_refuse_a_member_of_another_supplier(world):
    owner = world["users"]["owner"]
    assert can(owner, Permission.SUPPLIER_MANAGE, world["supplier"])
    assert not can(owner, Permission.SUPPLIER_MANAGE, world["other_supplier"])
    with pytest.raises(AccessDenied):
        ensure(owner, Permission.SUPPLIER_VIEW, world["other_supplier"])


def test_staff_may_view_but_not_manage_or_own(world):
    staff = world["users"]["staff"]
    assert can(staff, Permission.SUPPLIER_VIEW, world["supplier"])
    assert not can(staff, Permission.SUPPLIER_MANAGE, world["supplier"])
    assert not can(staff, Permission.SUPPLIER_OWN, world["supplier"])


def test_grouping_manager_manages_only_their_grouping(world):
    manager = world["users"]["grouping_manager"]
    assert can(manager, Permission.GROUPING_MANAGE, world["grouping"])
    assert not can(manager, Permission.GROUPING_MANAGE, world["other_grouping"])


def test_nobody_without_an_account_can_do_anything(world):
    for permission in Permission:
        assert not can(None, permission)
