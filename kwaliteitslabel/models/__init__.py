"""Pydantic models of the data: the framework (normenkader) and the audit."""
