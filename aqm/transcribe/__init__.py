"""Transcription: model resolution, ASR backends, channel roles and merging."""
