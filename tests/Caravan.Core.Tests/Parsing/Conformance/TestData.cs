namespace Caravan.Parsing.Conformance;

/// <summary>Finds tests/data in the source tree from the test binary's folder.</summary>
internal static class TestData
{
    public static string Root { get; } = Find();

    public static string PathOf(params string[] parts) => Path.Combine([Root, .. parts]);

    private static string Find()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "tests", "data");
            if (Directory.Exists(candidate))
                return candidate;
        }
        throw new DirectoryNotFoundException("tests/data not found above " + AppContext.BaseDirectory);
    }
}
