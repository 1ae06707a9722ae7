using System.Text.Json;
using Caravan.Cli.Verbs;

namespace Caravan.Cli;

public class ClusterVerbTests
{
    const string Protest = "Several hundred protesters gathered on the central square of Zhanaozen on Tuesday morning after the price of liquefied gas at filling stations in the Mangystau region rose overnight from 90 to 120 tenge per litre. Most of the cars in the oil town run on liquefied petroleum gas, and drivers said the increase would push up taxi fares and the cost of food brought in from Aktau.";
    const string Verdict = "A district court in Almaty on Monday sentenced the blogger Marat Yesenov to three years in prison for spreading knowingly false information, a charge that rights groups say is increasingly used against critics of local officials in the city administration.";

    static async Task<List<JsonElement>> RunAsync(params object[] reports)
    {
        var input = new StringReader(string.Join('\n', reports.Select(r => JsonSerializer.Serialize(r))));
        var output = new StringWriter();
        await ClusterVerb.RunAsync(input, output, CancellationToken.None);
        return output.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => JsonDocument.Parse(l).RootElement).ToList();
    }

    [Fact]
    public async Task Run_LinksCopiesVersionsAndStories_InFileOrder()
    {
        var lines = await RunAsync(
            new { id = "copy", text = Protest, source = "Wire", published = "2026-11-10T09:00:00Z" },
            new { id = "orig", text = Protest, source = "Steppe Herald", published = "2026-11-10T07:00:00Z" },
            new { id = "v2", text = Protest.Replace("Several hundred", "Around 200") + " The crowd dispersed by 6 p.m.", source = "Steppe Herald", published = "2026-11-10T12:00:00Z" },
            new { id = 7, text = Verdict, source = "Steppe Herald", published = "2026-11-16T12:00:00Z" },
            new { id = "dup", text = Verdict, source = "Steppe Herald" });
        Assert.Equal(["copy", "orig", "v2", "7", "dup"], lines.Select(l => l.GetProperty("id").ToString()));
        Assert.Equal("orig", lines[0].GetProperty("syndicatedFrom").GetString());
        Assert.Equal("orig", lines[2].GetProperty("versionOf").GetString());
        Assert.Equal(7, lines[4].GetProperty("duplicateOf").GetInt32());
        Assert.Equal(["orig", "orig", "orig", "7", "7"], lines.Select(l => l.GetProperty("story").ToString()));
        Assert.Equal(JsonValueKind.Null, lines[1].GetProperty("syndicatedFrom").ValueKind);
    }

    [Fact]
    public async Task Run_LineWithoutText_IsAUserError()
    {
        var e = await Assert.ThrowsAsync<UserError>(() => RunAsync(new { id = 1, title = "no body" }));
        Assert.Equal("line 1: \"text\" is required", e.Message);
    }

    [Fact]
    public async Task Run_RepeatedId_IsAUserError() =>
        await Assert.ThrowsAsync<UserError>(() => RunAsync(new { id = 1, text = "a" }, new { id = 1, text = "b" }));
}
