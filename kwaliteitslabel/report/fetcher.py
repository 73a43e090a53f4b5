"""The only way WeasyPrint may load anything: the project's own assets, by exact name.

Assets are named `kl-asset:<name>`, and `<name>` must be one of the files listed in
`ASSETS`. Every other URL (file:, http:, https:, data:, relative paths, other names)
is refused and recorded: nothing is read from disk or fetched from the network.
"""

from __future__ import annotations

from pathlib import Path

from weasyprint.urls import URLFetcher, URLFetcherResponse, URLFetchingError

HERE = Path(__file__).resolve().parent
SCHEME = "kl-asset:"

ASSETS: dict[str, tuple[Path, str]] = {
    **{f"fonts/{path.name}": (path, "font/otf") for path in sorted((HERE / "fonts").glob("*.otf"))},
    "report.css": (HERE / "assets" / "report.css", "text/css"),
}


class RefusedURL(URLFetchingError):
    """A URL that is not one of our assets."""


class AssetFetcher(URLFetcher):
    """Serves `kl-asset:` names from memory-listed files and refuses everything else."""

    def __init__(self) -> None:
        super().__init__(allowed_protocols=(), allow_redirects=False)
        self.served: list[str] = []
        self.refused: list[str] = []

    def fetch(self, url: str, headers: object = None) -> URLFetcherResponse:  # noqa: ARG002
        name = url[len(SCHEME):] if url.startswith(SCHEME) else None
        asset = ASSETS.get(name) if name is not None else None
        if asset is None:
            self.refused.append(url)
            raise RefusedURL(f"refused: {url[:200]}")
        path, mime = asset
        self.served.append(url)
        return URLFetcherResponse(url, path.read_bytes(), {"Content-Type": mime})
