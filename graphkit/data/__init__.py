"""Gazetteer CSVs shipped with graphkit (see SOURCES in ../shared/gazetteer; MIT / CC0 data)."""
