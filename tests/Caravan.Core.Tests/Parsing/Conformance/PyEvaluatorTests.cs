namespace Caravan.Parsing.Conformance;

public class PyEvaluatorTests
{
    private static readonly Dictionary<string, object?> Names = new()
    {
        ["bozo"] = false,
        ["entries"] = new List<object?> { new Dictionary<string, object?> { ["description"] = "Example", ["tags"] = new List<object?> { 1L, 2L } } },
        ["feed"] = new Dictionary<string, object?> { ["updated_parsed"] = new object?[] { 2003L, 12L, 31L }, ["title"] = "caf\u00e9" },
    };

    [Theory]
    [InlineData("not bozo and entries[0]['description'] == 'Example'", true)]
    [InlineData("entries[0].description == u'Example'", true)]
    [InlineData("len(entries[0].tags) == 2", true)]
    [InlineData("feed['updated_parsed'] == (2003, 12, 31)", true)]
    [InlineData("feed.title == 'caf\\xe9'", true)]
    [InlineData("feed.get('missing') is None", true)]
    [InlineData("'xam' in entries[0]['description']", true)]
    [InlineData("bozo or entries[0]['description'] != 'Example'", false)]
    [InlineData("not 'x' in feed.title", true)]
    public void Evaluate_PythonSubset_GivesPythonsAnswer(string expression, bool expected) =>
        Assert.Equal(expected, new PyEvaluator(Names).Evaluate(expression));

    [Fact]
    public void Evaluate_MissingKey_ThrowsMissingKey() =>
        Assert.Throws<PyMissingKeyException>(() => new PyEvaluator(Names).Evaluate("feed.nothing == 1"));
}
