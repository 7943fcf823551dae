"""`digest check` on purpose-made projects: each finding and each error, exact text and status."""

from __future__ import annotations

from click.testing import CliRunner, Result

from digest.cli import main
from tests.conftest import BASE_CONFIG, Project

TECH_ARTICLE = """\
 date 2025-11-19 Startup ships a folding e-bike built in Changwon
Published: 19 Nov. 2025, 10:00
Source: https://tech-daily.example/2025/11/19/folding-bike
A Changwon startup began shipping a folding electric bicycle on Wednesday.
The bike weighs eleven kilograms and folds in three seconds, the company said.
BY LEE SU-JIN [[email protected]]
with the Tech Daily
"""

TECH_NOTE = """\
article: "folding-bike"
edition: "2025-11-19"
section: tech
rank: 1
summary: "A light folding e-bike from Changwon."
"""

LONG_TEXT = " ".join(
    f"Sentence number {n} of the long report explains one more detail about the port of Busan."
    for n in range(40)
)


def check(project: Project, *args: str) -> Result:
    runner = CliRunner()
    return runner.invoke(
        main, ["check", "--config", str(project.config_path), "--today", "2025-11-25", *args]
    )


def clean(project: Project) -> Project:
    """The fixture project plus a note for the 'tech' section: no warnings at all."""
    project.article("folding-bike.txt", TECH_ARTICLE)
    project.note("2025-11-19-folding-bike.yaml", TECH_NOTE)
    return project


def test_clean_project_passes_with_no_output_but_the_verdict(project: Project) -> None:
    result = check(clean(project))
    assert result.output == "check passed: 0 errors, 0 warnings\n"
    assert result.exit_code == 0
    assert not project.output.exists(), "check must not write the site"


def test_strict_fails_on_a_warning_and_plain_check_does_not(project: Project) -> None:
    plain = check(project)  # 'tech' has no items: one warning
    assert plain.exit_code == 0
    assert plain.output == (
        "section without items (1):\n"
        "  config.yaml:10: sections: section 'tech' has no published items; its page is empty\n"
        "check passed: 0 errors, 1 warning\n"
    )
    strict = check(project, "--strict")
    assert strict.exit_code == 1
    assert strict.output.endswith("check failed (--strict: warnings fail): 0 errors, 1 warning\n")


def second_edition_linking(project: Project, url: str) -> None:
    """An edition on 2025-11-20 whose one note links `url`."""
    project.note(
        "2025-11-20.yaml",
        f"""\
        edition: "2025-11-20"
        notes:
          - article: "bike-again"
            section: tech
            rank: 1
            summary: "The same bike, again."
            source_url: "{url}"
        """,
    )
    project.article("bike-again.txt", TECH_ARTICLE.replace("e-bike built", "bike made"))


def test_repeated_source_link_across_recent_editions(project: Project) -> None:
    clean(project)
    second_edition_linking(project, "https://Tech-Daily.example/2025/11/19/folding-bike/")
    result = check(project)
    assert (
        "repeated source link (1):\n"
        "  content/notes/2025-11-20.yaml:7: source_url: source link "
        "https://Tech-Daily.example/2025/11/19/folding-bike/ was already used for 'folding-bike' "
        "in the edition of 2025-11-19 (content/notes/2025-11-19-folding-bike.yaml:1)\n"
    ) in result.output
    assert result.exit_code == 0


def test_repeated_link_outside_the_window_is_not_reported(project: Project) -> None:
    clean(project)
    project.write("config.yaml", BASE_CONFIG + "editorial:\n  repeat_window: 1\n")
    second_edition_linking(project, "https://tech-daily.example/2025/11/19/folding-bike")
    result = check(project)
    assert "repeated source link" not in result.output


def test_tracking_parameters_in_a_note_and_in_an_article(project: Project) -> None:
    clean(project)
    project.note(
        "2025-11-19-folding-bike.yaml",
        TECH_NOTE + 'source_url: "https://tech-daily.example/bike?id=7&utm_source=x&fbclid=abc"\n',
    )
    project.article(
        "folding-bike.txt",
        TECH_ARTICLE.replace("folding-bike\n", "folding-bike?gclid=1\n"),
    )
    result = check(project)
    assert (
        "tracking parameters (2):\n"
        "  content/articles/folding-bike.txt:3: source_url: tracking parameters gclid in "
        "https://tech-daily.example/2025/11/19/folding-bike?gclid=1; use "
        "https://tech-daily.example/2025/11/19/folding-bike\n"
        "  content/notes/2025-11-19-folding-bike.yaml:6: source_url: tracking parameters fbclid, "
        "utm_source in https://tech-daily.example/bike?id=7&utm_source=x&fbclid=abc; use "
        "https://tech-daily.example/bike?id=7\n"
    ) in result.output
    assert result.exit_code == 0
    assert check(project, "--strict").exit_code == 1


def test_article_without_a_note(project: Project) -> None:
    clean(project)
    project.article("orphan.txt", TECH_ARTICLE.replace("folding e-bike", "scooter"))
    result = check(project)
    assert (
        "article without a note (1):\n"
        "  content/articles/orphan.txt:1: article 'orphan' has no note, so it is not published "
        "(write one with: digest new note orphan)\n"
    ) in result.output


