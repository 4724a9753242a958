"""Drive Debian's Chromium headless with every network request blocked.

Used by ``tests/test_browser.py`` and ``benchmarks/bench_render.py``. Only the
page's own ``file://`` URL is allowed; every other request is aborted and
recorded, so a test can assert that the map needed none. Never downloads a
browser: it uses the system binary (``GEOMAP_CHROMIUM`` or ``/usr/bin/chromium``).
"""
from __future__ import annotations

import os
import shutil
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Iterator

CHROMIUM = os.environ.get("GEOMAP_CHROMIUM", "/usr/bin/chromium")
CHROMIUM_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                 "--disable-component-update", "--no-first-run"]


def skip_reason() -> str | None:
    """Why the browser tests cannot run here, or None when they can."""
    if not (Path(CHROMIUM).is_file() and os.access(CHROMIUM, os.X_OK)) and not shutil.which(CHROMIUM):
        return (f"no Chromium at {CHROMIUM}: install Debian's chromium (apt-get install chromium) "
                "or set GEOMAP_CHROMIUM; CI always has it")
    try:
        import playwright.sync_api  # noqa: F401
    except ImportError:
        return "the Python package playwright is not installed (pip install playwright; no browser download needed)"
    return None


@dataclass
class PageLog:
    """What happened while a page was open."""

    blocked: list[str] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)
    dialogs: list[str] = field(default_factory=list)


@contextmanager
def offline_browser() -> Iterator[Any]:
    """Yield a Playwright browser (system Chromium, headless)."""
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS, headless=True)
        try:
            yield browser
        finally:
            browser.close()


@contextmanager
def offline_page(browser: Any, html_file: str | os.PathLike[str], *, width: int = 1200,
                 height: int = 800, wait_ready: bool = True, timeout_ms: int = 60_000) -> Iterator[tuple[Any, PageLog]]:
    """Open ``html_file`` with all network blocked; yield ``(page, log)``.

    When ``wait_ready``, waits until geomap's script has drawn the map (the
    ``data-geomap-ready`` attribute on ``<html>``).
    """
    url = Path(html_file).resolve().as_uri()
    log = PageLog()
    context = browser.new_context(viewport={"width": width, "height": height}, service_workers="block")
    page = context.new_page()

    def handle(route: Any) -> None:
        if route.request.url == url:
            route.continue_()
        else:
            log.blocked.append(route.request.url)
            route.abort()

    def on_dialog(dialog: Any) -> None:
        log.dialogs.append(dialog.message)
        dialog.dismiss()

    page.route("**/*", handle)
    page.on("pageerror", lambda e: log.errors.append(f"pageerror: {e}"))
    page.on("console", lambda m: log.errors.append(f"console.{m.type}: {m.text}") if m.type == "error" else None)
    page.on("dialog", on_dialog)
    try:
        page.goto(url, wait_until="load", timeout=timeout_ms)
        if wait_ready:
            page.wait_for_function("document.documentElement.getAttribute('data-geomap-ready') === '1'",
                                   timeout=timeout_ms)
        yield page, log
    finally:
        context.close()
