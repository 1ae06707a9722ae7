using System.Diagnostics;
using System.Text;
using System.Text.Json;
using Caravan.Cli.TestSupport;

namespace Caravan.Cli.Verbs;

public sealed class TagVerbTests
{
    const string Story = """
        ОШ, 14 ноября — Садыр Жапаров прибыл в Ош после землетрясения магнитудой 5,8. В Кара-Суу повреждены дома, спасатели МЧС обследуют здания.

        Президент Кыргызстана поручил выделить помощь пострадавшим. Толчки ощущались и в Андижане.
        """;

    [Fact]
    public async Task Tag_FileWithJson_PrintsTheIssueShape_CanonicalNamesAndThePrimaryCountryFirst()
    {
        using var folder = new TempFolder();
        File.WriteAllText(folder.File("story.txt"), Story, new UTF8Encoding(false));
        var run = await CaravanProcess.RunAsync(folder.Path, "tag", "story.txt", "--json", "--title", "Землетрясение под Ошем");
        Assert.Equal(0, run.ExitCode);
        using var json = JsonDocument.Parse(run.Stdout);
        var root = json.RootElement;
        Assert.Equal("ru", root.GetProperty("language").GetString());
        var countries = root.GetProperty("countries").EnumerateArray().ToList();
        Assert.Equal("KG", countries[0].GetProperty("code").GetString());
        Assert.Contains("ОШ", countries[0].GetProperty("why").GetString());
        var person = Assert.Single(root.GetProperty("people").EnumerateArray());
        Assert.Equal(("p.japarov", "Japarov"), (person.GetProperty("id").GetString(), person.GetProperty("name").GetString()));
        Assert.Contains(root.GetProperty("places").EnumerateArray(), p => p.GetProperty("name").GetString() == "Kara-Suu");
        Assert.Equal(JsonValueKind.Array, root.GetProperty("organisations").ValueKind);
        Assert.Equal("environment and disasters", root.GetProperty("topics")[0].GetProperty("name").GetString());
    }

    [Fact]
    public async Task Tag_Stdin_ReadsTheText()
    {
        using var folder = new TempFolder();
        using var p = Process.Start(CaravanProcess.StartInfo(folder.Path, "tag", "-", "--json"))!;
        await p.StandardInput.WriteAsync("Қазақстан Президенті Қасым-Жомарт Тоқаев Астанада кәсіпкерлермен кездесіп, салық мәселесін талқылады.");
        p.StandardInput.Close();
        var stdout = await p.StandardOutput.ReadToEndAsync();
        await p.WaitForExitAsync();
        Assert.Equal(0, p.ExitCode);
        using var json = JsonDocument.Parse(stdout);
        Assert.Equal("kk", json.RootElement.GetProperty("language").GetString());
        Assert.Equal("Tokayev", json.RootElement.GetProperty("people")[0].GetProperty("name").GetString());
    }

    [Fact]
    public async Task Tag_MissingFile_IsAOneLineErrorAndExitOne()
    {
        using var folder = new TempFolder();
        var run = await CaravanProcess.RunAsync(folder.Path, "tag", "nothing.txt", "--json");
        Assert.Equal(1, run.ExitCode);
        Assert.Equal("", run.Stdout);
        Assert.Single(run.Stderr.Trim().Split('\n'));
        Assert.Contains("nothing.txt", run.Stderr);
    }
}
