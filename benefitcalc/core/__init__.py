"""The calculation core: policies, cases and the estimate engine. Imports nothing from Qt."""
