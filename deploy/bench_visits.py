#!/usr/bin/env python3
"""Visit rows per second PostgreSQL takes: pgbench runs the statement the statistics middleware
sends for each page view (stats.recording._insert_visit: asynchronous commit for that statement,
the request-id conflict skipped) from 8 clients for 15 s, against a migrated database
(`make bench-visits`, the bench database). The rows it added are deleted afterwards."""

import subprocess
import sys
import tempfile

SCRIPT = r"""
\set n random(1, 1000000000)
SET LOCAL synchronous_commit TO OFF; INSERT INTO stats_visit ("time", path, language, country, line, component, content, referrer_host, device, visitor, request_id) VALUES (now(), '/es/guias/espana/', 'es', 'PE', 1, 'guides', 'guide:ES', 'www.google.com', 'mobile', substr(md5(:n::text), 1, 16), md5(:n::text || 'r')) ON CONFLICT DO NOTHING;
"""


def main(url):
    with tempfile.NamedTemporaryFile("w", suffix=".sql") as script:
        script.write(SCRIPT)
        script.flush()
        result = subprocess.run(["pgbench", "-n", "-c", "8", "-j", "2", "-T", "15", "-f",
                                 script.name, url], capture_output=True, text=True, check=True)  # fmt: skip
    print(result.stdout)
    subprocess.run(["psql", url, "-qc", "DELETE FROM stats_visit WHERE referrer_host = "
                    "'www.google.com' AND path = '/es/guias/espana/' AND visitor ~ '^[0-9a-f]{16}$' "
                    "AND request_id <> ''"], check=True)  # fmt: skip


if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else "postgres://postgres@127.0.0.1:5432/infomigra_bench")
