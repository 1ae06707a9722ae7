"""Texts of the samples-en outlets, one module per outlet; build_en.py renders them."""
