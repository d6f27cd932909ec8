"""Production server settings; gunicorn reads this file from the working directory.

    gunicorn            # serves shop.app:create_app() on SOUK_BIND

One worker process per core, not only threads: placing an order is mostly Python work
(the ORM building the order, its parts, lines, events and mails), and one process runs
Python on one core at a time. More processes than cores only lengthened the slowest
checkouts in bench/checkout.py (see bench/README.md). Threads cover the time each request
waits on PostgreSQL, Stripe or the mail server."""

import os

wsgi_app = "shop.app:create_app()"
bind = os.environ.get("SOUK_BIND", "127.0.0.1:8000")
workers = int(os.environ.get("SOUK_WORKERS", os.cpu_count() or 1))
worker_class = "gthread"
threads = int(os.environ.get("SOUK_THREADS", "8"))
# Each worker holds its own connection pool: keep workers × threads within the
# database's max_connections.
accesslog = "-"
forwarded_allow_ips = os.environ.get("SOUK_FORWARDED_ALLOW_IPS", "127.0.0.1")
