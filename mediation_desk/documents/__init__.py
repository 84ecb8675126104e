"""Official documents (人民调解文书) built from domain read-models.

`build_document(kind, source, language)` gives a language-explicit `Document`; `write_docx` writes
it after GB/T 9704. Imports python-docx only through `docx_writer`, so callers import that lazily.
"""
