"""Offline resource guide on human trafficking and sexual exploitation in America."""

__version__ = "0.1.0"
