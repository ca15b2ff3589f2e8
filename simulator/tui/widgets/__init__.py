"""Widgets, one per part of a screen."""
