"""The report page: one self-contained HTML file for people to look at a corpus."""

from .page import render_report

__all__ = ["render_report"]
