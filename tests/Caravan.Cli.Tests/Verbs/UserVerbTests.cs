using System.Diagnostics;
using Caravan.Cli.TestSupport;
using Caravan.Storage;
using Caravan.Storage.Sqlite;

namespace Caravan.Cli.Verbs;

public sealed class UserVerbTests : IDisposable
{
    readonly TempFolder _dir = new();

    public void Dispose() => _dir.Dispose();

    async Task<(int Code, string Stderr)> AddAsync(string name, string passwordLine)
    {
        using var p = Process.Start(CaravanProcess.StartInfo(_dir.Path, "user", "add", name))!;
        await p.StandardInput.WriteLineAsync(passwordLine);
        p.StandardInput.Close();
        var stderr = await p.StandardError.ReadToEndAsync();
        await p.StandardOutput.ReadToEndAsync();
        await p.WaitForExitAsync();
        return (p.ExitCode, stderr);
    }

    [Fact]
    public async Task Add_StoresAPbkdf2HashThatVerifies()
    {
        var (code, stderr) = await AddAsync("dana", "a long passphrase");
        Assert.True(code == 0, stderr);
        Assert.Contains("Added editor dana.", stderr);
        Assert.Contains("Set a new password", (await AddAsync("dana", "another long one")).Stderr);
        await using var store = new SqliteStore(Path.Combine(_dir.Path, "caravan.db"));
        var user = (await store.GetUserAsync("dana", default))!;
        Assert.StartsWith("pbkdf2-sha256$600000$", user.PasswordHash);
        Assert.True(PasswordHasher.Verify("another long one", user.PasswordHash));
    }

    [Fact]
    public async Task ShortPassword_IsRefusedInOneLine()
    {
        var (code, stderr) = await AddAsync("dana", "short");
        Assert.Equal(1, code);
        Assert.Contains("at least 10 characters", stderr);
        Assert.DoesNotContain("   at ", stderr);
    }

    async Task<(int Code, string Stdout, string Stderr)> RunAsync(params string[] args)
    {
        using var p = Process.Start(CaravanProcess.StartInfo(_dir.Path, args))!;
        p.StandardInput.Close();
        var stdout = p.StandardOutput.ReadToEndAsync();
        var stderr = await p.StandardError.ReadToEndAsync();
        await p.WaitForExitAsync();
        return (p.ExitCode, await stdout, stderr);
    }

    [Fact]
    public async Task Token_IsPrintedOnce_StoredOnlyAsItsHash_AndRevokable()
    {
        Assert.Equal(0, (await AddAsync("dana", "a long passphrase")).Code);
        var (code, stdout, stderr) = await RunAsync("user", "token", "dana", "--name", "newsroom bot", "--json");
        Assert.True(code == 0, stderr);
        using var json = System.Text.Json.JsonDocument.Parse(stdout);
        var secret = json.RootElement.GetProperty("token").GetString()!;
        Assert.True(ApiTokenSecret.LooksValid(secret));
        await using (var store = new SqliteStore(Path.Combine(_dir.Path, "caravan.db")))
        {
            var stored = (await store.FindApiTokenAsync(ApiTokenSecret.Hash(secret), default))!;
            Assert.Equal(("dana", "newsroom bot", false), (stored.UserName, stored.Name, stored.Revoked));
            Assert.NotEqual(secret, stored.TokenHash);
        }
        var id = json.RootElement.GetProperty("id").GetInt64().ToString(System.Globalization.CultureInfo.InvariantCulture);
        Assert.Equal(0, (await RunAsync("user", "revoke", id)).Code);
        var again = await RunAsync("user", "revoke", id);
        Assert.Equal(1, again.Code);
        Assert.Contains($"there is no active token {id}", again.Stderr);
    }

    [Fact]
    public async Task Token_ForAnUnknownEditor_IsRefusedInOneLine()
    {
        var (code, stdout, stderr) = await RunAsync("user", "token", "nobody");
        Assert.Equal(1, code);
        Assert.Equal("", stdout);
        Assert.Contains("there is no editor 'nobody'", stderr);
        Assert.DoesNotContain("   at ", stderr);
    }
}
