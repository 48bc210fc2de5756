#!/usr/bin/env python3
"""Render the nginx site of deploy/nginx from an environment file (or the process's
environment): `python deploy/render.py nginx /etc/infomigra/env > /etc/nginx/sites-available/
infomigra`. The cluster test (`make cluster-test`) renders the same file for its own ports.

Variables (the example is deploy/infomigra.env.example):
  INFOMIGRA_SERVER_NAME          host name(s) nginx answers to
  INFOMIGRA_HTTP_LISTEN          e.g. 80
  INFOMIGRA_HTTPS_LISTEN         e.g. 443
  INFOMIGRA_TLS_CERT, _TLS_KEY   certificate and key files
  INFOMIGRA_APP_PORTS            the gunicorn instances, e.g. "8001 8002" (infomigra-web@PORT)
  INFOMIGRA_APP_HOST             where they listen (127.0.0.1, or app servers' addresses)
  DJANGO_STATIC_ROOT             collectstatic's folder
  DJANGO_MEDIA_ROOT              uploads on local disk, or, with DJANGO_S3_BUCKET set,
  DJANGO_S3_ENDPOINT_URL         the S3-compatible server the /media/ location proxies to
"""

import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent


def read_env(path):
    values = {}
    for line in Path(path).read_text().splitlines():
        line = line.strip()
        if line and not line.startswith("#") and "=" in line:
            name, value = line.split("=", 1)
            values[name.strip()] = value.strip().strip('"').strip("'")
    return values


def nginx(env):
    hosts = env.get("INFOMIGRA_APP_HOST", "127.0.0.1").split()
    ports = env.get("INFOMIGRA_APP_PORTS", "8001 8002").split()
    servers = "\n".join(
        f"    server {host}:{port} max_fails=1 fail_timeout=5s;" for host in hosts for port in ports
    )
    if env.get("DJANGO_S3_BUCKET"):
        endpoint = env.get("DJANGO_S3_ENDPOINT_URL") or "https://s3.amazonaws.com"
        media = (
            f"        proxy_pass {endpoint.rstrip('/')}/{env['DJANGO_S3_BUCKET']}/media/;\n"
            "        proxy_intercept_errors on;\n"
            "        proxy_hide_header Content-Disposition;\n"
            "        proxy_hide_header Cache-Control;\n"
            "        proxy_hide_header x-amz-request-id;\n"
            "        proxy_hide_header x-amz-id-2;"
        )
    else:
        media = (
            f"        alias {env.get('DJANGO_MEDIA_ROOT', '/srv/infomigra/media').rstrip('/')}/;"
        )
    https = env.get("INFOMIGRA_HTTPS_LISTEN", "443")
    values = {
        "UPSTREAM_SERVERS": servers,
        "SERVER_NAME": env.get("INFOMIGRA_SERVER_NAME", "_"),
        "HTTP_LISTEN": env.get("INFOMIGRA_HTTP_LISTEN", "80"),
        "HTTPS_LISTEN": https,
        "HTTPS_PORT_SUFFIX": ""
        if https.rsplit(":", 1)[-1] == "443"
        else f":{https.rsplit(':', 1)[-1]}",
        "TLS_CERT": env["INFOMIGRA_TLS_CERT"],
        "TLS_KEY": env["INFOMIGRA_TLS_KEY"],
        "STATIC_ROOT": env.get("DJANGO_STATIC_ROOT", "/srv/infomigra/staticfiles").rstrip("/"),
        "MEDIA_SOURCE": media,
    }
    template = (HERE / "nginx" / "infomigra.conf.template").read_text()
    rendered = re.sub(r"\{\{(\w+)\}\}", lambda match: values[match.group(1)], template)
    return rendered


if __name__ == "__main__":
    if len(sys.argv) < 2 or sys.argv[1] != "nginx":
        sys.exit(__doc__)
    import os

    environment = read_env(sys.argv[2]) if len(sys.argv) > 2 else dict(os.environ)
    sys.stdout.write(nginx(environment))
