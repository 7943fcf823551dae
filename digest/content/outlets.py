"""Outlets: one name for each, whatever the articles call it, and its page's slug.

Scraped articles name their outlet in several ways ("Seoul Ledger", "The Seoul Ledger",
"SEOUL LEDGER") or not at all, but their source link names its site. `config.yaml`'s
`outlets:` entries list, under `also`, the other spellings and the domains of each; an
article whose outlet is one of those spellings (case and spacing aside), or whose
source link is on one of those domains or under it, is that outlet's. Spellings no entry
lists are left as they are, and two that differ in case or spacing alone have one page
(`outlet_slug`).
"""

from __future__ import annotations

import dataclasses
from collections.abc import Sequence
from urllib.parse import urlsplit

from digest.config import Config
from digest.content.model import Article, Item, OutletName
from digest.text import outlet_slug


def _key(name: str) -> str:
    return " ".join(name.casefold().split())


def is_domain(spelling: str) -> bool:
    """'seoul-ledger.example' is a domain; 'The Seoul Ledger' a spelling."""
    return "." in spelling and " " not in spelling.strip()


class OutletNames:
    """The configured outlets' spellings and domains, and the name each stands for."""

    def __init__(self, config: Config) -> None:
        self.spellings: dict[str, str] = {}
        self.domains: list[tuple[str, str]] = []
        for outlet in config.outlets:
            self.spellings.setdefault(_key(outlet.name), outlet.name)
            for other in outlet.also:
                if is_domain(other):
                    self.domains.append((other.strip().lower().removeprefix("www."), outlet.name))
                else:
                    self.spellings.setdefault(_key(other), outlet.name)

    def name(self, article: Article) -> str:
        found = self.spellings.get(_key(article.outlet)) if article.outlet else None
        if found:
            return found
        host = (urlsplit(article.source_url).hostname or "") if article.source_url else ""
        for domain, name in self.domains:
            if host == domain or host.endswith("." + domain):
                return name
        return article.outlet


def normalize_outlets(articles: Sequence[Article], config: Config) -> list[Article]:
    """The articles, each naming its outlet as `config.yaml` spells it."""
    names = OutletNames(config)
    if not names.spellings and not names.domains:
        return list(articles)
    out = []
    for article in articles:
        name = names.name(article)
        out.append(article if name == article.outlet else dataclasses.replace(article, outlet=name))
    return out


def outlets_of(items: Sequence[Item]) -> tuple[OutletName, ...]:
    """The outlets with published items, by slug; of spellings that differ in case or
    spacing alone, the first in sorted order names the page."""
    names: dict[str, str] = {}
    for item in items:
        slug = outlet_slug(item.outlet)
        if slug and (slug not in names or item.outlet < names[slug]):
            names[slug] = item.outlet
    return tuple(OutletName(slug, names[slug]) for slug in sorted(names))
