"""Realistic demo data for Ordos committees: `generate_demo` fills a database in seconds."""

from mediation_desk.services.demo.service import DemoReport, Progress, generate_demo

__all__ = ["DemoReport", "Progress", "generate_demo"]
