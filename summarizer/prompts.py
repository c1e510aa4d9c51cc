"""Prompt templates, kept as files in ``prompts/`` and rendered with ``string.Template``.

``PROMPT_VERSION`` is a short SHA-256 over the names and bytes of every template file, so any
edit to a prompt changes the version, and with it every cache key and recorded fixture key.
The article is passed as delimited data inside ``<article>`` tags, in the user message; a
literal closing tag inside the article is neutralised so the article cannot end its own
data block.
"""

from __future__ import annotations

import hashlib
import os
import re
import textwrap
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from string import Template
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .evidence import Candidate

TEMPLATE_NAMES = ("system", "extract", "hints", "reask")


def prompts_dir() -> Path:
    """``SUMMARIZER_PROMPTS_DIR``, else the templates shipped in the package
    (``summarizer/prompt_files``: a symlink to the top-level ``prompts/`` in a checkout, real
    files in an installed wheel)."""
    env = os.environ.get("SUMMARIZER_PROMPTS_DIR")
    if env:
        return Path(env)
    from importlib.resources import files

    return Path(str(files("summarizer") / "prompt_files"))


@dataclass(frozen=True)
class Templates:
    texts: dict[str, str]
    version: str

    def render(self, name: str, **values: Any) -> str:
        return Template(self.texts[name]).substitute(**values)


@cache
def load_templates(directory: str | None = None) -> Templates:
    root = Path(directory) if directory else prompts_dir()
    texts: dict[str, str] = {}
    h = hashlib.sha256()
    for name in TEMPLATE_NAMES:
        path = root / f"{name}.md"
        try:
            data = path.read_bytes()
        except OSError as exc:
            from .errors import ConfigError

            raise ConfigError(f"prompt template missing: {path} (a broken install, or SUMMARIZER_PROMPTS_DIR)") from exc
        texts[name] = data.decode("utf-8")
        h.update(name.encode() + b"\0" + data + b"\0")
    return Templates(texts=texts, version=h.hexdigest()[:12])


def prompt_version() -> str:
    return load_templates().version


def _fence(article: str) -> str:
    return article.replace("</article>", "</ article>").replace("<article>", "< article>")


def render_hints(hinted: list[Candidate]) -> str:
    """The numbered list of software-found figures (``hint_candidates``); the model answers
    with their ids (F1, F2, ...) in ``figures``."""
    lines = []
    for i, c in enumerate(hinted, 1):
        assert c.quantity is not None
        src = f", {' '.join(c.source.split()[:8])}" if c.source else ""
        lines.append(f'F{i}: "{c.quantity.phrase}" {c.outcome}{src}')
    if not lines:
        return ""
    return "\n" + load_templates().render("hints", candidates="\n".join(lines)).rstrip() + "\n"


def build_messages(
    article: str, published: str | None, hinted: list[Candidate] | None = None
) -> list[dict[str, str]]:
    """``hinted``: the candidates to list, already chosen by ``hint_candidates``."""
    t = load_templates()
    user = t.render(
        "extract",
        published=published or "unknown",
        article=_fence(model_view(article.strip())),
        hints=render_hints(hinted or []),
    )
    return [
        {"role": "system", "content": _as_sent(t.texts["system"].strip())},
        {"role": "user", "content": _as_sent(user.strip())},
    ]


#: words that stay in lower case when upper-case wire text is recased for the model
_SMALL_WORDS_TEXT = (
    "a an the and or but nor of in on at to by for from with as into onto over under near after before "
    "during against between among about than that this these those is are was were be been being has have "
    "had do does did will would shall should can could may might must not no its it he she they we you i his "
    "her their our your who whom which what when where why how"
)
_SMALL_WORDS = frozenset(_SMALL_WORDS_TEXT.split())
_CAPS_WORD = re.compile(r"[A-Z][A-Z']*")


def _recase(m: re.Match[str]) -> str:
    w = m.group(0)
    if w.lower() in _SMALL_WORDS:
        return w.lower()
    if len(w) <= 3 or not re.search(r"[AEIOUY]", w):  # "AFP", "FMLN": kept as acronyms
        return w
    return w.capitalize()


def model_view(article: str) -> str:
    """The article as the model reads it. Text in upper case throughout (old wire and
    teletype feeds, military reports) is shown with its words capitalised and its small words
    in lower case ("THE ARMY KILLED" -> "the Army Killed"): the same characters and length,
    but the tokenizer needs about a quarter fewer tokens for it (27,910 -> 20,936 tokens over
    the 40 MUC-4 dev documents), and prompt evaluation is most of an embedded model's time.
    Only the model's view changes: every name and quote the model gives is matched against
    the original text without regard to case, and evidence offsets point into the original."""
    letters = sum(c.isalpha() for c in article)
    if letters < 80 or sum(c.isupper() for c in article) < 0.8 * letters:
        return article
    return _CAPS_WORD.sub(_recase, article)


def _as_sent(text: str) -> str:
    """Newlines as "\\n" and common indentation removed (whitespace-only lines emptied): the
    form requests have always had (instructor's message templating used to do this; it is no
    longer used, because it also ran the article's own "{{" or "{%" as a template)."""
    return textwrap.dedent(text.replace("\r\n", "\n").replace("\r", "\n"))


def render_reask(findings: list[str], wanted: list[str]) -> str:
    """A targeted re-ask: the failing items and the keys of the small object to answer with."""
    return (
        load_templates()
        .render("reask", findings="\n".join(f"- {f}" for f in findings), wanted="\n".join(f"- {w}" for w in wanted))
        .strip()
    )
