"""The in-app print path: official documents laid out with Qt for the printer, PDF and preview.

`write_pdf` (pdf.py) and `preview_and_print` (preview.py) are the entry points. The layout follows
the .docx writer's GB/T 9704 page (documents/page_geometry.py) so that both give the same pages.
Line breaking, pagination and the font choice are Qt-free modules with unit tests of their own.
"""
