"""Ingest: find recordings (files, folders, manifests) and decode them."""
