"""The rules of SPEC §3, one module per layer, each a set of plain functions over a `Context`."""
