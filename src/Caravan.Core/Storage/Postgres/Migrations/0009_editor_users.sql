-- Editors who sign in to the desk. The password is stored only as a PBKDF2 hash (RFC 8018 §5.2).
-- Names compare case-insensitively, as on SQLite (COLLATE NOCASE there).
CREATE TABLE editor_users (
    name           text NOT NULL,
    password_hash  text NOT NULL,
    created_at     timestamptz NOT NULL
);
CREATE UNIQUE INDEX ux_editor_users_name ON editor_users (lower(name));
