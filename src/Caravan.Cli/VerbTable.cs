using System.CommandLine;
using Caravan.Cli.Verbs;

namespace Caravan.Cli;

/// <summary>Every `caravan` verb, one file each under Verbs/.</summary>
internal static class VerbTable
{
    public static IEnumerable<Command> All() =>
    [
        DemoVerb.Create(),
        ServeVerb.Create(),
        MigrateVerb.Create(),
        ExportVerb.Create(),
        ImportVerb.Create(),
        FetchVerb.Create(),
        SourcesVerb.Create(),
        OpmlVerb.Create(),
        SearchVerb.Create(),
        StatsVerb.Create(),
        ParseVerb.Create(),
        ExtractVerb.Create(),
        ClusterVerb.Create(),
        TagVerb.Create(),
        DigestVerb.Create(),
        UserVerb.Create(),
    ];
}
