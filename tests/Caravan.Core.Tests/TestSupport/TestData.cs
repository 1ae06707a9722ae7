namespace Caravan.TestSupport;

/// <summary>Finds tests/data/ from the test binary's folder, walking up to the repository root.</summary>
public static class TestData
{
    public static string Path(params string[] parts)
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !Directory.Exists(System.IO.Path.Combine(dir.FullName, "tests", "data"))) dir = dir.Parent;
        if (dir is null) throw new DirectoryNotFoundException("tests/data not found above " + AppContext.BaseDirectory);
        return System.IO.Path.Combine([dir.FullName, "tests", "data", .. parts]);
    }
}
