"""The case interchange file (`mediation-desk export` / `import`): one JSON document per committee.

Export writes version 3 (`resources/schema/cases-v3.schema.json`: cases with their lifecycle
and written records, mediators with their relatives); import also reads versions 1 and 2.
"""

from mediation_desk.services.interchange.errors import InterchangeError
from mediation_desk.services.interchange.export import export_cases, render, write_export
from mediation_desk.services.interchange.importer import (
    ImportReport,
    PassphraseNeeded,
    import_document,
    import_file,
    read_document,
)
from mediation_desk.services.interchange.schema import FORMAT, VERSION, load_schema, schema_path

__all__ = [
    "FORMAT",
    "VERSION",
    "ImportReport",
    "InterchangeError",
    "PassphraseNeeded",
    "export_cases",
    "import_document",
    "import_file",
    "load_schema",
    "read_document",
    "render",
    "schema_path",
    "write_export",
]
