"""`digest ping`: tell the WebSub hub named by `websub_hub` that the site's feeds changed.

A WebSub publisher notifies its hub after publishing (`hub.mode=publish`, `hub.url` the
feed's own URL); the hub then fetches the feed and pushes it to its subscribers. Every
feed file the site writes is a topic, the three formats of every feed alike (the list is
the one the Feeds page shows: `render.subscriptions`). The Pages workflow runs this after
each deployment, when the feeds are on line.
"""

from __future__ import annotations

import datetime as dt
from concurrent.futures import ThreadPoolExecutor

from digest.build import load_site
from digest.config import Config
from digest.render.subscriptions import subscriptions
from digest.routes import Router
from digest.web.http import Client, FetchError

PINGERS = 4  # requests at once (the client allows two per host: the hub)


def topics(config: Config, today: dt.date) -> list[str]:
    """The URL of every feed file of the site as a build on `today` writes it."""
    site = load_site(config, today)
    router = Router(config)
    return [
        router.absolute(route)
        for feed in subscriptions(site, router)
        for route in (feed.rss, feed.atom, feed.json)
    ]


def ping(hub: str, urls: list[str], client: Client) -> list[tuple[str, str]]:
    """Notify `hub` of each URL; (url, reason) for each notification it did not accept."""

    def notify(url: str) -> str:
        try:
            response = client.post_form(hub, {"hub.mode": "publish", "hub.url": url})
        except FetchError as error:
            return error.message
        return "" if response.ok else f"the hub answered {response.status_line}"

    with ThreadPoolExecutor(PINGERS) as pool:
        answers = list(pool.map(notify, urls))
    return [(url, reason) for url, reason in zip(urls, answers, strict=True) if reason]
