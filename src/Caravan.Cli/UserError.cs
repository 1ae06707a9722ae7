namespace Caravan.Cli;

/// <summary>An expected failure caused by the user's input: printed as one line, exit code 1 (or the given one).</summary>
internal sealed class UserError(string message, int exitCode = 1) : Exception(message)
{
    public int ExitCode { get; } = exitCode;
}
