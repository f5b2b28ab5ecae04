"""Normalisation: codec damage, pinyin, script, wording, punctuation, furniture, paragraphs.

``normalize``, ``normalize_tracked`` and ``normalize_and_explain`` are imported
lazily so that the step modules can be used (and tested) on their own.
"""

__all__ = ["normalize", "normalize_tracked", "normalize_and_explain"]


def __getattr__(name):
    if name in __all__:
        from . import pipeline

        return getattr(pipeline, name)
    raise AttributeError(name)
