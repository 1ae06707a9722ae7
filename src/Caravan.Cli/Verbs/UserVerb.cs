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
        return new Command("user", "Editors who may sign in to the desk") { add };
    }
}
