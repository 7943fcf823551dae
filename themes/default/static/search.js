// Site search with Pagefind's JavaScript API, rendered in the theme's own markup.
// The form works without JavaScript as a plain GET to this page (?q=...).
(function () {
  "use strict";
  const form = document.querySelector("form[data-search-bundle]");
  const status = document.getElementById("search-status");
  const list = document.getElementById("search-results");
  if (!form || !status || !list) return;
  const input = form.querySelector("input[name=q]");
  const bundle = form.dataset.searchBundle;
  const baseUrl = form.dataset.searchBase;
  let ready = null;
  let latest = 0;
  // Messages in the site's language, from the form's data-msg-* attributes (search.html).
  const plural = new Intl.PluralRules(document.documentElement.lang || "en");
  function message(name, values = {}) {
    const text = form.dataset["msg" + name[0].toUpperCase() + name.slice(1)] || "";
    return text.replace(/\{(\w+)\}/g, (whole, key) => (key in values ? String(values[key]) : whole));
  }

  // The index comes in shards (one Pagefind bundle per edition month, listed in
  // shards.json, newest first). Pagefind runs from the primary shard, in the index of this
  // page's language (as Pagefind picks it); every other shard and language is merged in,
  // so a search on an English page also finds Korean articles and old editions.
  function primaryOf(languages, lang) {
    if (languages[lang]) return lang;
    const base = lang.split("-")[0];
    if (languages[base]) return base;
    return Object.keys(languages).sort((a, b) => languages[b] - languages[a])[0];
  }

  // Resolves to null when nothing is indexed yet (a site with no published edition).
  function load() {
    ready ??= (async () => {
      const list = await (await fetch(bundle + "shards.json")).json();
      const first = list.shards.find((shard) => shard.name === list.primary);
      if (!first) return null;
      const pagefind = await import(bundle + first.name + "/pagefind.js");
      // The tag changes whenever a shard's content does, so browsers may cache its entry file.
      await pagefind.options({ baseUrl, excerptLength: 24, metaCacheTag: first.tag });
      const primary = primaryOf(first.languages, (document.documentElement.lang || "unknown").toLowerCase());
      const merges = [];
      for (const shard of list.shards) {
        // An absolute URL: Pagefind skips a merge whose path is a prefix of the primary's.
        const path = new URL(bundle + shard.name + "/", window.location.href).href;
        for (const language of Object.keys(shard.languages)) {
          if (shard === first && language === primary) continue;
          merges.push(pagefind.mergeIndex(path, { language, baseUrl, excerptLength: 24, metaCacheTag: shard.tag }));
        }
      }
      await Promise.all(merges);
      return pagefind;
    })();
    return ready;
  }

  // The excerpt comes from the article's text: the part of the page under the tags'
  // heading (id "tags") is searched but never shown. When only a tag matched, the
  // editor's summary stands in.
  function excerpt(data) {
    const parts = (data.sub_results || []).filter((part) => !part.url.endsWith("#tags"));
    if (parts.length) return parts[0].excerpt;
    if (data.sub_results && data.sub_results.length) return escapeHtml(data.meta.summary || "");
    return data.excerpt;
  }

  // Pagefind answers a query word that no word of a shard begins with by that shard's
  // longest word that begins the query word ("i" for "immigration"), so the shards
  // without the word add pages that do not have it. A result is kept only if, for every
  // query word, one of its matched words shares the query word's first three letters
  // (all of a shorter one): a stem Pagefind matches begins as the word does.
  const LETTERS = /[\p{L}\p{N}]+/gu;
  function lettersOf(text) {
    return text.toLowerCase().match(LETTERS) || [];
  }
  function sharedStart(a, b) {
    let n = 0;
    while (n < a.length && n < b.length && a[n] === b[n]) n++;
    return n;
  }
  // A Korean word is a stem of two syllables or so and a particle ("청주는", "정부가"),
  // which Pagefind matches by the stem: two shared letters are enough there, and in a
  // word that mixes scripts ("SK하이닉스", "IP수익"), whose Latin part is short.
  const HANGUL = /[\uac00-\ud7a3]/;
  function needed(word) {
    return HANGUL.test(word) ? 2 : 3;
  }
  function matchesEveryWord(data, query) {
    // Pagefind's own split of the page's text, which its word locations count in.
    const text = data.raw_content || data.content || "";
    const words = text.includes("\u200B") ? text.split("\u200B") : text.split(/[\r\n\s]+/g);
    const matched = (data.locations || []).flatMap((at) => lettersOf(words[at] || ""));
    return lettersOf(query).every((word) =>
      matched.some((found) => sharedStart(found, word) >= Math.min(needed(word), word.length)),
    );
  }

  function escapeHtml(text) {
    const span = document.createElement("span");
    span.textContent = text;
    return span.innerHTML;
  }

  function show(results, query) {
    list.replaceChildren();
    for (const data of results) {
      const li = document.createElement("li");
      const h2 = document.createElement("h2");
      h2.className = "item-headline";
      if (data.meta.headline_lang) h2.lang = data.meta.headline_lang;
      const a = document.createElement("a");
      a.href = data.url;
      a.textContent = data.meta.title || data.url;
      h2.append(a);
      const p = document.createElement("p");
      p.className = "search-excerpt";
      if (data.meta.lang) p.lang = data.meta.lang;
      // Pagefind escapes the page text and adds only <mark> around the matched words.
      p.innerHTML = excerpt(data);
      li.append(h2, p);
      list.append(li);
    }
    const n = results.length;
    const which = n === 0 ? "none" : plural.select(n) === "one" ? "one" : "other";
    status.textContent = message(which, { count: n, query });
  }

  async function run(query) {
    const ticket = ++latest;
    query = query.trim();
    if (!query) {
      list.replaceChildren();
      status.textContent = "";
      return;
    }
    status.textContent = message("searching");
    const pagefind = await load();
    if (pagefind === null) {
      status.textContent = message("empty");
      return;
    }
    const search = await pagefind.search(query);
    // The first 30 results that have the query's words, from the best 90 at most.
    const results = [];
    for (let start = 0; start < Math.min(search.results.length, 90) && results.length < 30; start += 30) {
      const batch = await Promise.all(search.results.slice(start, start + 30).map((r) => r.data()));
      results.push(...batch.filter((data) => matchesEveryWord(data, query)));
    }
    if (ticket === latest) show(results.slice(0, 30), query);
  }

  let timer = 0;
  input.addEventListener("input", () => {
    clearTimeout(timer);
    timer = setTimeout(() => run(input.value), 250);
  });
  form.addEventListener("submit", (event) => {
    event.preventDefault();
    const url = new URL(window.location.href);
    url.searchParams.set("q", input.value);
    window.history.replaceState(null, "", url);
    run(input.value);
  });
  const initial = new URLSearchParams(window.location.search).get("q");
  if (initial) {
    input.value = initial;
    run(initial);
  }
})();
