"""reportmine's own errors: each names the file and says what to do.

Every error reportmine raises on purpose derives from :class:`ReportmineError`,
so a caller (or a bulk run, which writes them to its errors file and goes on)
can catch them all with one ``except``.  The subclasses also derive from the
built-in error a caller would expect (``ValueError``, ``OSError`` …), so code
written against those keeps working.

>>> e = DecodeError("cannot decode the bytes", path="a/b.txt", hint="convert it to UTF-8")
>>> str(e)
'a/b.txt: cannot decode the bytes. convert it to UTF-8'
>>> isinstance(e, ValueError) and isinstance(e, ReportmineError)
True
>>> e.reason
'cannot decode the bytes'
"""

from __future__ import annotations

__all__ = [
    "ReportmineError", "DecodeError", "InputTooLarge", "EmptyInput", "UnsupportedFormat",
    "ReportNotFound", "IsADirectory", "ProcessingError", "OutputError",
]


class ReportmineError(Exception):
    """Base of every error reportmine raises on purpose.

    ``reason`` says what went wrong, ``path`` names the file (or ``None``) and
    ``hint`` what the user can do; ``str(error)`` joins them on one line.
    """

    default_hint = ""

    def __init__(self, reason: str = "", path: str | None = None, hint: str | None = None):
        self.reason = reason
        self.path = None if path is None else str(path)
        self.hint = self.default_hint if hint is None else hint
        super().__init__(self._message())

    def _message(self) -> str:
        msg = self.reason
        if self.path and self.path not in msg:
            msg = f"{self.path}: {msg}"
        if self.hint:
            msg = f"{msg.rstrip('.')}. {self.hint}"
        return msg

    def __reduce__(self):  # errors cross process boundaries in bulk runs
        return (type(self), (self.reason, self.path, self.hint))


class DecodeError(ReportmineError, ValueError):
    """The bytes could not be read as text in any supported codec or format."""

    default_hint = (
        "Convert the file to UTF-8 (e.g. `iconv -f GBK -t UTF-8 in.txt > out.txt`) "
        "or pass bytes in UTF-8, GB18030/GBK, Big5 or UTF-16."
    )


class InputTooLarge(ReportmineError, ValueError):
    """The input (or what it inflates to, e.g. a .docx member) is over a size limit."""

    default_hint = "Split the file, or raise the limit if you trust it."


class EmptyInput(ReportmineError, ValueError):
    """The file holds no text at all."""

    default_hint = "Check that the file was downloaded or exported completely."


class UnsupportedFormat(ReportmineError, ValueError):
    """A file type reportmine does not read (PDF, .doc, zip …) or an unknown output format."""

    default_hint = "Save it as .txt (UTF-8), .html, .docx, .odt or .rtf first."


class ReportNotFound(ReportmineError, FileNotFoundError):
    """A path names no file, or a directory holds no report files."""

    default_hint = ("Check the path; directories are searched for .txt, .text, .htm, .html, .mht, .mhtml, .docx, .odt, .fodt, "
                    ".rtf and .eml files (a Word 2003 .xml file, and a .json API answer or .csv export holding a "
                    "report, are read when named or matched by a glob such as 'dir/*.json').")


class IsADirectory(ReportmineError, IsADirectoryError):
    """A directory was given where a report file was expected."""

    default_hint = "Pass a file path (or use reportmine.load_many)."


class ProcessingError(ReportmineError, RuntimeError):
    """An unexpected failure while analysing a readable file (a bug: please report it with the file)."""

    default_hint = "This is a bug in reportmine: please report it with the file."


class OutputError(ReportmineError, OSError):
    """The output could not be written (unknown extension, missing writer, unwritable place)."""

    default_hint = ""
