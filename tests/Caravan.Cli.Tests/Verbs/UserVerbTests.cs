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
}
