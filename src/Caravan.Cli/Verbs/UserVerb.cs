using System.CommandLine;
using Caravan.Model;
using Caravan.Storage;

namespace Caravan.Cli.Verbs;

/// <summary>`caravan user add NAME`: an editor for the desk; the password is read from stdin, never from the command line (where `ps` would show it).</summary>
internal static class UserVerb
{
    const int MinPasswordLength = 10;

    public static Command Create()
    {
        var db = CommonOptions.Db();
        var name = new Argument<string>("name") { Description = "The editor's sign-in name" };
        var add = new Command("add", $"Adds an editor (or sets a new password); the password, at least {MinPasswordLength} characters, is the first line of stdin") { db, name };
        add.SetAction(async (r, ct) =>
        {
            var user = r.GetValue(name)!.Trim();
            if (user.Length is 0 or > 64 || user.Any(char.IsControl)) throw new UserError("A user name is 1 to 64 printable characters.");
            if (!Console.IsInputRedirected) Console.Error.Write($"Password for {user}: ");
            var password = await Console.In.ReadLineAsync(ct);
            if (password is null || password.Length < MinPasswordLength) throw new UserError($"The password must be at least {MinPasswordLength} characters.");
            await using var store = await CliServices.OpenStoreAsync(r.GetValue(db)!, ct);
            var isNew = await store.SaveUserAsync(new EditorUser { Name = user, PasswordHash = PasswordHasher.Hash(password), CreatedAt = DateTimeOffset.UtcNow }, ct);
            Console.Error.WriteLine(isNew ? $"Added editor {user}." : $"Set a new password for {user}.");
            return 0;
        });
        return new Command("user", "Editors who may sign in to the desk, and their API tokens") { add, Token(), Revoke() };
    }

    /// <summary>`caravan user token NAME [--name N]`: a new API token, printed once on stdout; only its hash is stored.</summary>
    static Command Token()
    {
        var db = CommonOptions.Db();
        var json = CommonOptions.Json();
        var user = new Argument<string>("user") { Description = "The editor the token acts for" };
        var label = new Option<string?>("--name") { Description = "What the token is for (default: \"api\")" };
        var cmd = new Command("token", "Creates an API token for /api/v1 write calls; it is shown once") { user, label, db, json };
        cmd.SetAction(async (r, ct) =>
        {
            var name = r.GetValue(label)?.Trim() ?? "api";
            if (name.Length is 0 or > 80 || name.Any(char.IsControl)) throw new UserError("A token's --name is 1 to 80 printable characters.");
            await using var store = await CliServices.OpenStoreAsync(r.GetValue(db)!, ct);
            var editor = await store.GetUserAsync(r.GetValue(user)!.Trim(), ct) ?? throw new UserError($"there is no editor '{r.GetValue(user)}' (add one with `caravan user add`)");
            var secret = ApiTokenSecret.Create();
            var token = await store.AddApiTokenAsync(new ApiToken { UserName = editor.Name, Name = name, TokenHash = ApiTokenSecret.Hash(secret), CreatedAt = CliServices.Time.GetUtcNow() }, ct);
            if (r.GetValue(json)) Output.WriteJson(new { id = token.Id, user = editor.Name, name, token = secret });
            else
            {
                Console.WriteLine(secret);
                Console.Error.WriteLine($"Token {token.Id} ({name}) for {editor.Name}: copy it now, it is not stored and will not be shown again.");
            }
            return 0;
        });
        return cmd;
    }

    /// <summary>`caravan user revoke ID`: write calls with that token are refused (403) from now on.</summary>
    static Command Revoke()
    {
        var db = CommonOptions.Db();
        var id = new Argument<long>("id") { Description = "The token's id (printed when it was created)" };
        var cmd = new Command("revoke", "Revokes an API token") { id, db };
        cmd.SetAction(async (r, ct) =>
        {
            await using var store = await CliServices.OpenStoreAsync(r.GetValue(db)!, ct);
            if (!await store.RevokeApiTokenAsync(r.GetValue(id), CliServices.Time.GetUtcNow(), ct))
                throw new UserError($"there is no active token {r.GetValue(id)}");
            Console.Error.WriteLine($"Revoked token {r.GetValue(id)}.");
            return 0;
        });
        return cmd;
    }
}
