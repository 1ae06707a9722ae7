namespace Caravan.TestSupport;

/// <summary>A Random whose NextDouble always returns one value: 0.5 means "no jitter", 0 and ~1 its extremes.</summary>
public sealed class FixedRandom(double value) : Random
{
    public override double NextDouble() => value;
}