def test_empty_and_too_long_summaries(project: Project) -> None:
    clean(project)
    project.write("config.yaml", BASE_CONFIG + "editorial:\n  summary_limit: 20\n")
    project.note(
        "2025-11-19-folding-bike.yaml", TECH_NOTE.replace("A light folding e-bike from Changwon.", "")
    )
    result = check(project)
    # 'Three new routes.' is 17 characters: within a limit of 20, over a limit of 10.
    assert (
        "summary (1):\n"
        "  content/notes/2025-11-19-folding-bike.yaml:5: summary: empty; write one or two plain sentences\n"
    ) in result.output
    project.write("config.yaml", BASE_CONFIG + "editorial:\n  summary_limit: 10\n")
    result = check(project)
    assert (
        "summary (2):\n"
        "  content/notes/2025-11-19-folding-bike.yaml:5: summary: empty; write one or two plain sentences\n"
        "  content/notes/2025-11-19.yaml:8: summary: 17 characters, longer than the limit of 10 "
        "(editorial.summary_limit)\n"
    ) in result.output


def test_summary_of_a_draft_is_checked_too(project: Project) -> None:
    clean(project)
    project.article("second.txt", TECH_ARTICLE.replace("folding e-bike", "cargo bike"))
    draft = TECH_NOTE.replace("folding-bike", "second").replace(
        '"A light folding e-bike from Changwon."', '""'
    )
    project.note("2025-11-19-second.yaml", draft + "draft: true\n")
    result = check(project)
    assert (
        "summary (1):\n"
        "  content/notes/2025-11-19-second.yaml:5: summary: empty; write one or two plain sentences\n"
    ) in result.output


def test_an_unknown_key_is_an_error_with_a_hint(project: Project) -> None:
    clean(project)
    project.note("2025-11-19-folding-bike.yaml", TECH_NOTE + "summray: x\n")
    result = check(project)
    assert result.exit_code == 1
    assert (
        "errors (1):\n"
        "  content/notes/2025-11-19-folding-bike.yaml:6: summray: unknown key; did you mean 'summary'? "
        "(allowed: article, authors, commentary, draft, edition, headline, image, outlet, published, rank, section, "
        "source_url, summary, tags)\n"
    ) in result.output


def test_section_with_no_items_counts_only_published_items(project: Project) -> None:
    clean(project)
    project.note("2025-11-19-folding-bike.yaml", TECH_NOTE + "draft: true\n")
    result = check(project)
    assert (
        "config.yaml:10: sections: section 'tech' has no published items; its page is empty" in result.output
    )


def test_the_same_story_saved_twice_identical_and_near_identical(project: Project) -> None:
    clean(project)
    header = " date 2025-11-20 Busan port report\nPublished: 20 Nov. 2025, 10:00\n"
    body = f"{header}{LONG_TEXT}\nwith the Busan Daily\n"
    project.article("port-a.txt", body)
    project.article("port-b.txt", body.replace("Busan port report", "Port report (copy)"))
    near = body.replace("Sentence number 7 of", "Sentence 7 in").replace("number 30", "no. 30")
    project.article("port-c.txt", near.replace("2025-11-20", "2025-11-21"))
    other = (
        " date 2025-11-20 Rain\nThe weather office expects rain in Gwangju all week.\nwith the Weather Desk\n"
    )
    project.article("other.txt", other)
    for name in ("port-a", "port-b", "port-c", "other"):
        project.note(f"2025-11-20-{name}.yaml", TECH_NOTE.replace("folding-bike", name).replace("-19", "-20"))
    result = check(project)
    assert (
        "same story saved twice (2):\n"
        "  content/articles/port-b.txt:1: same story as content/articles/port-a.txt (identical text)\n"
        "  content/articles/port-c.txt:1: same story as content/articles/port-a.txt (91% similar text)\n"
    ) in result.output
    assert result.exit_code == 0


def test_errors_fail_with_every_problem_and_no_hygiene(project: Project) -> None:
    project.note(
        "2025-11-20.yaml",
        """\
        edition: "2025-11-20"
        notes:
          - article: "missing-article"
            section: sports
            rank: high
        """,
    )
    result = check(project)
    assert result.exit_code == 1
    assert result.output == (
        "errors (3):\n"
        "  content/notes/2025-11-20.yaml:3: article: no article with id 'missing-article' "
        "in content/articles/\n"
        "  content/notes/2025-11-20.yaml:4: section: unknown section 'sports' "
        "(config.yaml declares: policy, tech)\n"
        "  content/notes/2025-11-20.yaml:5: rank: expected an integer, got 'high'\n"
        "check failed: 3 errors, 0 warnings\n"
    )


def test_a_broken_config_fails_check(project: Project) -> None:
    project.write("config.yaml", BASE_CONFIG + "editorial:\n  cadence: hourly\n")
    result = check(project)
    assert result.exit_code == 1
    assert "config.yaml:13: editorial.cadence: expected 'daily' or 'weekly', got 'hourly'" in result.output
