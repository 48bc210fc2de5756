"""What `stats` contributes to the whole site: the report's panel on the admin index."""

from infomigra import registry

from . import dashboard

registry.dashboard_panels.register(dashboard.panels)
