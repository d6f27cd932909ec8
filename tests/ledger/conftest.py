from tests.payments.conftest import stripe_config  # noqa: F401 - fixtures
from tests.payments.localstripe_server import localstripe  # noqa: F401
