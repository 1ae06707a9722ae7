using System.Collections.Concurrent;
using System.Reflection;
using Caravan.Storage;

namespace Caravan.Web.Pages;

/// <summary>An <see cref="ICaravanStore"/> that passes every call to a real store and counts them by method name.</summary>
public class CountingStore : DispatchProxy
{
    ICaravanStore _inner = null!;
    readonly ConcurrentDictionary<string, int> _calls = new();

    public static (ICaravanStore Store, CountingStore Counter) Wrap(ICaravanStore inner)
    {
        var proxy = Create<ICaravanStore, CountingStore>();
        var counter = (CountingStore)(object)proxy;
        counter._inner = inner;
        return (proxy, counter);
    }

    /// <summary>The calls since the last <see cref="Reset"/>, by method name.</summary>
    public IReadOnlyDictionary<string, int> Calls => new Dictionary<string, int>(_calls);

    public int Total => _calls.Values.Sum();

    public void Reset() => _calls.Clear();

    protected override object? Invoke(MethodInfo? targetMethod, object?[]? args)
    {
        ArgumentNullException.ThrowIfNull(targetMethod);
        _calls.AddOrUpdate(targetMethod.Name, 1, (_, n) => n + 1);
        try
        {
            return targetMethod.Invoke(_inner, args);
        }
        catch (TargetInvocationException e) when (e.InnerException is not null)
        {
            System.Runtime.ExceptionServices.ExceptionDispatchInfo.Throw(e.InnerException);
            throw;
        }
    }
}
