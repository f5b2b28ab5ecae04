"""Normalisation: codec damage, pinyin, script, wording, punctuation, furniture, paragraphs.

``normalize``, ``normalize_tracked`` and ``normalize_and_explain`` are imported
lazily so that the step modules can be used (and tested) on their own.

This package is itself callable: ``reportmine.normalize`` names the package as soon as
any of its modules has been imported (Python binds a subpackage to its parent's
attribute), so ``reportmine.normalize(text)`` must work whichever of the two it finds.

>>> import reportmine, reportmine.normalize.pipeline
>>> reportmine.normalize("關於"), reportmine.normalize("關於")
('关于', '关于')
"""

import sys
import types

__all__ = ["normalize", "normalize_tracked", "normalize_and_explain"]


def __getattr__(name):
    if name in __all__:
        from . import pipeline

        return getattr(pipeline, name)
    raise AttributeError(name)


class _CallablePackage(types.ModuleType):
    """The package's module type: calling it calls :func:`~reportmine.normalize.pipeline.normalize`."""

    def __call__(self, text: str) -> str:
        from .pipeline import normalize

        return normalize(text)


sys.modules[__name__].__class__ = _CallablePackage
