namespace Caravan.Storage;

/// <summary>The api_tokens and fetch_attempts tables' statements and the store-wide counts, the same on both providers.</summary>
static partial class StoreSql
{
    public const string AddApiToken = """
        INSERT INTO api_tokens (user_name, name, token_hash, created_at) VALUES (@user, @name, @hash, @created) RETURNING id
        """;

    public const string ApiTokenByHash = "SELECT * FROM api_tokens WHERE token_hash = @hash";

    public static string ApiTokensOf(SqlDialect d) => $"SELECT * FROM api_tokens WHERE {d.NameKey("user_name")} = {d.NameKey("@user")} ORDER BY id";

    public const string RevokeApiToken = "UPDATE api_tokens SET revoked_at = @at WHERE id = @id AND revoked_at IS NULL";

    public const string FetchAttemptsOf = "SELECT * FROM fetch_attempts WHERE source_id = @s ORDER BY at DESC, id DESC LIMIT @limit";

    public const string InsertFetchAttempt = """
        INSERT INTO fetch_attempts (source_id, at, status, http_status, duration_ms, bytes, items_seen, items_new, error)
        VALUES (@s, @at, @status, @http, @ms, @bytes, @seen, @new, @error)
        """;

    public static (string, object?)[] FetchAttemptArgs(SqlDialect d, long sourceId, Model.FetchAttempt a) =>
    [
        ("s", sourceId), ("at", d.Time(a.At)), ("status", a.Status), ("http", a.HttpStatus),
        ("ms", a.DurationMs), ("bytes", a.Bytes), ("seen", a.ItemsSeen), ("new", a.ItemsNew), ("error", a.Error),
    ];

    public static string TagCountsByKind(SqlDialect d) => $"SELECT kind, COUNT(*) FROM tags GROUP BY kind ORDER BY {d.Bytewise("kind")}";
}
