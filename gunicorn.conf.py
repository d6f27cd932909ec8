"""Production server settings; gunicorn reads this file from the working directory.

    gunicorn            # serves shop.app:create_app() on SOUK_BIND

One worker process per core, each with two request threads. Serving a page or placing an
order is mostly Python work, and one process runs Python on one core at a time: a second
thread covers the moments a request waits on PostgreSQL or Stripe (whose calls time out
after 20 s, shop.payments.gateway). More threads or processes than that only made requests
queue for the interpreter lock or the cores: with 32 buyers at once, 2 processes × 2
threads placed 212 orders/s (p95 174 ms); 2 × 4 and 4 × 2 placed about 127 (p95 about
345 ms); see bench/README.md. Requests beyond the threads wait in the listen queue.
SOUK_WORKERS and SOUK_THREADS override both numbers."""

import os

wsgi_app = "shop.app:create_app()"
bind = os.environ.get("SOUK_BIND", "127.0.0.1:8000")
workers = int(os.environ.get("SOUK_WORKERS", os.cpu_count() or 1))
worker_class = "gthread"
threads = int(os.environ.get("SOUK_THREADS", "2"))
# Each worker holds its own connection pool: keep workers × threads within the
# database's max_connections.
accesslog = "-"
forwarded_allow_ips = os.environ.get("SOUK_FORWARDED_ALLOW_IPS", "127.0.0.1")
