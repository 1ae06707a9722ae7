namespace Caravan.Storage;

public sealed class PasswordHasherTests
{
    [Fact]
    public void Hash_VerifiesTheSamePassword_AndNoOther()
    {
        var hash = PasswordHasher.Hash("correct horse", iterations: 1000);
        Assert.StartsWith("pbkdf2-sha256$1000$", hash);
        Assert.True(PasswordHasher.Verify("correct horse", hash));
        Assert.False(PasswordHasher.Verify("correct horse ", hash));
        Assert.NotEqual(hash, PasswordHasher.Hash("correct horse", iterations: 1000)); // a fresh salt each time
    }

    [Fact]
    public void Hash_DefaultsToOwaspIterations() =>
        Assert.StartsWith("pbkdf2-sha256$600000$", PasswordHasher.Hash("x"));

    [Theory]
    [InlineData("")]
    [InlineData("plain")]
    [InlineData("pbkdf2-sha256$abc$AAAA$AAAA")]
    [InlineData("pbkdf2-sha256$1000$not base64$AAAA")]
    [InlineData("bcrypt$10$AAAA$AAAA")]
    public void Verify_RejectsMalformedHashes(string stored) => Assert.False(PasswordHasher.Verify("x", stored));
}
