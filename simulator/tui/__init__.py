"""The Textual trainer: app.py routes between screens/, which are built from widgets/."""
