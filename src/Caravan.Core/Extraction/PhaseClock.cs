namespace Caravan.Extraction;

/// <summary>The steps of an extraction, as the speed bench reports them.</summary>
internal enum ExtractionPhase { Decode, Parse, Metadata, Strip, Score, Clean, Text, Sanitize, Rest }

/// <summary>Time spent per <see cref="ExtractionPhase"/>, read from a clock the caller supplies (the speed bench reads
/// the thread's CPU time). Set on <see cref="ArticleExtractor"/> only while measuring; otherwise no clock is read.</summary>
internal sealed class PhaseClock(Func<long> clock)
{
    long _last;

    /// <summary>Clock units spent per phase, indexed by <see cref="ExtractionPhase"/>, summed over every page timed.</summary>
    public long[] Spent { get; } = new long[Enum.GetValues<ExtractionPhase>().Length];

    /// <summary>How many times each phase ran (a page retried with gentler cleaning parses and strips again).</summary>
    public int[] Runs { get; } = new int[Enum.GetValues<ExtractionPhase>().Length];

    public void Start() => _last = clock();

    /// <summary>Charges the time since the last mark to the phase that just ended.</summary>
    public void Mark(ExtractionPhase ended)
    {
        var now = clock();
        Spent[(int)ended] += now - _last;
        Runs[(int)ended]++;
        _last = now;
    }
}
