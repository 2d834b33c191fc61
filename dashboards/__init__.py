"""The aqm web app (Dash Pages): ``dashboards.app.create_app`` / ``aqm serve``."""
