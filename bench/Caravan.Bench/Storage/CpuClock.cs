namespace Caravan.Bench.Storage;

/// <summary>
/// CPU time actually spent, in milliseconds, read from Linux's per-thread scheduler statistics
/// (/proc/PID/task/TID/schedstat, first field: nanoseconds on a CPU). On a machine shared with
/// other builds, wall latency mostly measures the queue for a core; CPU time per query does not.
/// For SQLite that is this process; for PostgreSQL, the server backends serving one database.
/// </summary>
static class CpuClock
{
    public static double ProcessMs(int pid) => TaskMs($"/proc/{pid}/task");

    /// <summary>The summed CPU time of every PostgreSQL backend connected to <paramref name="database"/> (by its process title).</summary>
    public static double PostgresBackendsMs(string database)
    {
        double total = 0;
        foreach (var dir in Directory.EnumerateDirectories("/proc"))
        {
            try
            {
                var cmdline = File.ReadAllText(Path.Combine(dir, "cmdline"));
                // Backend titles read "postgres: USER DATABASE HOST(PORT) STATE" (PostgreSQL's set_ps_display).
                var parts = cmdline.Split(' ');
                if (parts.Length >= 3 && parts[0] == "postgres:" && parts[2] == database) total += TaskMs(Path.Combine(dir, "task"));
            }
            catch (IOException) { } // the process ended meanwhile
            catch (UnauthorizedAccessException) { }
        }
        return total;
    }

    static double TaskMs(string taskDir)
    {
        double ns = 0;
        foreach (var t in Directory.EnumerateDirectories(taskDir))
        {
            try { ns += double.Parse(File.ReadAllText(Path.Combine(t, "schedstat")).Split(' ')[0], System.Globalization.CultureInfo.InvariantCulture); }
            catch (IOException) { }
        }
        return ns / 1e6;
    }
}
