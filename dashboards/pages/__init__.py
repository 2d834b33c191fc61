"""Dash Pages of the app, one file each (loaded by Dash from this folder)."""
