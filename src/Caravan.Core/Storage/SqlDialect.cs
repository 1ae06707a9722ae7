namespace Caravan.Storage;

/// <summary>
/// What SQLite and PostgreSQL spell differently, one instance per provider; every statement that is otherwise
/// the same is written once (<see cref="StoreSql"/>) with these pieces spliced in. Parameters are named
/// <c>@like_this</c>, which both providers accept; booleans are tested bare (<c>WHERE story_pinned</c>), which
/// both accept too (SQLite stores them as 0/1 and treats non-zero as true).
/// </summary>
abstract class SqlDialect
{
    public static readonly SqlDialect Sqlite = new SqliteDialect();
    public static readonly SqlDialect Postgres = new PostgresDialect();

    /// <summary>A time as a parameter value: SQLite keeps UTC ISO 8601 text (text order is time order), PostgreSQL timestamptz.</summary>
    public abstract object? Time(DateTimeOffset? t);

    /// <summary>"<paramref name="column"/> is one of the ids in the parameter": SQLite has no array type, so a JSON array and json_each.</summary>
    public abstract string InIds(string column, string parameter);

    /// <summary>The parameter value <see cref="InIds"/> expects.</summary>
    public abstract object Ids(IEnumerable<long> ids);

    /// <summary>Text compared byte by byte, whatever the PostgreSQL cluster's locale (SQLite's BINARY collation is the default).</summary>
    public abstract string Bytewise(string expression);

    /// <summary>A user name as its case-insensitive key: SQLite's column is COLLATE NOCASE, PostgreSQL indexes lower(name).</summary>
    public abstract string NameKey(string expression);

    /// <summary>A query for the store's size on disk in bytes.</summary>
    public abstract string DatabaseSize { get; }

    /// <summary>Adds a parameter named without prefix (<c>@name</c> in the SQL) to a provider-neutral command.</summary>
    public void Bind(System.Data.Common.DbCommand command, string name, object? value)
    {
        var p = command.CreateParameter();
        p.ParameterName = "@" + name;
        p.Value = Stored(value);
        command.Parameters.Add(p);
    }

    /// <summary>A value as the provider stores it.</summary>
    protected abstract object Stored(object? value);

    sealed class SqliteDialect : SqlDialect
    {
        public override object? Time(DateTimeOffset? t) => StoredTime.ToText(t);
        public override string InIds(string column, string parameter) => $"{column} IN (SELECT value FROM json_each({parameter}))";
        public override object Ids(IEnumerable<long> ids) => "[" + string.Join(",", ids) + "]";
        public override string Bytewise(string expression) => expression;
        public override string NameKey(string expression) => expression;
        public override string DatabaseSize => "SELECT page_count * page_size FROM pragma_page_count(), pragma_page_size()";
        protected override object Stored(object? value) => value ?? DBNull.Value;
    }

    sealed class PostgresDialect : SqlDialect
    {
        public override object? Time(DateTimeOffset? t) => t;
        public override string InIds(string column, string parameter) => $"{column} = ANY({parameter})";
        public override object Ids(IEnumerable<long> ids) => ids.ToArray();
        public override string Bytewise(string expression) => $"{expression} COLLATE \"C\"";
        public override string NameKey(string expression) => $"lower({expression})";
        public override string DatabaseSize => "SELECT pg_database_size(current_database())";
        protected override object Stored(object? value) => global::Caravan.Storage.Postgres.PostgresCommands.Stored(value);
    }
}
