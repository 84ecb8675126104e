"""Use cases over the database. They take and return domain objects, never ORM rows or Qt."""
