"""The web interface: FastAPI, Jinja pages and the JSON API."""
