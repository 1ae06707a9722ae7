using System.Data.Common;
using Caravan.Model;

namespace Caravan.Storage;

/// <summary>Stories, versions, tags, editors' corrections, users and API tokens, read the same way from every provider.</summary>
static partial class StoredRows
{
    public static Story Story(DbDataReader r) => new()
    {
        Id = Long(r, "id")!.Value,
        Title = Str(r, "title"),
        FirstArticleId = Long(r, "first_article_id"),
        FirstSeenAt = Time(r, "first_seen_at")!.Value,
        LastSeenAt = Time(r, "last_seen_at")!.Value,
        ArticleCount = (int)Long(r, "article_count")!.Value,
        Closed = Bool(r, "closed"),
    };

    public static ArticleVersion ArticleVersion(DbDataReader r) => new()
    {
        Id = Long(r, "id")!.Value,
        ArticleId = Long(r, "article_id")!.Value,
        Version = (int)Long(r, "version")!.Value,
        Title = Str(r, "title"),
        Text = Str(r, "text")!,
        ContentHash = Str(r, "content_hash")!,
        SeenAt = Time(r, "seen_at")!.Value,
        Diff = Str(r, "diff"),
    };

    public static Tag Tag(DbDataReader r) => new()
    {
        Kind = Enum.Parse<TagKind>(Str(r, "kind")!),
        Value = Str(r, "value")!,
        Score = Convert.ToDouble(Value(r, "score"), System.Globalization.CultureInfo.InvariantCulture),
        Why = Str(r, "why"),
        Manual = Bool(r, "manual"),
    };

    public static TagCorrection TagCorrection(DbDataReader r) => new()
    {
        ArticleId = Long(r, "article_id")!.Value,
        Kind = Enum.Parse<TagKind>(Str(r, "kind")!),
        Value = Str(r, "value")!,
        Action = Enum.Parse<TagCorrectionAction>(Str(r, "action")!),
        Editor = Str(r, "editor")!,
        At = Time(r, "at")!.Value,
    };

    public static EditorUser EditorUser(DbDataReader r) => new()
    {
        Name = Str(r, "name")!,
        PasswordHash = Str(r, "password_hash")!,
        CreatedAt = Time(r, "created_at")!.Value,
    };

    public static ApiToken ApiToken(DbDataReader r) => new()
    {
        Id = Long(r, "id")!.Value,
        UserName = Str(r, "user_name")!,
        Name = Str(r, "name")!,
        TokenHash = Str(r, "token_hash")!,
        CreatedAt = Time(r, "created_at")!.Value,
        RevokedAt = Time(r, "revoked_at"),
    };
}
