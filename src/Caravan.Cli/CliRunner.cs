using System.CommandLine;

namespace Caravan.Cli;

/// <summary>Runs the parsed command line and turns every failure into one line on stderr, never a stack trace.</summary>
internal static class CliRunner
{
    public static async Task<int> InvokeAsync(RootCommand root, string[] args)
    {
        using var cts = new CancellationTokenSource();
        Console.CancelKeyPress += (_, e) => { e.Cancel = true; cts.Cancel(); };
        try
        {
            var parsed = root.Parse(args);
            return await parsed.InvokeAsync(new InvocationConfiguration { EnableDefaultExceptionHandler = false }, cts.Token);
        }
        catch (UserError e)
        {
            Console.Error.WriteLine($"caravan: {e.Message}");
            return e.ExitCode;
        }
        catch (OperationCanceledException)
        {
            Console.Error.WriteLine("caravan: cancelled");
            return 130;
        }
        catch (Exception e)
        {
            Console.Error.WriteLine($"caravan: {e.GetType().Name}: {e.Message}");
            if (Environment.GetEnvironmentVariable("CARAVAN_DEBUG") == "1")
                Console.Error.WriteLine(e);
            return 70;
        }
    }
}
