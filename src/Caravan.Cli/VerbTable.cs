using System.CommandLine;

namespace Caravan.Cli;

/// <summary>Every `caravan` verb, one file each under Verbs/.</summary>
internal static class VerbTable
{
    public static IEnumerable<Command> All() =>
    [
        // one line per verb: XxxVerb.Create(),
        ExtractVerb.Create(),
    ];
}
