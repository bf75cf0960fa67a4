"""The policy browser's texts above its lists: the version in force with its files, folders,
notes and counts of marked values; and the summary of the broken policy files.

Plain functions of the registry and the chosen policy, in the language the browser was
opened in (`param_words.Words`, context PolicyBrowser).
"""

from __future__ import annotations

from html import escape
from typing import TYPE_CHECKING

from PySide6.QtCore import QT_TRANSLATE_NOOP

from ..core.messages import msg, render
from .param_words import Words
from .policy_browser_models import CONTEXT, UNVERIFIED_TEXT, USER_TEXT

if TYPE_CHECKING:  # pragma: no cover
    from ..core.registry import EffectivePolicy, PolicyRegistry
    from .policy_browser_models import ParameterTableModel

WARNING = UNVERIFIED_TEXT.name()  # what cannot be used or is not verified, as in the table
OWN = USER_TEXT.name()  # values from the user's own files, as in the table


def _paragraph(text: str, color: str, bold: bool = True) -> str:
    body = f"<b>{escape(text)}</b>" if bold else escape(text)
    return f'<p style="color:{color};">{body}</p>'


def version_html(policy: EffectivePolicy, lang: str) -> str:
    """The version in force, each of its files with its folder, and its notes."""
    w = Words(lang, CONTEXT)
    name = policy.name if lang == "zh" else policy.name_en
    if policy.valid_until is None:
        version = w(QT_TRANSLATE_NOOP("PolicyBrowser", "%1, in force from %2"))
    else:
        version = w(QT_TRANSLATE_NOOP("PolicyBrowser", "%1, in force %2 to %3"))
    version = version.replace("%1", name).replace("%2", policy.valid_from.isoformat())
    version = version.replace("%3", policy.valid_until.isoformat() if policy.valid_until else "")
    file_word = w(QT_TRANSLATE_NOOP("PolicyBrowser", "File"))
    folder_word = w(QT_TRANSLATE_NOOP("PolicyBrowser", "folder"))
    colon = "：" if lang == "zh" else ": "
    block = [f"<b>{escape(version)}</b>"]
    for pfile in policy.files:
        block.append(
            f"{escape(file_word)}{colon}<b>{escape(pfile.display)}</b>"
            f"&nbsp;&nbsp;({escape(folder_word)}{colon}{escape(str(pfile.folder))})"
        )
    notes = [note for pfile in policy.files for note in pfile.header.notes]
    if notes:
        notes_word = w(QT_TRANSLATE_NOOP("PolicyBrowser", "Notes"))
        block += [f"{escape(notes_word)}{colon}{escape(note)}" for note in notes]
    return "<p>" + "<br/>".join(block) + "</p>"


def info_html(registry: PolicyRegistry, region: str, policy: EffectivePolicy | None,
              model: ParameterTableModel, lang: str, error: str = "") -> str:
    """Above the table: the version in force and how many of its values are the user's own or
    unverified; or why there is none (`error`); and the region's files that could not be used."""
    w = Words(lang, CONTEXT)
    lines: list[str] = []
    if policy is None:
        lines.append(_paragraph(error, WARNING))
    else:
        lines.append(version_html(policy, lang))
        own = model.user_count()
        if own:
            text = w(QT_TRANSLATE_NOOP("PolicyBrowser", "%1 values come from your own policy files (marked ✎)."))
            lines.append(_paragraph(text.replace("%1", str(own)), OWN))
        unverified = model.unverified_count()
        if unverified:
            text = w(QT_TRANSLATE_NOOP(
                "PolicyBrowser", "%1 of %2 values are unverified placeholders (未核实), highlighted below."))
            lines.append(_paragraph(text.replace("%1", str(unverified)).replace("%2", str(model.rowCount())), WARNING))
    entry = registry.regions.get(region)
    if entry is not None and entry.problems:
        text = w(QT_TRANSLATE_NOOP("PolicyBrowser", "Files of this region that could not be used:"))
        lines.append(_paragraph(text, WARNING, bold=False) + '<ul style="margin-top:0px;">'
                     + "".join(f"<li>{escape(p.render(lang))}</li>" for p in entry.problems) + "</ul>")
    return "".join(lines)


def problems_text(registry: PolicyRegistry, lang: str) -> str:
    """The summary above the problem list: how many problems, which folders were read."""
    w = Words(lang, CONTEXT)
    if registry.problems:
        head = render(msg("ui.policy_problems", count=len(registry.problems)), lang)
        head += " " + w(QT_TRANSLATE_NOOP(
            "PolicyBrowser", "Each broken file is left out; every other region can still be used."))
    else:
        head = w(QT_TRANSLATE_NOOP("PolicyBrowser", "No problems.")) + " " + \
            render(msg("ui.policy_file_ok", count=len(registry.files)), lang)
    folders = sorted({str(f.folder) for f in registry.files})
    if folders:
        sep = "；" if lang == "zh" else "; "
        head += "\n" + w(QT_TRANSLATE_NOOP("PolicyBrowser", "Folders read:")) + " " + sep.join(folders)
    return head
