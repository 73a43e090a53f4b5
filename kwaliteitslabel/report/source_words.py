"""Whose text a framework is, in the words reports, booklets and certificates print."""

from __future__ import annotations

from kwaliteitslabel.framework.loaded import Framework
from kwaliteitslabel.framework.standing import adopted_by_commission, text_standing
from kwaliteitslabel.words.texts import Texts


def status_word(t: Texts, framework: Framework) -> str:
    """The framework's status; an edited text is 'gewijzigd, niet vastgesteld'."""
    if text_standing(framework) == "gewijzigd":
        return t("framework_status.gewijzigd")
    return t(f"framework_status.{framework.manifest.status}")


def source_sentence(t: Texts, framework: Framework) -> str:
    """One sentence: whose norm texts these are."""
    standing = text_standing(framework)
    version = framework.version
    if standing == "gewijzigd":
        by = framework.manifest.source.by if framework.manifest.source else "kwaliteitslabel"
        return t(f"source.gewijzigd.{by}", version=version)
    return t(f"source.{standing}", version=version)


def days_caption(t: Texts, framework: Framework, key: str, **values: object) -> str:
    """Words about the audit-days table: the commission's table, or the tool's example."""
    if not adopted_by_commission(framework):
        key = f"{key}_example"
    return t(key, version=framework.version, **values)
