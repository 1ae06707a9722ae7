using Xunit.Abstractions;
using Xunit.Sdk;

namespace Caravan.Storage;

/// <summary>
/// A contract test: a [Fact] that is skipped, with a visible reason, in a provider's test class marked
/// <see cref="SkipWithoutEnvironmentAttribute"/> when that variable is unset. xunit 2 has no runtime skip,
/// and the contract's tests are inherited, so the decision is made at discovery, per deriving class.
/// </summary>
[XunitTestCaseDiscoverer("Caravan.Storage.StoreTestDiscoverer", "Caravan.Core.Tests")]
[AttributeUsage(AttributeTargets.Method)]
public sealed class StoreFactAttribute : FactAttribute;

/// <summary>The [Theory] twin of <see cref="StoreFactAttribute"/>.</summary>
[XunitTestCaseDiscoverer("Caravan.Storage.StoreTestDiscoverer", "Caravan.Core.Tests")]
[AttributeUsage(AttributeTargets.Method)]
public sealed class StoreTheoryAttribute : TheoryAttribute;

/// <summary>The provider's server is only there when this environment variable is set (e.g. CARAVAN_TEST_PG).</summary>
[AttributeUsage(AttributeTargets.Class)]
public sealed class SkipWithoutEnvironmentAttribute(string variable) : Attribute
{
    public string Variable { get; } = variable;

    public static bool IsSet(string variable) => !string.IsNullOrWhiteSpace(Environment.GetEnvironmentVariable(variable));
}

/// <summary>Finds [StoreFact]/[StoreTheory] tests: skipped when the class needs an unset variable, else as xunit would.</summary>
public sealed class StoreTestDiscoverer(IMessageSink diagnostics) : IXunitTestCaseDiscoverer
{
    public IEnumerable<IXunitTestCase> Discover(ITestFrameworkDiscoveryOptions options, ITestMethod testMethod, IAttributeInfo factAttribute)
    {
        var needs = testMethod.TestClass.Class.GetCustomAttributes(typeof(SkipWithoutEnvironmentAttribute))
            .Select(a => (string)a.GetConstructorArguments().First())
            .FirstOrDefault(v => !SkipWithoutEnvironmentAttribute.IsSet(v));
        if (needs is not null)
            return [new XunitSkippedDataRowTestCase(diagnostics, options.MethodDisplayOrDefault(), options.MethodDisplayOptionsOrDefault(),
                testMethod, $"{needs} is not set: no server to run this provider's store tests against (.ci/start-postgres starts one)")];
        IXunitTestCaseDiscoverer inner = testMethod.Method.GetCustomAttributes(typeof(StoreTheoryAttribute)).Any()
            ? new TheoryDiscoverer(diagnostics)
            : new FactDiscoverer(diagnostics);
        return inner.Discover(options, testMethod, factAttribute);
    }
}
