"""Mediation Desk (调解台): case management for people's mediation committees."""

__version__ = "0.1.0"
