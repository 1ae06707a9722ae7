-- Editors who sign in to the desk. The password is stored only as a PBKDF2 hash (RFC 8018 §5.2).
CREATE TABLE editor_users (
    name          TEXT PRIMARY KEY NOT NULL COLLATE NOCASE,
    password_hash TEXT NOT NULL,
    created_at    TEXT NOT NULL
);
