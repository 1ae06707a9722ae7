namespace Caravan.TestSupport;

/// <summary>Finds files of the repository (tests/data, samples) from the test's output folder.</summary>
public static class RepoFiles
{
    public static string Root { get; } = FindRoot();

    public static string Path(params string[] parts) => System.IO.Path.Combine([Root, .. parts]);

    static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(System.IO.Path.Combine(dir.FullName, "Directory.Build.props")) && Directory.Exists(System.IO.Path.Combine(dir.FullName, "samples")))
                return dir.FullName;
        throw new InvalidOperationException("The repository root (with Directory.Build.props and samples/) is not above " + AppContext.BaseDirectory);
    }
}
