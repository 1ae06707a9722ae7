using System.CommandLine;

namespace Caravan.Cli;

/// <summary>Options shared by many verbs; each verb adds its own instances.</summary>
internal static class CommonOptions
{
    public static Option<string> Db() => new("--db")
    {
        Description = "The store: an SQLite file path (default caravan.db in the working directory), or PostgreSQL as postgres://user:pass@host/db or Host=…;Database=…",
        DefaultValueFactory = _ => "caravan.db",
    };

    public static Option<bool> Json() => new("--json")
    {
        Description = "Print only JSON on stdout; logs and progress go to stderr",
    };
}
