namespace Caravan.TestSupport;

/// <summary>Waits (briefly, in real time) for work running on other threads to reach a state.</summary>
public static class Eventually
{
    public static async Task True(Func<bool> condition, string what)
    {
        for (var i = 0; i < 300 && !condition(); i++) await Task.Delay(10);
        Assert.True(condition(), $"timed out waiting until {what}");
    }
}
