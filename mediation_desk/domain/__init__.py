"""Pure-Python domain: enumerations, value objects and rules. No Qt, no SQL, no documents."""
