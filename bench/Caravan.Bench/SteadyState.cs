using System.Diagnostics;
using System.Runtime;

namespace Caravan.Bench;

/// <summary>
/// Warm-up until the JIT is done with the code under test. .NET compiles a method first without optimisation (tier 0)
/// and recompiles it optimised in the background once it has run often (tier 1, after a short delay, and on-stack
/// replacement for long loops), so one warm-up pass leaves the timed rounds running half-compiled code beside a busy
/// JIT thread. A long `caravan extract --list` run spends nearly all its time in steady state, which is what the timed
/// rounds should see (the same holds for a long ingest parsing feeds): passes repeat until one compiles no new method, at most <see cref="MaxRounds"/>.
/// </summary>
internal static class SteadyState
{
    public const int MaxRounds = 30;

    public sealed record Result(int Rounds, double Seconds, int MethodsCompiled, List<double> ColdRound)
    {
        public string Line => $"warm-up: {Rounds} passes over the pages in {Seconds:F1} s until a pass compiled no new method "
            + $"({MethodsCompiled} methods compiled in all{(Rounds >= MaxRounds ? "; stopped at the cap" : "")})";
    }

    public static Result WarmUp<T>(IReadOnlyList<T> inputs, Action<T> run)
    {
        var start = Stopwatch.GetTimestamp();
        var methodsBefore = JitInfo.GetCompiledMethodCount();
        var cold = new List<double>(inputs.Count);
        var rounds = 0;
        long compiledAfterLastRound = methodsBefore;
        while (rounds < MaxRounds)
        {
            foreach (var input in inputs)
            {
                var t = Stopwatch.GetTimestamp();
                run(input);
                if (rounds == 0) cold.Add(Stopwatch.GetElapsedTime(t).TotalMilliseconds);
            }
            rounds++;
            var compiled = JitInfo.GetCompiledMethodCount();
            if (rounds > 1 && compiled == compiledAfterLastRound) break;
            compiledAfterLastRound = compiled;
        }
        return new Result(rounds, Stopwatch.GetElapsedTime(start).TotalSeconds, (int)(JitInfo.GetCompiledMethodCount() - methodsBefore), cold);
    }
}
