using Caravan.Model;

namespace Caravan.Storage;

public abstract partial class StoreContract
{
    [StoreFact]
    public async Task SaveUser_NewThenKnownName_AddsOnceAndChangesThePasswordWhateverTheCase()
    {
        Assert.True(await Store.SaveUserAsync(new EditorUser { Name = "Aigerim", PasswordHash = "hash-1", CreatedAt = T0 }, Ct));
        Assert.False(await Store.SaveUserAsync(new EditorUser { Name = "AIGERIM", PasswordHash = "hash-2", CreatedAt = T0.AddDays(1) }, Ct));

        var user = await Store.GetUserAsync("aigerim", Ct);

        Assert.NotNull(user);
        Assert.Equal(("Aigerim", "hash-2", T0), (user.Name, user.PasswordHash, user.CreatedAt));
        Assert.Null(await Store.GetUserAsync("someone-else", Ct));
    }
}
