using Caravan.Ingest;
using Spectre.Console;

namespace Caravan.Cli;

/// <summary>A progress bar on stderr while sources are refreshed.</summary>
internal static class IngestProgress
{
    public static async Task<IReadOnlyList<RefreshReport>> RunAsync(string label, Func<Action<RefreshReport>, Task<IReadOnlyList<RefreshReport>>> pass, int? expected = null)
    {
        IReadOnlyList<RefreshReport> reports = [];
        if (Console.IsErrorRedirected)
        {
            // No terminal to animate: one line per failure and one at the end.
            reports = await pass(r => { if (r.Failed) Console.Error.WriteLine($"caravan: {r.SourceName}: {r.Error}"); });
            Console.Error.WriteLine($"caravan: {label}: {reports.Count} sources, {reports.Sum(x => x.New)} new, {reports.Sum(x => x.Updated)} updated");
            return reports;
        }
        await Output.Stderr.Progress()
            .AutoClear(false)
            .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new SpinnerColumn())
            .StartAsync(async ctx =>
            {
                var task = ctx.AddTask(label, maxValue: expected ?? 1);
                reports = await pass(r =>
                {
                    lock (task)
                    {
                        if (expected is null) task.MaxValue = Math.Max(task.MaxValue, task.Value + 1);
                        task.Increment(1);
                        task.Description = $"{label}: {Markup.Escape(r.SourceName)}";
                    }
                    if (r.Failed) Console.Error.WriteLine($"caravan: {r.SourceName}: {r.Error}");
                });
                task.Description = label;
                task.Value = task.MaxValue;
            });
        return reports;
    }
}
