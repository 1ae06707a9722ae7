"""Renderers for the samples-en outlets: one module per feed format, plus HTML pages."""
